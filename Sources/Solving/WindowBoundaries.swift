import DispatchBuilder
import GridModel

/// How far a dispatch stitched from windows strays, at the windows' boundaries, from rows no window held: ramp limits
/// and start-ups between the last hour of one window and the first of the next, and the cyclic storage condition
/// between the year's last hour and the level the first window started from.
struct WindowBoundaries {
    /// Plant-boundaries where the change in output exceeds the ramp limit (beyond 1e-6 of capacity).
    var rampExcesses = 0
    /// The largest such excess, MW.
    var largestRampExcessMW = 0.0
    /// Start-up cost of the capacity brought online across boundaries, which no window charged, EUR.
    var uncountedStartupEUR = 0.0
    /// Σ over cyclic storages of |level at the end − level the first window started from|, MWh.
    var cyclicMismatchMWh = 0.0

    /// Checks each region's stitched dispatch at the first hour (offset) of every window but the first; `firstWindowHours`
    /// is the length of the first window, whose cyclic start is the level at its own end.
    init(_ model: RegionalModel, _ result: RegionalResult, boundaries: [Int], firstWindowHours: Int) {
        for (region, dispatch) in zip(model.regions, result.regions) {
            for resource in region.source.resources {
                switch resource {
                case let .thermal(plant):
                    check(plant, generation: dispatch.values(.generation, of: plant.name), online: dispatch.values(.online, of: plant.name),
                          at: boundaries)
                case let .storage(unit) where unit.initialStateOfCharge == nil:
                    let level = dispatch.values(.stateOfCharge, of: unit.name)
                    if let last = level.last, firstWindowHours > 0, firstWindowHours <= level.count {
                        cyclicMismatchMWh += abs(last - level[firstWindowHours - 1])
                    }
                default:
                    break
                }
            }
        }
    }

    private mutating func check(_ plant: ThermalPlant, generation: [Double], online: [Double], at boundaries: [Int]) {
        for t in boundaries where t > 0 && t < generation.count {
            if let ramp = plant.rampPerHour {
                let excess = abs(generation[t] - generation[t - 1]) - ramp * plant.capacityMW
                if excess > 1e-6 * max(plant.capacityMW, 1) {
                    rampExcesses += 1
                    largestRampExcessMW = max(largestRampExcessMW, excess)
                }
            }
            if plant.commitment, online.count == generation.count {
                uncountedStartupEUR += max(0, online[t] - online[t - 1]) * plant.startupCostEURPerMW
            }
        }
    }

    /// One line for the solver notes.
    var note: String {
        "at the window boundaries: \(rampExcesses) ramp limits exceeded (largest by \(Int(largestRampExcessMW.rounded())) MW), "
            + "\(Int(uncountedStartupEUR.rounded())) EUR of start-ups not charged, cyclic storage levels \(Int(cyclicMismatchMWh.rounded())) MWh "
            + "from closing the year"
    }
}
