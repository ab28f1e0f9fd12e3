import GridModel
import LinearProgramming

/// The flow columns of one link, one per hour and direction; `nil` in a direction of capacity 0.
public struct LinkColumns: Sendable {
    /// The link.
    public let link: Link
    /// `flow[LINK,t=H]`: MW sent from `link.from` to `link.to`.
    public let forward: [ColumnID?]
    /// `flow_back[LINK,t=H]`: MW sent from `link.to` to `link.from`.
    public let backward: [ColumnID?]
    /// Investment LP only: `expand[LINK]`, the MW added each way, when the link is expandable.
    public let expansion: ColumnID?
}

/// A regional case as one linear program: each region's own dispatch LP, exactly as ``DispatchModel`` builds it
/// alone, with every name scoped by the region's code (`balance[GX,t=17]`, `gen[GX,coal,t=17]`), and per link and
/// hour a flow column each way that leaves one region's balance and enters the other's less its loss.
///
/// The regions' unserved-energy bounds stay as each region's model leaves them: energy bought at the value of lost
/// load and sent over a link arrives as at most one MWh, at a wheeling charge, where it can only replace energy
/// that region could buy at the value of lost load itself; so no region's proof in ``DispatchModel`` changes. A link
/// with a must-flow profile breaks that argument (the flow is forced, not bought), so the region it leaves gets its
/// cap `unserved[t] ≤ load` back: a schedule its fleet cannot carry makes the LP infeasible instead of being met
/// with lost load beyond the region's own load.
public struct RegionalModel: Sendable {
    /// The case it was built from.
    public let source: RegionalCase
    /// Each region's own model, in case order; its column and row numbers are its own program's.
    public let regions: [DispatchModel]
    /// Where each region's program sits in ``program``.
    public let placements: [LinearProgram.Placement]
    /// The flow columns of each link, in case order.
    public let links: [LinkColumns]
    /// The rows of the case's group targets, in case order.
    public let groupTargets: [GroupTargetRow]
    /// The whole program: the regions', then the links' columns, then the group targets' rows.
    public let program: LinearProgram

    /// Builds every region's model and joins them by the links. The case's regions must have distinct codes, the
    /// same window, and links between regions of the case (the loader checks all three; here a repeated code's links
    /// join its first region, and a link to no region of the case gets no columns).
    ///
    /// `investing` builds the investment LP (`gridflex invest`): each region with candidates as its own investment LP,
    /// and each expandable link with `expand[LINK]` MW added each way at its annualised cost × the window's share of a
    /// year, held by `flow_limit[LINK,t=H]` (`flow_back_limit`) rows: flow − share × added ≤ share × capacity, with the
    /// hour's share of the link's flow profile (1 without one), and a must-flow's `flow_least[LINK,t=H]`: flow − least ×
    /// added ≥ least × capacity, so that a profile scales with the capacity built. `hardRequirements` fixes
    /// every region's target and adequacy shortfalls at zero (``DispatchModel/hardRequirementsProgram()``), and every
    /// group target's.
    public init(case source: RegionalCase, investing: Bool = false, hardRequirements: Bool = false) {
        self.source = source
        regions = source.regions.map { DispatchModel(case: $0, investing: investing && $0.investment != nil) }
        var program = LinearProgram(sense: .minimize)
        placements = regions.map { region in
            program.append(hardRequirements ? region.hardRequirementsProgram() : region.program) { LinearProgram.scoped($0, by: region.source.region) }
        }
        let balance = Dictionary(zip(regions, placements).map { region, placement in
            (region.source.region, region.balanceRows.map(placement.row))
        }, uniquingKeysWith: { first, _ in first })
        let first = source.window?.first ?? 1, hours = source.regions.first?.hours ?? 0
        links = source.links.map { link in
            let expansion = investing ? link.expansion.flatMap { expansion in
                expansion.maxMW > 0 ? program.addCapacityCopies("expand", of: link.name, bounds: Bounds(lower: 0, upper: expansion.maxMW),
                                                                cost: expansion.costEURPerMWYear * Double(hours) / Double(HourWindow.hoursPerYear),
                                                                hours: first..<(first + hours)) : nil
            } : nil
            // Each hour's least and most flow, per unit of the direction's capacity (with an addition: of capacity + added).
            func flows(_ prefix: String, capacityMW: Double, sender: String, receiver: String, share: (Int) -> (least: Double, most: Double)) -> [ColumnID?] {
                guard capacityMW > 0 || expansion != nil, let sent = balance[sender], let received = balance[receiver] else {
                    return Array(repeating: nil, count: hours)
                }
                return (0..<hours).map { t in
                    let name = "\(link.name),t=\(first + t)", (least, most) = share(t)
                    let bounds = expansion == nil || most == 0 ? Bounds(lower: least * capacityMW, upper: most * capacityMW) : .nonNegative
                    let column = program.addColumn(named: "\(prefix)[\(name)]", bounds: bounds,
                                                   cost: link.wheelingEURPerMWh)
                    program.addCoefficient(row: sent[t], column: column, value: -1)
                    program.addCoefficient(row: received[t], column: column, value: link.efficiency)
                    if let expansion, most > 0 {
                        program.addRow(named: "\(prefix)_limit[\(name)]", bounds: .atMost(most * capacityMW), terms: [(column, 1), (expansion.hourly[t], -most)])
                        if least > 0 {
                            program.addRow(named: "\(prefix)_least[\(name)]", bounds: .atLeast(least * capacityMW),
                                           terms: [(column, 1), (expansion.hourly[t], -least)])
                        }
                    }
                    return column
                }
            }
            let forward = { (t: Int) in (link.profiles?.minimumForwardPerUnit?[t] ?? 0, link.profiles?.maximumPerUnit?[t] ?? 1) }
            let backward = { (t: Int) in (0.0, link.profiles?.backwardMaximumPerUnit?[t] ?? 1) }
            return LinkColumns(link: link,
                               forward: flows("flow", capacityMW: link.forwardCapacityMW, sender: link.from, receiver: link.to, share: forward),
                               backward: flows("flow_back", capacityMW: link.backwardCapacityMW, sender: link.to, receiver: link.from, share: backward),
                               expansion: expansion?.master)
        }
        Self.capUnserved(of: source.links.filter(\.mustFlow).map(\.from), regions: regions, placements: placements, in: &program)
        groupTargets = Self.addGroupTargets(of: source, regions: regions, placements: placements, hard: hardRequirements, to: &program)
        self.program = program
    }
}

