import Foundation
import GridModel
import Yams

/// The `plan:` block of a case: which plan, which year, and how its targets map onto this case's resources.
struct PlanSettings {
    static let keys = ["file", "year", "split", "skip", "base", "soft_aspirational", "aspirational_penalty_eur_per_unit"]

    var plan: Plan
    var year: Int
    /// Target id → resource name → share of the target's capacity (or equal shares of a listed set).
    let split: [String: [String: Double]]
    /// Target id → the `split` entry as written, for errors about it.
    let splitFields: [String: YAMLField]
    /// Target id → reason the case does not apply it.
    let skip: [String: String]
    /// Increment (新增) target id → the capacity it adds to, MW (stated with an assumption keyed `ID.base`).
    let base: [String: Double]
    var softAspirational: Bool
    let aspirationalPenalty: Double

    init(_ field: YAMLField, caseFile: String) throws(ScenarioError) {
        let fields = try Fields(field, allowed: Self.keys)
        let fileField = try fields.required("file", "the plan file, relative to the case file")
        let path = URL(fileURLWithPath: caseFile).deletingLastPathComponent().appendingPathComponent(try fileField.string()).path
        do {
            plan = try PlanLoader.load(path: path)
        } catch {
            throw fileField.error("the plan file: \(error.description)")
        }
        year = try fields.required("year", "the plan year whose targets apply").integer(in: Self.years, what: "a plan year")
        var split: [String: [String: Double]] = [:]
        let splitFields = try fields["split"]?.mapping(allowed: plan.targets.map(\.id)) ?? [:]
        for (id, entry) in splitFields { split[id] = try Self.shares(entry) }
        self.split = split
        self.splitFields = splitFields
        var skip: [String: String] = [:]
        for (id, reason) in try fields["skip"]?.mapping(allowed: plan.targets.map(\.id)) ?? [:] { skip[id] = try reason.string() }
        self.skip = skip
        var base: [String: Double] = [:]
        for (id, value) in try fields["base"]?.mapping(allowed: plan.targets.filter { $0.qualifier == .increment }.map(\.id)) ?? [:] {
            base[id] = try value.number()
        }
        self.base = base
        softAspirational = try fields.bool("soft_aspirational", default: false)
        aspirationalPenalty = try fields.number("aspirational_penalty_eur_per_unit", in: 0...1e9, valid: "must be ≥ 0", default: 1_000)
    }
}

extension PlanSettings {
    /// Plan years a case may name.
    static let years = 2000...2100

    /// One `split` entry: a list of resource names (equal shares) or a mapping of names to shares adding up to 1.
    static func shares(_ entry: YAMLField) throws(ScenarioError) -> [String: Double] {
        let usage = "write a list of resource names [a, b] (equal shares) or a mapping {a: 0.6, b: 0.4} whose shares add up to 1"
        var shares: [String: Double] = [:]
        if entry.node.sequence != nil {
            let items = try entry.sequence()
            for item in items {
                guard item.node.scalar != nil else { throw item.error("expected a resource name; \(usage)") }
                let name = try item.string()
                guard shares.updateValue(1 / Double(items.count), forKey: name) == nil else {
                    throw item.error("'\(name)' is listed twice; list each resource once")
                }
            }
        } else if let mapping = entry.node.mapping {
            for (name, share) in try entry.mapping(allowed: mapping.keys.compactMap(\.string)) {
                shares[name] = try share.number()
                guard (0...1).contains(shares[name]!) else { throw share.error("\(shares[name]!) is out of range [0, 1]; a share is within 0–1") }
            }
            guard abs(shares.values.reduce(0, +) - 1) < 1e-9 else { throw entry.error("shares must add up to 1") }
        } else {
            throw entry.error("expected resources; \(usage)")
        }
        guard !shares.isEmpty else { throw entry.error("no resources; \(usage)") }
        return shares
    }

    /// Applies `plan.year=Y`, `plan.dr_share=V` (every demand-response share target), `plan.soft_aspirational=true`
    /// and `plan.ID=V`.
    mutating func apply(_ overrides: [Override]) throws(ScenarioError) {
        for override in overrides {
            let key = String(override.key.dropFirst("plan.".count))
            if key == "soft_aspirational" {
                guard let flag = ["true": true, "false": false][override.value.lowercased()] else { throw override.error("true or false") }
                softAspirational = flag
                continue
            }
            if key == "year" {
                guard let value = Int(override.value), Self.years.contains(value) else {
                    throw override.error("'\(override.value)' is not a plan year: a whole number within \(Self.years.lowerBound)–\(Self.years.upperBound)")
                }
                year = value
                continue
            }
            guard let value = try? YAMLField.number(override.value), (0...PlanLoader.maximumValue).contains(value) else {
                throw override.error("'\(override.value)' is not a number within [0, \(Fields.format(PlanLoader.maximumValue))]")
            }
            if key == "dr_share" {
                guard value <= 1 else { throw override.error("a share of peak load is within 0–1 (0.05 for 5%)") }
                let indices = plan.targets.indices.filter { plan.targets[$0].kind == .drShareOfPeak }
                guard !indices.isEmpty else { throw override.error("the plan has no demand-response share target") }
                for index in indices { plan.targets[index].value = value }
            } else if let index = plan.targets.firstIndex(where: { $0.id == key }) {
                if PlanLoader.shareKinds.contains(plan.targets[index].kind), value > 1 {
                    throw override.error("\(Fields.format(value)) is out of range [0, 1]; target \(key) is a share (0.05 for 5%)")
                }
                plan.targets[index].value = value
            } else {
                throw override.error("no plan target '\(key)'; use plan.year, plan.dr_share or one of: \(plan.targets.map(\.id).joined(separator: ", "))")
            }
        }
    }
}

