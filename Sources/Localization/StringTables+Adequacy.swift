extension StringTables {
    /// The adequacy row's lines and the contributions table.
    static let englishAdequacy: [TextKey: String] = [
        .adqLine: "Adequacy (load + {margin} covered by firm contributions): {covered} of {hours} h covered, {short} h short ({shortMWh} MWh short, penalty {penalty})",
        .adqWorst: "Worst hour {hour}: firm − load = {margin} MW ({share} of load)",
        .adqValuesHeading: "Capacity value over the window (Σ hourly dual of adequacy[t] × firm MW per MW):",
        .adqValueLine: "{value} EUR/MW (counts {share} of its rating on average)",
        .adqReport: "Adequacy (load + {margin} covered by firm contributions in every hour): {covered} of {hours} h covered, {short} h short; worst hour {hour}: firm − load = {worst} MW ({share} of load).",
        .ctbTitle: "What each piece buys (the case re-solved without it; Δ = without − with):", .ctbWithout: "Without",
        .ctbCost: "Δ cost EUR", .ctbCurtailment: "Δ curtailment MWh", .ctbHoursShort: "Δ hours short", .ctbPeak: "Δ peak seen by generators MW",
        .ctbPower: "Power with → without MW",
    ]

    /// The adequacy row's lines and the contributions table, in Chinese.
    static let chineseAdequacy: [TextKey: String] = [
        .adqLine: "充裕度（负荷 + {margin} 由可靠出力覆盖）：{hours} 小时中 {covered} 小时满足，{short} 小时不足（缺额 {shortMWh} 兆瓦时，罚金 {penalty}）",
        .adqWorst: "最紧张时段 {hour}：可靠出力 − 负荷 = {margin} 兆瓦（占负荷 {share}）",
        .adqValuesHeading: "时段内容量价值（adequacy[t] 逐时对偶价格 × 每兆瓦可靠出力之和）：",
        .adqValueLine: "{value} 欧元/兆瓦（平均计入其额定容量的 {share}）",
        .adqReport: "充裕度（每小时负荷 + {margin} 由可靠出力覆盖）：{hours} 小时中 {covered} 小时满足，{short} 小时不足；最紧张时段 {hour}：可靠出力 − 负荷 = {worst} 兆瓦（占负荷 {share}）。",
        .ctbTitle: "规划各部分的作用（去掉该部分后重新求解；Δ = 去掉后 − 规划）：", .ctbWithout: "去掉",
        .ctbCost: "Δ 成本（欧元）", .ctbCurtailment: "Δ 弃电量（兆瓦时）", .ctbHoursShort: "Δ 不足小时数", .ctbPeak: "Δ 发电侧最大负荷（兆瓦）",
        .ctbPower: "功率 规划 → 去掉后（兆瓦）",
    ]
}
