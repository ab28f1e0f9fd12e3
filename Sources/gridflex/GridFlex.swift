import ArgumentParser

/// `gridflex`: least-cost hourly dispatch of a power system and its flexibility, solved with GLPK.
@main
struct GridFlex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gridflex",
        abstract: "How much flexibility does a power system need? Hourly least-cost dispatch with GLPK.",
        discussion: """
            A case file (YAML) names a region, a window of hours and its fleet; hourly series come from a data
            directory (--data-dir, $GRIDFLEX_DATA, ./Data, ../shared/data). See README.md for the case format.
            """,
        subcommands: [Solve.self, Validate.self, Export.self, PlanCommand.self, Size.self, Invest.self, SweepCommand.self, DataCommand.self, CompareCommand.self, CaseCommand.self])
}
