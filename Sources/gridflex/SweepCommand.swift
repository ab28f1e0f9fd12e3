import ArgumentParser

/// `gridflex sweep`: solve a case over a grid of parameter values (the default), or merge shard databases.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Solve a case at every point of a parameter grid, warm-starting each solve from its neighbour's; merge shard databases.",
        discussion: """
            gridflex sweep CASE.yaml --vary battery.power_mw=0:6000:1000 --vary dr.share_of_peak=0,0.04,0.08
            gridflex sweep merge OUT.sqlite SHARD.sqlite...
            """,
        subcommands: [SweepRun.self, SweepMergeCommand.self], defaultSubcommand: SweepRun.self)
}