extension RegionalModel {
    /// Puts back `unserved[t] ≤ load_t` (see ``DispatchModel/addBalanceSlacks()``) in every region coded in `codes`.
    static func capUnserved(of codes: [String], regions: [DispatchModel], placements: [LinearProgram.Placement], in program: inout LinearProgram) {
        for (region, placement) in zip(regions, placements) where codes.contains(region.source.region) {
            for (t, column) in region.unservedColumns.enumerated() {
                program.setBounds(.upTo(max(0, region.source.loadMW[t])), of: placement.column(column))
            }
        }
    }
}

/// One link's hourly flows read back from a solution.
public struct LinkFlows: Sendable {
    /// The link.
    public let link: Link
    /// MW sent from `link.from` to `link.to`, per hour.
    public let forwardMW: [Double]
    /// MW sent from `link.to` to `link.from`, per hour.
    public let backwardMW: [Double]
}

/// A regional dispatch read back: each region's own result and each link's flows.
public struct RegionalResult: Sendable {
    /// Each region's dispatch, in case order; its `objective` is what that region's own columns cost.
    public let regions: [DispatchResult]
    /// Each link's flows, in case order.
    public let links: [LinkFlows]
    /// Cost of the whole dispatch, wheeling included, EUR.
    public let objective: Double
}

extension RegionalModel {
    /// The part of a solution of ``program`` that belongs to region `index`, as a solution of that region's own
    /// program (see ``LinearProgramming/Solution/part(_:of:objectiveConstant:)``).
    public func regionSolution(_ index: Int, of solution: Solution) -> Solution {
        solution.part(placements[index], of: program, objectiveConstant: regions[index].program.objectiveConstant)
    }

    /// Reads a solution of ``program``.
    public func result(from solution: Solution) -> RegionalResult {
        func values(_ columns: [ColumnID?]) -> [Double] { columns.map { $0.map { solution.columnValues[$0.index] } ?? 0 } }
        return RegionalResult(
            regions: regions.indices.map { regions[$0].result(from: regionSolution($0, of: solution)) },
            links: links.map { LinkFlows(link: $0.link, forwardMW: values($0.forward), backwardMW: values($0.backward)) },
            objective: solution.objective)
    }
}
