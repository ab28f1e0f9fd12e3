import GridModel

extension ExtraRows {
    /// The two one-way PyPSA links that carry a corridor's addition, whose `p_nom` must be equal (the same MW each
    /// way, as GridFlex's one `expand[LINK]` column).
    public struct LinkExpansionPair: Sendable, Codable, Equatable {
        /// The corridor's name.
        public var link: String
        /// The link `expand[LINK]` (from → to), which carries the capital cost.
        public var forward: String
        /// The link `expand_back[LINK]` (to → from), at no capital cost.
        public var backward: String
    }
}

extension PyPSANetwork {
    /// A corridor's addition in a regional investment network: the extendable links `expand[L]` (bus0 from, bus1 to)
    /// and `expand_back[L]` (the other way), each `p_nom` 0 … `max_mw`, with the corridor's efficiency and wheeling,
    /// beside the fixed `flow[L]` and `flow_back[L]`; `capital_cost` (annualised cost × the window's share of a year)
    /// on `expand[L]` only, and the row `expand_equal[L]` (`extra_functionality`) holding both `p_nom` equal. Each
    /// direction's flow is then at most the capacity written plus the addition, as GridFlex's `flow_limit` rows say; a
    /// flow profile applies to the addition as to the capacity written (`p_max_pu`, `p_min_pu`).
    /// Each receiving region's surplus bound grows by what the addition can deliver.
    mutating func addLinkExpansion(_ link: Link, hours: Int) {
        guard let expansion = link.expansion else { return }
        let share = Double(hours) / Double(HourWindow.hoursPerYear)
        let pair = ExtraRows.LinkExpansionPair(link: link.name, forward: "expand[\(link.name)]", backward: "expand_back[\(link.name)]")
        let profiles = link.profiles
        for (name, sending, receiving, cost, maximum, minimum) in [
            (pair.forward, link.from, link.to, expansion.costEURPerMWYear * share, profiles?.maximumPerUnit, profiles?.minimumForwardPerUnit),
            (pair.backward, link.to, link.from, 0, profiles?.backwardMaximumPerUnit, nil),
        ] {
            links.add(name, [
                "bus0": .text(sending), "bus1": .text(receiving), "p_nom": .number(0), "p_nom_extendable": .flag(true),
                "p_nom_min": .number(0), "p_nom_max": .number(expansion.maxMW), "capital_cost": .number(cost), "p_min_pu": .number(0),
                "efficiency": .number(link.efficiency), "marginal_cost": .number(link.wheelingEURPerMWh),
            ])
            addDelivery(of: name, into: receiving, deliveringMW: link.efficiency * expansion.maxMW, maximum: maximum, minimum: minimum)
        }
        extra.linkExpansions = (extra.linkExpansions ?? []) + [pair]
        map(link.name, "corridor addition", "extendable links \(pair.forward) (capital_cost) and \(pair.backward); row expand_equal[\(link.name)]: "
            + "equal p_nom", extra: true)
    }
}
