import Foundation
import GridModel

/// An hourly series of the data bundle, `FILE.csv#COLUMN`, with an optional rescaling.
struct SeriesSpec {
    /// What a series is, for the checks and scalings that apply.
    enum Role {
        /// MW values (load, import limits): may be scaled to annual energy or a peak.
        case power
        /// Per-unit values within [0, 1] (capacity factors, availability): may be scaled to full-load hours.
        case perUnit
    }

    let file: String
    let column: String
    let field: YAMLField
    var annualTWh: Double?
    var peakMW: Double?
    var fullLoadHours: Double?
    var factor: Double?

    static let keys = ["profile", "annual_twh", "peak_mw", "full_load_hours", "scale"]

    /// Reads `file.csv#COLUMN` or a mapping `{profile: file.csv#COLUMN, annual_twh | peak_mw | full_load_hours | scale}`.
    init(_ field: YAMLField, role: Role) throws(ScenarioError) {
        let reference: YAMLField
        if field.node.mapping != nil {
            let fields = try Fields(field, allowed: Self.keys)
            reference = try fields.required("profile", "a series as FILE.csv#COLUMN")
            annualTWh = try fields.optionalNumber("annual_twh", in: 0...50_000, valid: "annual energy must be within 0–50,000 TWh")
            peakMW = try fields.optionalNumber("peak_mw", in: Valid.capacity.0, valid: "a peak must be within 0–10,000,000 MW")
            fullLoadHours = try fields.optionalNumber("full_load_hours", in: 0...8760, valid: "full-load hours must be within 0–8,760")
            factor = try fields.optionalNumber("scale", in: 0...1e9, valid: "a scale factor must be within 0–1,000,000,000")
            let chosen = [annualTWh, peakMW, fullLoadHours, factor].compactMap { $0 }.count
            guard chosen <= 1 else { throw field.error("give at most one of annual_twh, peak_mw, full_load_hours, scale") }
            if role == .power, fullLoadHours != nil {
                throw field.error("full_load_hours applies to per-unit profiles; for MW series use annual_twh, peak_mw or scale")
            }
            if role == .perUnit, annualTWh != nil || peakMW != nil {
                throw field.error("a per-unit profile is scaled with full_load_hours or scale, not annual_twh or peak_mw")
            }
        } else {
            reference = field
        }
        let text = try reference.string()
        let parts = text.split(separator: "#", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw reference.error("'\(text)' is not a series reference; write FILE.csv#COLUMN, e.g. load/hourly_load_2018_MW.csv#GX")
        }
        file = String(parts[0])
        column = String(parts[1])
        self.field = reference
        guard !file.hasPrefix("/"), !file.hasPrefix("~"), !file.split(separator: "/").contains("..") else {
            throw reference.error("'\(file)' leaves the data directory; a series file is a path inside it, e.g. load/hourly_load_2018_MW.csv (no leading '/' or '~', no '..')")
        }
    }

    /// The full-year series, checked and rescaled; `note` says what scaling did. An error in the CSV file names its
    /// file, line and column, and then the case file, line and key that referenced the series.
    func yearSeries(from cache: CSVCache, role: Role, label: String) throws(ScenarioError) -> (values: [Double], note: String?) {
        let raw: [Double]
        do {
            raw = try checkedColumn(from: cache, role: role)
        } catch {
            var located = error
            located.message += "; read for \(field.error("").description.dropLast(2))"
            throw located
        }
        let result = try scaled(raw, label: label)
        if role == .power, let bad = result.values.firstIndex(where: { $0 > Valid.maximumPowerMW }) {
            throw field.error("scaled, hour \(bad + 1) of the year would be \(result.values[bad]) MW; an hourly value must be at most \(Fields.format(Valid.maximumPowerMW)) MW")
        }
        return result
    }

    /// The column as read, every value within its role's range.
    private func checkedColumn(from cache: CSVCache, role: Role) throws(ScenarioError) -> [Double] {
        let table = try cache.table(file)
        guard table.rowCount == HourWindow.hoursPerYear else {
            throw ScenarioError(file: file, message: "has \(table.rowCount) data rows; an hourly series needs \(HourWindow.hoursPerYear) (one year, 29 February dropped)")
        }
        let raw = try table.column(column)
        if role == .perUnit, let bad = raw.firstIndex(where: { $0 < 0 || $0 > 1 }) {
            throw ScenarioError(file: file, line: bad + 2, key: column, message: "\(raw[bad]) is outside 0…1; a per-unit profile must be within [0, 1]")
        }
        if role == .power, let bad = raw.firstIndex(where: { $0 < 0 || $0 > Valid.maximumPowerMW }) {
            throw ScenarioError(file: file, line: bad + 2, key: column,
                                message: "\(raw[bad]) is outside 0…\(Fields.format(Valid.maximumPowerMW)); MW values must be within [0, 10,000,000]")
        }
        return raw
    }

    private func scaled(_ raw: [Double], label: String) throws(ScenarioError) -> (values: [Double], note: String?) {
        let source = "\(file)#\(column)"
        if let annualTWh {
            let total = raw.reduce(0, +)
            guard total > 0 else { throw field.error("the series sums to zero; it cannot be scaled to \(annualTWh) TWh") }
            let factor = annualTWh * 1e6 / total
            return (raw.map { $0 * factor }, "\(label): \(source) scaled ×\(Self.fixed(factor, 4)) to \(annualTWh) TWh a year (from \(Self.fixed(total / 1e6, 2)) TWh)")
        }
        if let peakMW {
            let peak = raw.max() ?? 0
            guard peak > 0 else { throw field.error("the series is all zero; it cannot be scaled to a peak") }
            return (raw.map { $0 * peakMW / peak }, "\(label): \(source) scaled ×\(Self.fixed(peakMW / peak, 4)) to a peak of \(Self.fixed(peakMW, 0)) MW")
        }
        if let fullLoadHours {
            return try Self.rescale(raw, toFullLoadHours: fullLoadHours, field: field, label: "\(label): \(source)")
        }
        if let factor {
            return (raw.map { $0 * factor }, "\(label): \(source) scaled ×\(factor)")
        }
        return (raw, nil)
    }

    /// Finds k with Σ min(1, k · cf) = target (keeping the hourly shape, capped at 1.0) by bisection.
    static func rescale(_ profile: [Double], toFullLoadHours target: Double, field: YAMLField, label: String) throws(ScenarioError) -> (values: [Double], note: String?) {
        let before = profile.reduce(0, +)
        let reachable = Double(profile.filter { $0 > 0 }.count)
        guard target <= reachable else {
            throw field.error("\(target) full-load hours cannot be reached: the profile is nonzero in only \(Int(reachable)) hours")
        }
        func total(_ k: Double) -> Double { profile.reduce(0) { $0 + min(1, k * $1) } }
        var low = 0.0, high = 1.0
        while total(high) < target { high *= 2 }
        for _ in 0..<100 where high - low > 1e-13 * high {
            let middle = (low + high) / 2
            if total(middle) < target { low = middle } else { high = middle }
        }
        let k = (low + high) / 2
        let values = profile.map { min(1, k * $0) }
        let capped = profile.filter { k * $0 > 1 }.count
        let note = "\(label) rescaled from \(fixed(before, 0)) to \(fixed(target, 0)) full-load hours (×\(fixed(k, 3)), \(capped) hours capped at 1.0)"
        return (values, note)
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
