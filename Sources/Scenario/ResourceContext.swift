import GridModel

/// What resource parsers share: the window, the load (for shares of peak) and the CSV cache.
struct ResourceContext {
    let window: HourWindow
    let loadMW: [Double]
    let cache: CSVCache
    var notes: [String] = []

    init(window: HourWindow, loadMW: [Double], cache: CSVCache) {
        self.window = window
        self.loadMW = loadMW
        self.cache = cache
    }

    /// Kinds as written in case files.
    static let kinds = ResourceKind.allCases.map(\.rawValue)

    mutating func resource(_ item: YAMLField) throws(ScenarioError) -> Resource {
        guard let mapping = item.node.mapping else { throw item.error("expected a resource: a mapping with name, kind and its attributes") }
        let kindNode = mapping["kind"]
        guard let kindName = kindNode?.string else {
            throw item.error("missing 'kind'; valid kinds: \(Self.kinds.joined(separator: ", "))")
        }
        let kindField = YAMLField(node: kindNode!, path: "\(item.path).kind", file: item.file)
        guard let kind = ResourceKind(rawValue: kindName) else {
            throw kindField.error("unknown resource kind '\(kindName)'; valid kinds: \(Self.kinds.joined(separator: ", "))")
        }
        try InvestmentSpec.checkKind(item, kind)
        switch kind {
        case .thermal: return .thermal(try thermal(item))
        case .hydro: return .hydro(try hydro(item))
        case .onwind, .offwind, .solar:
            guard let renewableKind = VariableRenewable.Kind(kind) else { throw kindField.error("'\(kindName)' is not wind or solar") }
            return .renewable(try renewable(item, kind: renewableKind))
        case .storage: return .storage(try storage(item))
        case .curtailableLoad: return .curtailableLoad(try curtailableLoad(item))
        case .shiftableLoad: return .shiftableLoad(try shiftableLoad(item))
        case .interconnector: return .interconnector(try interconnector(item))
        }
    }

    /// The resource's fields and its checked name (letters, digits, `_`, `-`, `.`: it appears in LP names). `invest`
    /// and `retrofit` are read apart (``InvestmentSpec``), once ``InvestmentSpec/checkKind(_:_:)`` has refused them on
    /// a kind that cannot have them.
    func fields(_ item: YAMLField, allowed: [String]) throws(ScenarioError) -> (Fields, String) {
        let fields = try Fields(item, allowed: ["name", "kind"] + allowed + ["invest", "retrofit"])
        let nameField = try fields.required("name", "a unique name such as coal or phs_nanning")
        return (fields, try nameField.lpName())
    }

    /// A series sliced to the window.
    mutating func windowSeries(_ field: YAMLField, role: SeriesSpec.Role, label: String) throws(ScenarioError) -> [Double] {
        let spec = try SeriesSpec(field, role: role)
        let (year, note) = try spec.yearSeries(from: cache, role: role, label: label)
        if let note { notes.append(note) }
        return Array(year[window.yearOffsets])
    }

    /// A value per hour: a number (constant) or a series reference.
    mutating func hourly(_ field: YAMLField?, default fallback: Double, label: String) throws(ScenarioError) -> [Double] {
        guard let field else { return Array(repeating: fallback, count: window.count) }
        if let scalar = field.node.scalar, !scalar.string.contains("#") {
            let value = try field.number()
            guard Valid.capacity.0.contains(value) else {
                throw field.error("\(Fields.format(value)) is out of range \(Fields.describe(Valid.capacity.0)); write a number of MW within it or a series FILE.csv#COLUMN")
            }
            return Array(repeating: value, count: window.count)
        }
        return try windowSeries(field, role: .power, label: label)
    }

    var peakLoadMW: Double { loadMW.max() ?? 0 }
}