extension PlanSettings {
    /// An error about the `split` entry of target `id`, at its line.
    func splitError(_ id: String, file: String, _ message: String) -> ScenarioError {
        splitFields[id]?.error(message) ?? ScenarioError(file: file, key: "plan.split.\(id)", message: message)
    }
}

extension CaseDocument {
    /// Maps the plan's targets in force in the plan year onto this document: capacities, DR shares and
    /// import shares become values of the named resources; utilisation, share and CO2 targets become targets.
    mutating func apply(_ settings: PlanSettings) throws(ScenarioError) -> [PlanApplication] {
        var applications: [PlanApplication] = []
        for target in settings.plan.targets(inForceIn: settings.year) {
            if let reason = settings.skip[target.id] {
                applications.append(PlanApplication(target, .context("skipped by this case: \(reason)")))
                continue
            }
            let effect = try apply(target, settings: settings)
            applications.append(PlanApplication(target, effect))
        }
        return applications
    }

    private mutating func apply(_ target: PlanTarget, settings: PlanSettings) throws(ScenarioError) -> PlanApplication.Effect {
        let source = "\(settings.plan.document) (\(settings.plan.sourceFile)): 「\(target.quote)」"
        let penalty = target.aspirational && settings.softAspirational ? settings.aspirationalPenalty : nil
        func row(_ kind: String, _ key: String, _ value: Double) -> PlanApplication.Effect {
            var entries: [(Node, Node)] = [(Node("id"), Node(target.id)), (Node("kind"), Node(kind)), (Node(key), Self.scalar(value)), (Node("source"), Node(source))]
            if let penalty { entries.append((Node("penalty_eur_per_unit"), Self.scalar(penalty))) }
            appendTarget(.mapping(Node.Mapping(entries)))
            return .row
        }
        let value = target.value ?? 0
        switch target.kind {
        case .capacity: return try setCapacity(target, settings: settings)
        case .drShareOfPeak:
            let names = try members(of: target, settings: settings, kind: "curtailable_load")
            for name in names {
                set("capacity_mw", of: name, to: nil)
                set("share_of_peak", of: name, to: Self.scalar(value / Double(names.count)))
            }
            return .demandResponseShare(resources: names)
        case .importRenewableShare:
            let names = try members(of: target, settings: settings, kind: "interconnector")
            for name in names { set("renewable_share", of: name, to: Self.scalar(value)) }
            return .importShare(resources: names)
        case .renewableUtilisation: return row("renewable_utilisation", "min", value)
        case .nonHydroRenewableShare: return row("non_hydro_renewable_share", "min", value)
        case .co2Cap: return row("co2_cap", "max_t", value)
        case .coalCap: return .context(target.contextReason ?? "a coal cap needs a heat rate per t of coal; not modelled")
        case .context: return .context(target.contextReason ?? "not a power-system quantity the dispatch LP represents")
        }
    }

    /// Resources a target applies to: the case's `split` entry if any, else every resource of `kind`.
    private func members(of target: PlanTarget, settings: PlanSettings, kind: String) throws(ScenarioError) -> [String] {
        let names = settings.split[target.id].map { $0.keys.sorted() }
            ?? resourceNames.filter { resource(named: $0)?["kind"]?.string == kind }
        guard !names.isEmpty else {
            throw ScenarioError(file: file, key: "plan", message: "plan target \(target.id) (\(target.kind.rawValue)) needs a \(kind) resource in this case; add one, or list the target under plan.skip with a reason")
        }
        for name in names where resource(named: name)?["kind"]?.string != kind {
            throw settings.splitError(target.id, file: file, "'\(name)' is not a \(kind) resource of this case")
        }
        return names
    }

