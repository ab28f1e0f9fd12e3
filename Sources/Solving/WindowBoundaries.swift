import DispatchBuilder
import GridModel

/// How far a dispatch stitched from windows strays from the one row between windows that none of them holds: the
/// cyclic storage condition between the year's last hour and the level the first window started from.
struct WindowBoundaries {
    /// Σ over cyclic storages of |level at the end − level the first window started from|, MWh.
    var cyclicMismatchMWh = 0.0

    /// Checks each region's stitched dispatch; `firstWindowHours` is the length of the first window, whose cyclic
    /// start is the level at its own end.
    init(_ model: RegionalModel, _ result: RegionalResult, firstWindowHours: Int) {
        for (region, dispatch) in zip(model.regions, result.regions) {
            for case let .storage(unit) in region.source.resources where unit.initialStateOfCharge == nil {
                let level = dispatch.values(.stateOfCharge, of: unit.name)
                if let last = level.last, firstWindowHours > 0, firstWindowHours <= level.count {
                    cyclicMismatchMWh += abs(last - level[firstWindowHours - 1])
                }
            }
        }
    }

    /// One line for the solver notes.
    var note: String {
        "cyclic storage levels end \(Int(cyclicMismatchMWh.rounded())) MWh from closing the year"
    }
}
