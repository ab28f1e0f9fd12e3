/// A local carbon-peaking plan's power-system targets, each traced to the sentence it came from.
public struct Plan: Sendable, Equatable {
    /// Folder name of the region under Models/ (e.g. `guangxi`).
    public var region: String
    /// Data bundle province code (e.g. `GX`).
    public var province: String
    /// `province` or `city`.
    public var scope: String
    /// The document's title as written.
    public var document: String
    /// File name of the source document (in the seeds folder).
    public var sourceFile: String
    /// `final` or `draft`.
    public var status: String
    /// Every target, in document order.
    public var targets: [PlanTarget]

    /// A plan.
    public init(region: String, province: String, scope: String, document: String, sourceFile: String, status: String, targets: [PlanTarget]) {
        self.region = region
        self.province = province
        self.scope = scope
        self.document = document
        self.sourceFile = sourceFile
        self.status = status
        self.targets = targets
    }

    /// The targets in force in `year`: for each kind and resource group, the one of the latest year ≤ `year`
    /// (a 2025 storage figure still holds in 2030 when the plan sets none for 2030).
    public func targets(inForceIn year: Int) -> [PlanTarget] {
        var latest: [String: PlanTarget] = [:]
        for target in targets where target.year <= year {
            let key = "\(target.kind.rawValue)|\(target.resources.sorted().joined(separator: "+"))|\(target.kind == .context ? target.id : "")"
            if let current = latest[key], current.year > target.year { continue }
            latest[key] = target
        }
        return targets.filter { target in latest.values.contains { $0.id == target.id } }
    }
}

/// One target of a plan.
public struct PlanTarget: Sendable, Equatable {
    /// What the target constrains.
    public enum Kind: String, Sendable, CaseIterable {
        /// Installed capacity of a resource group, MW.
        case capacity
        /// Demand-response capability as a share of peak load, per unit.
        case drShareOfPeak = "dr_share_of_peak"
        /// Wind and solar absorbed ÷ available, per unit.
        case renewableUtilisation = "renewable_utilisation"
        /// Non-hydro renewable energy ÷ consumption, per unit.
        case nonHydroRenewableShare = "non_hydro_renewable_share"
        /// Renewable share of imported energy, per unit.
        case importRenewableShare = "import_renewable_share"
        /// CO2 cap, t.
        case co2Cap = "co2_cap"
        /// Coal consumption cap (cannot be mapped without a heat rate; listed as context).
        case coalCap = "coal_cap"
        /// A figure the dispatch LP cannot represent; listed with its reason.
        case context
    }

    /// How the figure is qualified in the text.
    public enum Qualifier: String, Sendable, CaseIterable {
        /// 左右: about.
        case about
        /// 以上, 不低于, 突破: at least.
        case atLeast = "at_least"
        /// 以下, 不超过, 以内: at most.
        case atMost = "at_most"
        /// As stated.
        case exactly
        /// New additions on top of what exists.
        case increment
    }

    /// Identifier, unique within the plan.
    public var id: String
    /// Reference in the seeds' target list (e.g. `G-06`).
    public var ref: String?
    /// Year the target is for.
    public var year: Int
    /// What it constrains.
    public var kind: Kind
    /// Resource group for capacity targets (`pumped_hydro`, `new_storage`, `wind_solar`, …).
    public var resources: [String]
    /// The value in `unit` (MW, or per unit for shares); nil where the text gives no number.
    public var value: Double?
    /// Unit of `value`.
    public var unit: String?
    /// The figure as written (e.g. `840萬千瓦左右`).
    public var asWritten: String?
    /// Qualifier.
    public var qualifier: Qualifier
    /// Whether the plan only strives for it (力争).
    public var aspirational: Bool
    /// Provincial grid, city, …
    public var scope: String?
    /// The exact sentence, verbatim from the source document.
    public var quote: String
    /// Notes on ambiguity.
    public var note: String?
    /// Why the LP cannot represent it (for `context`).
    public var contextReason: String?

    /// A plan target.
    public init(id: String, ref: String? = nil, year: Int, kind: Kind, resources: [String] = [], value: Double?, unit: String?,
                asWritten: String? = nil, qualifier: Qualifier, aspirational: Bool, scope: String? = nil, quote: String,
                note: String? = nil, contextReason: String? = nil) {
        self.id = id
        self.ref = ref
        self.year = year
        self.kind = kind
        self.resources = resources
        self.value = value
        self.unit = unit
        self.asWritten = asWritten
        self.qualifier = qualifier
        self.aspirational = aspirational
        self.scope = scope
        self.quote = quote
        self.note = note
        self.contextReason = contextReason
    }
}
