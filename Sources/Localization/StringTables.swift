/// One table of strings per language. Placeholders in braces (`{value}`) are filled by the caller.
enum StringTables {
    static func table(_ language: Language) -> [TextKey: String] {
        switch language {
        case .english: return englishTable
        case .chinese: return chineseTable
        }
    }

    /// Every English text: the summary's, the pages', the workbooks' and the comparison's.
    static let englishTable = [english, englishReport, englishWorkbook, englishComparison, englishSweep, englishAdequacy, englishInvestment, englishRegional, englishRegionalReport].reduce(into: [:]) { $0.merge($1) { first, _ in first } }
    /// Every Chinese text, as `englishTable`.
    static let chineseTable = [chinese, chineseReport, chineseWorkbook, chineseComparison, chineseSweep, chineseAdequacy, chineseInvestment, chineseRegional, chineseRegionalReport].reduce(into: [:]) { $0.merge($1) { first, _ in first } }

    static let english: [TextKey: String] = [
        .summaryCaseLine: "Case {case} ({region}), hours {window} ({hours} h): {status}",
        .operatingCost: "Operating cost            ", .targetPenalties: "Target penalties          ",
        .targetPenaltiesNote: "missed targets; objective {objective}",
        .resource: "Resource", .kind: "Kind", .energyColumn: "Energy {unit}", .takenColumn: "Taken {unit}", .curtailedColumn: "Curtailed",
        .cyclesColumn: "Cycles", .hoursCalledColumn: "Hours called", .costColumn: "Cost EUR",
        .simultaneousLine: "{name}: hours with simultaneous charge and discharge {hours} (flows above {tolerance} of power)",
        .curtailmentLine: "Curtailment {kind}    {curtailed} ({share} of {available})",
        .utilisationLine: "Renewable utilisation     {value} (wind and solar absorbed ÷ available)",
        .nonHydroLine: "Non-hydro RE share        {value} of {load} load",
        .peakLoadLine: "Peak load                 {value}",
        .peakNetLoadLine: "Peak load net of wind and solar  {value} (load less wind and solar available)",
        .peakGeneratorsLine: "Peak demand seen by generators   {value} (thermal, hydro and imports: load less wind and solar absorbed, storage net discharge and DR)",
        .unservedLine: "Unserved energy           {value} in {hours} h", .surplusClause: "; undispatchable surplus {value}",
        .co2Line: "CO2                       {value} t", .meanPriceLine: "Mean marginal price       {value} EUR/MWh",
        .target: "Target", .required: "Required", .achieved: "Achieved", .status: "Status", .shortfall: "Shortfall", .shadowPrice: "Shadow price",
        .met: "met", .notMet: "NOT MET", .penaltyNote: "missed: this is the penalty, not a cost", .notLPRow: "not an LP row",
        .marginalHeading: "Marginal value of one more unit over the window (operating cost saved):",
        .marginalLine: "  {resource} {value} EUR per {unit}", .perEnergy: "MWh of energy", .perPower: "MW of power", .perCapacity: "MW",
        .solverLine: "Solver: {method}, {iterations} iterations; read {read}, build {build}, solve {solve}; LP {columns} columns × {rows} rows, {nonzeros} nonzeros",
        .solverNote: "  note: {note}", .dataNote: "Data: {note}", .assumptionLine: "Assumption {key} = {value}: {reason}",
        .planLine: "Plan {region} {year}: {document} [{status}]", .year: "Year", .qualifier: "Qualifier", .planFigure: "Plan figure",
        .caseValue: "Case value", .evaluation: "Evaluation", .firmness: "Firmness", .bindingColumn: "Binding", .carriedYear: "{year} (from {from})",
        .statusBy: "{status} by {amount}", .applied: "applied", .missed: "missed", .context: "context", .tested: "tested",
        .binding: "binding", .aspirational: "aspirational", .tight: "binding", .slack: "slack",
        .carriedFromLine: "    carried from {year}: no later figure in the plan",
        .planCounts: "Targets: {applied} applied, {tested} tested ({met} met), {context} context",
    ]

    static let chinese: [TextKey: String] = [
        .summaryCaseLine: "算例 {case}（{region}），第 {window} 小时（{hours} 小时）：{status}",
        .operatingCost: "运行成本  ", .targetPenalties: "目标惩罚  ", .targetPenaltiesNote: "未达目标；目标函数 {objective}",
        .resource: "资源", .kind: "类型", .energyColumn: "上网电量 {unit}", .takenColumn: "用电量 {unit}", .curtailedColumn: "弃电率",
        .cyclesColumn: "等效循环", .hoursCalledColumn: "调用小时", .costColumn: "成本 EUR",
        .simultaneousLine: "{name}：同时充放电 {hours} 小时（流量超过功率的 {tolerance}）",
        .curtailmentLine: "弃电 {kind}    {curtailed}（占可发电量 {available} 的 {share}）",
        .utilisationLine: "新能源利用率  {value}（风光消纳电量 ÷ 可发电量）",
        .nonHydroLine: "非水可再生能源电量占比  {value}（用电量 {load}）",
        .peakLoadLine: "最大负荷  {value}",
        .peakNetLoadLine: "扣除风光后的最大净负荷  {value}（负荷减风光可发电力）",
        .peakGeneratorsLine: "常规电源承担的最大负荷  {value}（火电、水电和外来电：负荷减风光消纳、储能净放电和需求响应）",
        .unservedLine: "缺供电量  {value}，{hours} 小时", .surplusClause: "；无法消纳的富余电量 {value}",
        .co2Line: "二氧化碳排放  {value} 吨", .meanPriceLine: "平均边际电价  {value} EUR/MWh",
        .target: "目标", .required: "要求值", .achieved: "实现值", .status: "状态", .shortfall: "缺口", .shadowPrice: "影子价格",
        .met: "达标", .notMet: "未达标", .penaltyNote: "未达标：此为惩罚价，不是成本", .notLPRow: "非线性规划约束",
        .marginalHeading: "窗口内每增加一个单位的边际价值（节省的运行成本）：",
        .marginalLine: "  {resource} 每{unit} {value} EUR", .perEnergy: "兆瓦时储能容量", .perPower: "兆瓦功率", .perCapacity: "兆瓦",
        .solverLine: "求解器：{method}，迭代 {iterations} 次；读取 {read}，建模 {build}，求解 {solve}；线性规划 {columns} 列 × {rows} 行，{nonzeros} 个非零元",
        .solverNote: "  注：{note}", .dataNote: "数据：{note}", .assumptionLine: "假设 {key} = {value}：{reason}",
        .planLine: "规划 {region} {year}：{document}［{status}］", .year: "年份", .qualifier: "限定词", .planFigure: "规划值",
        .caseValue: "算例值", .evaluation: "评估方式", .firmness: "约束性", .bindingColumn: "约束是否起作用", .carriedYear: "{year}（沿用 {from} 年）",
        .statusBy: "{status}，差 {amount}", .applied: "已采用", .missed: "未达标", .context: "背景", .tested: "已检验",
        .binding: "约束性", .aspirational: "力争", .tight: "起作用", .slack: "不起作用",
        .carriedFromLine: "    沿用 {year} 年数值：规划中没有更晚年份的数值",
        .planCounts: "目标：已采用 {applied} 项，已检验 {tested} 项（达标 {met} 项），背景 {context} 项",
    ]
}
