/// The language of everything a planner reads (headings, labels, KPI names, captions); error messages stay English.
public enum Language: String, Sendable, CaseIterable {
    /// English (the default).
    case english = "en"
    /// Simplified Chinese.
    case chinese = "zh-CN"
}

/// How capacities and energy are written.
public enum UnitStyle: String, Sendable, CaseIterable {
    /// MW and MWh.
    case si
    /// 万千瓦 (10 MW) and 亿千瓦时 (100,000 MWh), as Chinese plans write them.
    case cn
}
