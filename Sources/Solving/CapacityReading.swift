/// How a capacity decided by an LP column is read back.
///
/// An interior point leaves a capacity a little inside its bound where the optimum has it at the bound: on the
/// full-year Guangxi 2030 investment LP, 2 MW of an 11,720 MW retrofit candidate (1.7e-4 of its range) where GLPK
/// stopped at a gap of 9e-5; in `gridflex size`, 0.014 MW of a 61,648 MW battery range. That is solver round-off,
/// not a capacity, and is read as the bound.
enum CapacityReading {
    /// Share of the range (max − min, MW) within which a capacity is read as the bound it is near: 0.1 %, the
    /// resolution `gridflex size` bisects to by default.
    static let tolerance = 1e-3

    /// `valueMW` read within [`minMW`, `maxMW`]: the nearer bound when within ``tolerance`` of the range of it.
    static func megawatts(_ valueMW: Double, minMW: Double, maxMW: Double) -> Double {
        let range = maxMW - minMW
        guard range.isFinite, range > 0 else { return valueMW }
        if valueMW - minMW <= tolerance * range { return minMW }
        if maxMW - valueMW <= tolerance * range { return maxMW }
        return valueMW
    }
}
