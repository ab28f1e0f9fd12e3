/// When a flow counts as activity. An interior-point solution (no crossover) can leave flows of 1e-5 MW on
/// resources the dispatch does not use; they are kept in `hourly.csv` but are not activity for hours called,
/// unserved hours or simultaneous charge and discharge.
public enum ActivityTolerance {
    /// A flow is activity when it exceeds this share of its capacity (per unit).
    public static let relative = 1e-6

    /// Whether `flowMW` is activity for a resource (or quantity) of `capacityMW`; floored at 1e-6 MW.
    public static func isActive(_ flowMW: Double, capacityMW: Double) -> Bool {
        flowMW > relative * max(capacityMW, 1)
    }

    /// Hours in which the flow is activity.
    public static func hours(_ flowsMW: [Double], capacityMW: Double) -> Int {
        flowsMW.filter { isActive($0, capacityMW: capacityMW) }.count
    }
}
