extension StringTables {
    /// The sweep page and its frontier charts.
    static let englishSweep: [TextKey: String] = [
        .swTitle: "Sweep of {parameters}", .swSubtitle: "{case} · {stored} of {planned} points stored",
        .swFooter: "Written by gridflex sweep from {database}. Self-contained: no scripts, fonts or links outside this file.",
        .swSection: "Sweep", .swCaseFile: "Case file", .swFingerprint: "Case fingerprint", .swVaried: "Varied",
        .swVariedValue: "{key} ({unit}): {count} values, {first} to {last}", .swFixed: "Fixed options", .swNone: "none",
        .swPoints: "Points", .swPointsValue: "{stored} stored of {planned} planned; {solved} with a solution", .swSolves: "Solves",
        .swSolvesValue: "{warm} warm (from the previous point's basis), {cold} cold; {seconds} s in the solver", .swShard: "Shard",
        .swFrontier: "Frontier", .swCurtailment: "Curtailment",
        .swCurtailmentCaption: "Curtailed share of available wind and solar energy at each point. {caption}",
        .swCost: "Operating cost", .swCostCaption: "Objective less target penalties, million EUR (2020 money). {caption}",
        .swStatus: "Status", .swObjective: "Objective (M EUR)", .swCurtailmentEnergy: "Curtailment ({unit})", .swCurtailmentShare: "Curtailment (%)",
        .swUnserved: "Unserved ({unit})", .swNonHydro: "Non-hydro RE share (%)", .swCO2: "CO2 (Mt)",
        .swPeakNetLoad: "Peak net load after flex ({unit})", .swStart: "Start", .swSeconds: "Seconds", .swNote: "Note",
        .swWarm: "warm", .swCold: "cold", .swChartCurtailment: "Curtailment against {key}", .swAxisCurtailmentUnit: "% of available wind and solar",
        .swChartCost: "Operating cost against {key}", .swAxisCostUnit: "million EUR", .swNoParameter: "No parameter was varied.",
        .swAllPoints: "all points", .swDrawn: "{shown} of {total} points drawn",
        .swLeftOut: "points without a solution or with a non-numeric {key} are left out", .swHeld: "held at their lowest value: {list}",
        .swChartFileTitle: "{case}: sweep of {parameters}",
    ]

    /// The sweep page and its frontier charts, in Chinese.
    static let chineseSweep: [TextKey: String] = [
        .swTitle: "参数扫描：{parameters}", .swSubtitle: "{case} · 已存 {stored} / {planned} 个点",
        .swFooter: "由 gridflex sweep 依据 {database} 生成。自包含：无脚本、字体或外部链接。",
        .swSection: "扫描", .swCaseFile: "算例文件", .swFingerprint: "算例指纹", .swVaried: "扫描参数",
        .swVariedValue: "{key}（{unit}）：{count} 个取值，{first} 至 {last}", .swFixed: "固定选项", .swNone: "无",
        .swPoints: "计算点", .swPointsValue: "计划 {planned} 个，已存 {stored} 个；{solved} 个有解", .swSolves: "求解",
        .swSolvesValue: "{warm} 次热启动（自上一点的基），{cold} 次冷启动；求解器用时 {seconds} 秒", .swShard: "分片",
        .swFrontier: "前沿曲线", .swCurtailment: "弃电率",
        .swCurtailmentCaption: "各点弃风弃光电量占风光可发电量的比例。{caption}",
        .swCost: "运行成本", .swCostCaption: "目标函数减去目标罚金，百万欧元（2020 年币值）。{caption}",
        .swStatus: "状态", .swObjective: "目标函数（百万欧元）", .swCurtailmentEnergy: "弃电量（{unit}）", .swCurtailmentShare: "弃电率（%）",
        .swUnserved: "缺供电量（{unit}）", .swNonHydro: "非水可再生能源占比（%）", .swCO2: "二氧化碳（百万吨）",
        .swPeakNetLoad: "计及灵活性后最大净负荷（{unit}）", .swStart: "启动方式", .swSeconds: "秒", .swNote: "说明",
        .swWarm: "热启动", .swCold: "冷启动", .swChartCurtailment: "弃电率随 {key} 的变化", .swAxisCurtailmentUnit: "占风光可发电量的 %",
        .swChartCost: "运行成本随 {key} 的变化", .swAxisCostUnit: "百万欧元", .swNoParameter: "未扫描任何参数。",
        .swAllPoints: "全部点", .swDrawn: "绘出 {total} 个点中的 {shown} 个",
        .swLeftOut: "无解或 {key} 非数值的点未绘出", .swHeld: "固定为最小值：{list}",
        .swChartFileTitle: "{case}：参数扫描 {parameters}",
    ]
}
