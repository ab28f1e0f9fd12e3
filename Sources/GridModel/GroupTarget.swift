/// A target over a group of a regional case's regions, with region-group accounting: the group's quantity is its
/// members' own (their generation, curtailment, surplus and emissions) against its members' own reference (their
/// load, their available wind and solar); flows between members are internal and count nothing, and imports from
/// outside the group (over a link, or a member's interconnector resources) count nothing either. This is the
/// conservative reading: no region outside the group is credited with renewable energy it may have sent.
///
/// Its LP row is `target[ID]` with `shortfall[ID]` (a region's own rows are `target[REGION,ID]`, so the names stay
/// unique).
public struct GroupTarget: Sendable, Equatable {
    /// The requirement, stated as a single case states it; a renewable utilisation covers every wind and solar plant
    /// of the members (its resource list is empty).
    public var target: Target
    /// The members' region codes, in case order.
    public var regions: [String]

    /// A target over `regions`.
    public init(target: Target, regions: [String]) {
        self.target = target
        self.regions = regions
    }

    /// What this accounting says, for outputs.
    public static let accounting = "region-group accounting: the group's own generation over its own consumption; "
        + "flows between its regions count nothing, imports from outside it count nothing (conservative)"
}

/// A group target's row: each member's part of it (as ``Target/terms(in:investing:)`` states it for that region,
/// imports left out) and the group's bound.
public struct GroupTargetTerms: Sendable, Equatable {
    /// One member's part: its terms and constant (its own bound is not used).
    public struct Member: Sendable, Equatable {
        /// The member's region code.
        public let region: String
        /// The member's terms, without imports.
        public let terms: TargetTerms
    }

    /// Each member's part, in the group's order.
    public let members: [Member]
    /// Σ of the members' constants, in `unit`.
    public let constant: Double
    /// Which side of `bound` the quantity must stay on.
    public let sense: TargetTerms.Sense
    /// The group's bound: the share times the members' reference summed, or the cap, in `unit`.
    public let bound: Double
    /// Σ of the members' reference energy (load, or available wind and solar), MWh; `nil` for a cap.
    public let referenceMWh: Double?
    /// The quantity's unit: `MWh` or `t`.
    public let unit: String
    /// Price of missing the bound by one `unit`, EUR: the target's own, else the highest of the members' case penalties.
    public let penaltyEURPerUnit: Double
}

extension GroupTarget {
    /// The group's row in `source`: every member's terms summed; a member code that is no region of `source` adds nothing.
    /// With `investing`, each member's part is its investment LP's (``Target/terms(in:investing:)``: a wind or solar
    /// candidate's available energy is a `capacity` term on its decided capacity).
    public func terms(in source: RegionalCase, investing: Bool = false) -> GroupTargetTerms {
        let regions = self.regions.compactMap { source.region($0) }
        let members = regions.map { region in
            let own = target.terms(in: region, investing: investing)
            let terms = own.terms.filter { if case .flow(_, .imports, _) = $0 { return false }; return true }
            return GroupTargetTerms.Member(region: region.region, terms: TargetTerms(
                terms: terms, constant: own.constant, sense: own.sense, bound: own.bound, referenceMWh: own.referenceMWh, referenceTerms: [],
                unit: own.unit, penaltyEURPerUnit: own.penaltyEURPerUnit))
        }
        let penalty = target.penaltyEURPerUnit ?? regions.map(\.targetPenaltyEURPerUnit).max() ?? 0
        let constant = members.reduce(0) { $0 + $1.terms.constant }
        if case let .co2Cap(maxTonnes) = target.requirement {
            return GroupTargetTerms(members: members, constant: constant, sense: .atMost, bound: maxTonnes, referenceMWh: nil, unit: "t",
                                    penaltyEURPerUnit: penalty)
        }
        // A share's bound is linear in the member's reference: share × Σ reference = Σ of the members' own bounds.
        let sense: TargetTerms.Sense
        if case .nonHydroRenewableShare = target.requirement { sense = .atLeast } else { sense = .atMost }
        return GroupTargetTerms(members: members, constant: constant, sense: sense, bound: members.reduce(0) { $0 + $1.terms.bound },
                                referenceMWh: members.reduce(0) { $0 + ($1.terms.referenceMWh ?? 0) }, unit: "MWh", penaltyEURPerUnit: penalty)
    }
}
