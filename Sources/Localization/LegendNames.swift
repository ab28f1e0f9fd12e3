/// Chinese names of the dispatch chart's layers, keyed by their English legend (the labels of `Flow`, of thermal
/// technologies and wind and solar kinds in `Palette`, and the chart's own layers). A legend without an entry
/// stays as it is.
enum LegendNames {
    static let chinese: [String: String] = [
        "Coal": "煤电", "CHP": "热电联产", "Gas CCGT": "燃气联合循环", "Gas OCGT": "燃气单循环", "Other thermal": "其他火电",
        "Nuclear": "核电", "Biomass": "生物质发电", "Onshore wind": "陆上风电", "Offshore wind": "海上风电", "Solar": "光伏",
        "Hydro": "水电", "Generation": "发电", "Capacity online": "开机容量", "Start-ups": "启动", "Curtailment": "弃电",
        "Storage charging": "储能充电", "Storage discharge": "储能放电", "State of charge": "荷电状态", "Demand response": "需求响应",
        "Shifted-in load": "转移负荷", "Imports": "区外受电", "Adequacy reserve": "充裕度备用", "Exports": "外送", "Unserved load": "失负荷",
        "Spilled surplus": "弃置盈余", "Curtailed wind and solar (not delivered)": "弃风弃光（未送出）",
        "Imports over links": "跨区受入", "Exports over links": "跨区送出",
    ]
}

extension Localizer {
    /// A dispatch layer's legend in this language.
    public func legend(_ english: String) -> String {
        language == .chinese ? LegendNames.chinese[english] ?? english : english
    }

    /// Month `index` (0 = January): `Feb` or `2月`.
    public func monthName(_ index: Int) -> String {
        language == .chinese ? "\(index + 1)月" : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][index]
    }

    /// Day `day` (1-based) of month `index` (0 = January): `3 Feb` or `2月3日`.
    public func dateName(day: Int, month index: Int) -> String {
        language == .chinese ? "\(index + 1)月\(day)日" : "\(day) \(monthName(index))"
    }
}
