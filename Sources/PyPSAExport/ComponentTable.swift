/// A value of a static PyPSA attribute, as one CSV field.
public enum AttributeValue: Sendable, Equatable {
    /// A number, written in the shortest form that reads back to the same `Double` (zero as `0.0`, never `-0.0`).
    case number(Double)
    /// A name or a label.
    case text(String)
    /// A flag, written `True` or `False` as pandas reads it.
    case flag(Bool)

    /// The CSV field.
    var field: String {
        switch self {
        case let .number(value): return value == 0 ? "0.0" : "\(value)"
        case let .text(value): return value
        case let .flag(value): return value ? "True" : "False"
        }
    }
}

/// One PyPSA component list (`generators`, `storage_units`, …) as PyPSA's CSV folder stores it: a static table
/// (`generators.csv`, one row per component) and one table per time-varying attribute
/// (`generators-p_max_pu.csv`, one column per component that has a series).
public struct ComponentTable: Sendable {
    /// One component: its name and static attribute values.
    public struct Row: Sendable, Equatable {
        /// The component's name, unique within the list.
        public let name: String
        /// Attribute name → value; an attribute a row does not set is left empty (PyPSA's default).
        public let values: [String: AttributeValue]
    }

    /// PyPSA's list name, the stem of the file names (`generators`).
    public let listName: String
    /// Static attribute names in the order the columns are written (after `name`).
    public private(set) var attributes: [String] = []
    /// Components, in the order they were added.
    public private(set) var rows: [Row] = []
    /// Time-varying attribute → one hourly series per component that has one, in the order they were added.
    public private(set) var series: [String: [(name: String, values: [Double])]] = [:]

    /// An empty list.
    public init(listName: String) {
        self.listName = listName
    }

    /// Adds a component with its static attributes.
    mutating func add(_ name: String, _ values: [(String, AttributeValue)]) {
        for (attribute, _) in values where !attributes.contains(attribute) { attributes.append(attribute) }
        rows.append(Row(name: name, values: Dictionary(values) { _, last in last }))
    }

    /// Adds a component with its static attributes, written as a literal.
    mutating func add(_ name: String, _ values: KeyValuePairs<String, AttributeValue>) {
        add(name, values.map { ($0.key, $0.value) })
    }

    /// Adds a per-unit attribute that is static when every hour has the same value and a series otherwise.
    mutating func addHourly(_ attribute: String, of name: String, _ values: [Double]) {
        if let first = values.first, values.allSatisfy({ $0 == first }) {
            setStatic(attribute, of: name, .number(first))
        } else {
            series[attribute, default: []].append((name, values))
        }
    }

    /// Sets a static attribute of a component already added.
    mutating func setStatic(_ attribute: String, of name: String, _ value: AttributeValue) {
        guard let index = rows.firstIndex(where: { $0.name == name }) else { return }
        if !attributes.contains(attribute) { attributes.append(attribute) }
        var values = rows[index].values
        values[attribute] = value
        rows[index] = Row(name: name, values: values)
    }

    /// The list with every component renamed by `rename` (static rows and series alike).
    func renamed(_ rename: (String) -> String) -> ComponentTable {
        var copy = self
        copy.rows = rows.map { Row(name: rename($0.name), values: $0.values) }
        copy.series = series.mapValues { columns in columns.map { (rename($0.name), $0.values) } }
        return copy
    }

    /// Adds the components of another list of the same kind after these, with their series. Names must differ from
    /// those already here.
    mutating func append(_ other: ComponentTable) {
        for row in other.rows {
            add(row.name, other.attributes.compactMap { attribute in row.values[attribute].map { (attribute, $0) } })
        }
        for (attribute, columns) in other.series { series[attribute, default: []] += columns }
    }

    /// The static value of an attribute of a component, if set.
    public func value(_ attribute: String, of name: String) -> AttributeValue? {
        rows.first { $0.name == name }?.values[attribute]
    }

    /// The hourly series of an attribute of a component, if it varies.
    public func hourly(_ attribute: String, of name: String) -> [Double]? {
        series[attribute]?.first { $0.name == name }?.values
    }
}
