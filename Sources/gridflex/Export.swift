import ArgumentParser
import DispatchBuilder
import Foundation
import LinearProgramming
import PyPSAExport
import Scenario

/// `gridflex export`: write the case's LP as MPS or CPLEX LP, or the resolved case as a PyPSA network.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a case's linear program as free MPS or CPLEX LP, or the case as a PyPSA network.")

    @OptionGroup var options: CaseOptions

    @Option(help: "Write free MPS to this file (names as in the model, e.g. balance[t=17]; an objective constant becomes a column fixed at 1).")
    var mps: String?

    @Option(help: "Write CPLEX LP to this file (names made LP-safe: balance(t_17)).")
    var lp: String?

    @Option(help: ArgumentHelp(
        "Write the resolved case to this directory as a PyPSA CSV folder with extra_functionality.py for the rows PyPSA lacks.",
        valueName: "dir"))
    var pypsa: String?

    @Flag(help: "Write the investment LP that gridflex invest --soft-targets solves (each candidate's capacity a decision at its capital cost × window share) instead of the dispatch.")
    var invest = false

    func validate() throws {
        if mps == nil && lp == nil && pypsa == nil { throw ValidationError("give --mps FILE, --lp FILE or --pypsa DIR (or several)") }
    }

    func run() throws {
        try reportingFailures {
            if RegionalCaseLoader.isRegional(path: options.casePath) { return try exportRegional() }
            let (loaded, _) = try options.load()
            if invest, loaded.value.investment?.candidates.isEmpty ?? true {
                throw Failure.input("--invest: \(options.casePath) has no candidates (give a resource invest: or retrofit:)")
            }
            do {
                if let pypsa {
                    do {
                        try PyPSANetwork(case: loaded.value, investing: invest).write(to: URL(fileURLWithPath: pypsa))
                    } catch {
                        throw Failure.output("--pypsa \(pypsa): cannot write the folder: \(error.localizedDescription)")
                    }
                    print("wrote \(pypsa)")
                }
                guard mps != nil || lp != nil else { return }
                try write(DispatchModel(case: loaded.value, investing: invest).program)
            } catch let failure as Failure {
                throw failure
            } catch {
                throw Failure.output("\(error)")
            }
        }
    }

    /// Writes `--mps` and `--lp` of a program, its objective constant as a fixed column.
    private func write(_ model: LinearProgram) throws {
        let program = model.withConstantAsColumn()
        if let mps {
            try GLPKProblem(program, names: true).writeMPS(to: mps)
            print("wrote \(mps)")
        }
        if let lp {
            try GLPKProblem(program.withLPSafeNames(), names: true).writeLP(to: lp)
            print("wrote \(lp)")
        }
    }

    /// `export` of a regional case: the joined LP (names scoped by region, `balance[GX,t=17]`) and the network of
    /// buses and links.
    private func exportRegional() throws {
        let (loaded, _) = try RegionalCommands.load(options)
        if invest, !loaded.value.hasInvestmentDecisions {
            throw Failure.input("--invest: \(options.casePath) has no candidates in any region and no expandable link")
        }
        if let pypsa {
            let network: PyPSANetwork
            do { network = try PyPSANetwork(regional: loaded.value, investing: invest) } catch { throw Failure.input("\(loaded.file): \(error)") }
            do {
                try network.write(to: URL(fileURLWithPath: pypsa))
            } catch {
                throw Failure.output("--pypsa \(pypsa): cannot write the folder: \(error.localizedDescription)")
            }
            print("wrote \(pypsa)")
        }
        do {
            try write(RegionalModel(case: loaded.value, investing: invest).program)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.output("\(error)")
        }
    }
}
