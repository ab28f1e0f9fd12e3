extension StringTables {
    /// `gridflex invest`: its text, page and workbook.
    static let englishInvestment: [TextKey: String] = [
        .invHeading: "Investment {case} ({hours} h): least-cost portfolio against the plan's (the case as written); capital annualised at {rate}",
        .invProrated: "Capital prorated to the window: {share} of a year's annualised cost",
        .invOptimalityGap: "Least cost within {gap} (relative): the interior point stopped before proving optimality, and its duality gap bounds how far the portfolio's objective is above the least cost",
        .invCandidate: "Candidate", .invPlan: "Plan", .invOptimum: "Least cost", .invLimits: "Limits", .invAtMin: "at its least", .invAtMax: "at its largest",
        .invRetrofit: "retrofit", .invCapital: "Capital plan → least cost", .invCostSource: "Cost from",
        .invEnergyLine: "energy {plan} → {optimum} {unit} ({hours} h at least cost)",
        .invCapitalRow: "Capital", .invOperatingRow: "Operating", .invPenaltyRow: "Penalties", .invTotalRow: "Total over the window",
        .invAnnualRow: "Total per year", .invPerPoint: "{value} EUR per percentage point", .invPerTonne: "{value} EUR/t",
        .invAdequacyLine: "Adequacy at least cost: {status}, shortfall {shortfall} {unit}; one more firm MW required in every hour costs {price} EUR/MW-year",
        .invGapLine: "Gap, plan − least cost: {total}", .invGapCapital: "Capital {name}",
        .invReportTitle: "Least-cost flexibility portfolio against the plan", .invReportSubtitle: "Case {case}, {hours} h",
        .invComparisonTitle: "Plan against least cost", .invCostsTitle: "Costs over the window", .invTargetsTitle: "Targets and shadow prices",
        .invGapTitle: "What the gap is made of", .invChartTitle: "Candidate capacity: plan and least cost", .invAxisCapacity: "Capacity",
        .invChartCaption: "Each candidate's power in the plan (the case as written) and in the least-cost portfolio.",
        .invGapNote: "The gap is the plan's total cost less the least-cost total over the window; penalties are prices for missed targets, not real costs.",
        .invFooter: "Written by gridflex invest. Money in EUR 2020.", .invItem: "Item", .invEUR: "EUR",
    ]

    /// `gridflex invest` in Chinese.
    static let chineseInvestment: [TextKey: String] = [
        .invHeading: "投资优化 {case}（{hours} 小时）：最低成本组合与规划组合（案例原值）对比；资本按 {rate} 折现率年化",
        .invProrated: "资本按时段折算：年化成本的 {share}",
        .invOptimalityGap: "距最低成本在 {gap}（相对）以内：内点法在证明最优之前停止，其对偶间隙给出该组合目标值高出最低成本的上限",
        .invCandidate: "候选项", .invPlan: "规划", .invOptimum: "最低成本", .invLimits: "上下限", .invAtMin: "达下限", .invAtMax: "达上限",
        .invRetrofit: "灵活性改造", .invCapital: "资本 规划 → 最低成本", .invCostSource: "成本来源",
        .invEnergyLine: "储能容量 {plan} → {optimum} {unit}（最低成本下 {hours} 小时）",
        .invCapitalRow: "资本", .invOperatingRow: "运行", .invPenaltyRow: "罚金", .invTotalRow: "时段内总成本",
        .invAnnualRow: "年总成本", .invPerPoint: "每百分点 {value} 欧元", .invPerTonne: "{value} 欧元/吨",
        .invAdequacyLine: "最低成本下的充裕度：{status}，缺额 {shortfall} {unit}；每小时多要求 1 兆瓦可靠容量的成本为 {price} 欧元/兆瓦·年",
        .invGapLine: "差额（规划 − 最低成本）：{total}", .invGapCapital: "资本 {name}",
        .invReportTitle: "最低成本灵活性组合与规划对比", .invReportSubtitle: "案例 {case}，{hours} 小时",
        .invComparisonTitle: "规划与最低成本", .invCostsTitle: "时段内成本", .invTargetsTitle: "目标与影子价格",
        .invGapTitle: "差额的构成", .invChartTitle: "候选容量：规划与最低成本", .invAxisCapacity: "容量",
        .invChartCaption: "各候选项在规划（案例原值）与最低成本组合中的功率。",
        .invGapNote: "差额为规划总成本减最低成本总成本（时段内）；罚金是未达标的价格，不是实际成本。",
        .invFooter: "由 gridflex invest 生成。货币单位为 2020 年欧元。", .invItem: "项目", .invEUR: "欧元",
    ]
}
