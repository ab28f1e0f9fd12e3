import Analysis
import DispatchBuilder
import GridModel
import LinearProgramming
import Solving
import Testing

/// A case of `load.count` hours starting at hour 1.
func smallCase(load: [Double], resources: [Resource], targets: [Target] = []) -> Case {
    Case(name: "test", region: "XX", window: HourWindow(first: 1, last: load.count)!, loadMW: load, resources: resources, targets: targets)
}

/// Solves with dual simplex and with `auto` (interior point, simplex when interior point does not prove
/// optimality), checks both are optimal with the same objective, and returns the simplex run (a vertex).
func solveAllMethods(_ source: Case, sourceLocation: SourceLocation = #_sourceLocation) throws -> CaseRun {
    let simplex = try CaseRun(case: source, method: .simplex)
    let auto = try CaseRun(case: source, method: .auto)
    #expect(simplex.result.status == .optimal, sourceLocation: sourceLocation)
    #expect(auto.result.status == .optimal, sourceLocation: sourceLocation)
    #expect(abs(simplex.result.objective - auto.result.objective) <= 1e-6 * max(1, abs(simplex.result.objective)),
            sourceLocation: sourceLocation)
    return simplex
}

func thermal(_ name: String, _ capacity: Double, cost: Double, minLoad: Double = 0, ramp: Double? = nil,
             commitment: Bool = false, startup: Double = 0, co2: Double = 0) -> Resource {
    .thermal(ThermalPlant(name: name, technology: .coal, capacityMW: capacity, marginalCostEURPerMWh: cost, minStableLoad: minLoad,
                          rampPerHour: ramp, commitment: commitment, startupCostEURPerMW: startup, co2TonnesPerMWh: co2))
}

func wind(_ capacity: Double, cf: [Double], name: String = "wind") -> Resource {
    .renewable(VariableRenewable(name: name, kind: .onwind, capacityMW: capacity, capacityFactor: cf))
}

func series(_ run: CaseRun, _ resource: String, _ flow: Flow) -> [Double] {
    run.result.values(flow, of: resource)
}

/// |a − b| ≤ 1e-6 for every element.
func close(_ a: [Double], _ b: [Double], tolerance: Double = 1e-6) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}

func close(_ a: Double, _ b: Double, tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }
