/// One progress line of GLPK's interior point, `  32: obj = …; rpi = 3.5e-12; rdi = 3.6e-15; gap = 7.9e-08`.
struct InteriorProgress: Equatable {
    /// Relative primal infeasibility.
    let primalInfeasibility: Double
    /// Relative dual infeasibility.
    let dualInfeasibility: Double
    /// Relative primal-dual gap, |primal − dual| / (1 + |primal|).
    let gap: Double

    /// Largest primal and dual infeasibility at which a point GLPK stopped at is accepted.
    static let acceptedInfeasibility = 1e-8

    /// Whether the point is feasible to ``acceptedInfeasibility`` and within `gap` (relative) of the optimum.
    func isWithin(gap limit: Double) -> Bool {
        gap <= limit && primalInfeasibility <= Self.acceptedInfeasibility && dualInfeasibility <= Self.acceptedInfeasibility
    }

    /// Whether a numerical-instability stop at this point is solved a second time: always when `retrying`, and
    /// otherwise (a crossover will start from the point) when the point is not within `acceptedGap`.
    func needsSecondAttempt(retrying: Bool, acceptedGap: Double) -> Bool {
        retrying || !isWithin(gap: acceptedGap)
    }

    /// The progress of the point GLPK kept: the iteration named in "Best point … was reached on iteration N",
    /// else the last progress line.
    static func last(in log: String) -> InteriorProgress? {
        let lines = log.split(separator: "\n")
        let numbered = lines.compactMap { line -> (Int, InteriorProgress)? in
            let trimmed = line.drop { $0 == " " }
            guard let colon = trimmed.firstIndex(of: ":"), let iteration = Int(trimmed[..<colon]), let progress = parse(line) else { return nil }
            return (iteration, progress)
        }
        if let line = lines.last(where: { $0.contains("was reached on iteration") }),
           let best = Int(line.split(separator: " ").last ?? ""), let point = numbered.last(where: { $0.0 == best }) {
            return point.1
        }
        return numbered.last?.1
    }

    static func parse(_ line: Substring) -> InteriorProgress? {
        func value(_ key: String) -> Double? {
            guard let range = line.range(of: "\(key) =") else { return nil }
            let rest = line[range.upperBound...].drop { $0 == " " }
            return Double(rest.prefix { !";, ".contains($0) })
        }
        guard let rpi = value("rpi"), let rdi = value("rdi"), let gap = value("gap") else { return nil }
        return InteriorProgress(primalInfeasibility: rpi, dualInfeasibility: rdi, gap: gap)
    }
}