    /// Applies a capacity figure by its qualifier (see `PlanCapacityRule`); the members that take a change are the
    /// case's `split` entry, else every member by its current capacity.
    private mutating func setCapacity(_ target: PlanTarget, settings: PlanSettings) throws(ScenarioError) -> PlanApplication.Effect {
        let group = target.resources
        let candidates = self.resources.compactMap { entry -> (String, Resource)? in
            guard let name = entry.mapping["name"]?.string, let resource = Self.sketch(entry.mapping) else { return nil }
            return group.contains(where: { ResourceGroup.contains($0, resource) }) ? (name, resource) : nil
        }
        let current = Dictionary(uniqueKeysWithValues: candidates.map { ($0.0, $0.1.ratedPowerMW) })
        var shares: [String: Double]
        if let split = settings.split[target.id] {
            for name in split.keys.sorted() where current[name] == nil {
                throw settings.splitError(target.id, file: file, "'\(name)' is not a resource of group \(group.joined(separator: "+")) in this case; candidates: \(current.keys.sorted().joined(separator: ", "))")
            }
            shares = split
        } else {
            let total = current.values.reduce(0, +)
            shares = current.mapValues { total > 0 ? $0 / total : 1 / Double(current.count) }
        }
        guard !shares.isEmpty else {
            throw ScenarioError(file: file, key: "plan", message: "plan target \(target.id) (\(group.joined(separator: "+")) \(Int(target.value ?? 0)) MW) has no resource in this case; add one of that group, or list the target under plan.skip with a reason")
        }
        let base = settings.base[target.id]
        if target.qualifier == .increment {
            guard base != nil else {
                throw ScenarioError(file: file, key: "plan.base", message: "plan target \(target.id) is an increment (新增); state the capacity it adds to as plan.base.\(target.id) (MW) and give its source in an assumption keyed \(target.id).base")
            }
            guard hasAssumption("\(target.id).base") else {
                throw ScenarioError(file: file, key: "assumptions", message: "plan.base.\(target.id) needs an assumption keyed \(target.id).base saying where the base comes from")
            }
        }
        guard let result = PlanCapacityRule.capacities(current: current, shares: shares, figureMW: target.value ?? 0,
                                                       qualifier: target.qualifier, baseMW: base) else {
            return .capacityKept(current)
        }
        for (name, value) in result { setPower(of: name, to: value, from: current[name] ?? 0) }
        return .capacity(result, before: current)
    }

    /// Whether the case's `assumptions` list has an entry with this key.
    private func hasAssumption(_ key: String) -> Bool {
        root.mapping?["assumptions"]?.sequence?.contains { $0.mapping?["key"]?.string == key } ?? false
    }

    /// Sets a resource's capacity key; storage energy follows when it was given in MWh.
    private mutating func setPower(of name: String, to value: Double, from old: Double) {
        guard let mapping = resource(named: name) else { return }
        if mapping["kind"]?.string == ResourceKind.storage.rawValue {
            for key in ["charge_power_mw", "discharge_power_mw"] { set(key, of: name, to: nil) }
            set("power_mw", of: name, to: Self.scalar(value))
            if let energy = number("energy_mwh", of: name), old > 0 {
                set("energy_mwh", of: name, to: Self.scalar(energy * value / old))
            }
        } else {
            set("capacity_mw", of: name, to: Self.scalar(value))
        }
    }
}

extension CaseDocument {
    /// A resource's kind, technology and capacity read straight from its YAML entry, without its series: enough to
    /// decide group membership and current capacity before the case is read in full.
    static func sketch(_ mapping: Node.Mapping) -> Resource? {
        func number(_ key: String) -> Double? { mapping[key]?.string.flatMap { Double($0.replacingOccurrences(of: "_", with: "")) } }
        let name = mapping["name"]?.string ?? ""
        let capacity = number("capacity_mw") ?? 0
        guard let kindName = mapping["kind"]?.string, let kind = ResourceKind(rawValue: kindName) else { return nil }
        switch kind {
        case .thermal:
            let technology = ThermalPlant.Technology(rawValue: mapping["technology"]?.string ?? "coal") ?? .other
            return .thermal(ThermalPlant(name: name, technology: technology, capacityMW: capacity, marginalCostEURPerMWh: 0))
        case .hydro: return .hydro(HydroPlant(name: name, capacityMW: capacity, availability: []))
        case .onwind, .offwind, .solar:
            guard let renewable = VariableRenewable.Kind(kind) else { return nil }
            return .renewable(VariableRenewable(name: name, kind: renewable, capacityMW: capacity, capacityFactor: []))
        case .storage:
            let technology = Storage.Technology(rawValue: mapping["technology"]?.string ?? "battery") ?? .other
            let power = number("discharge_power_mw") ?? number("power_mw") ?? 0
            return .storage(Storage(name: name, technology: technology, chargePowerMW: power, dischargePowerMW: power, energyMWh: 0,
                                    chargeEfficiency: 1, dischargeEfficiency: 1))
        case .curtailableLoad, .shiftableLoad, .interconnector: return nil
        }
    }
}
