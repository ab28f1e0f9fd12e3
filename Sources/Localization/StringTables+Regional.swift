/// The strings of a regional solve (`solve` on a case with `regions:`), one table per language, merged into `StringTables`.
extension StringTables {
    static let englishRegional: [TextKey: String] = [
        .regCaseLine: "Regional case {case}: {regions} regions, {links} links, status {status}",
        .regTotalCost: "Total cost, the links' wheeling included: ",
        .regImportsNote: "Imports count toward no region's targets or adequacy row.",
        .regRegionHeading: "== Region {region} ==",
        .regLinksHeading: "== Links ==",
        .regLink: "link",
        .regCapacity: "capacity ({unit})",
        .regForward: "sent → ({unit})",
        .regBackward: "sent ← ({unit})",
        .regUtilisation: "use → / ←",
        .regHoursAtLimit: "hours at limit",
        .regRent: "congestion rent",
        .regGroupTargetsHeading: "== Targets over groups of regions ==",
        .rrGroupTargetsTitle: "Targets over groups of regions",
        .regGroupAccounting: "Region-group accounting (conservative): a group's share is its regions' own generation over their own consumption; "
            + "flows between its regions count nothing, imports from outside it count nothing.",
    ]

    static let chineseRegional: [TextKey: String] = [
        .regCaseLine: "区域算例 {case}：{regions} 个区域，{links} 条通道，状态 {status}",
        .regTotalCost: "总成本（含通道输电费）：",
        .regImportsNote: "受入电量不计入任何区域的目标或充裕度约束。",
        .regRegionHeading: "== 区域 {region} ==",
        .regLinksHeading: "== 跨区通道 ==",
        .regLink: "通道",
        .regCapacity: "容量（{unit}）",
        .regForward: "正向送电（{unit}）",
        .regBackward: "反向送电（{unit}）",
        .regUtilisation: "利用率 正/反",
        .regHoursAtLimit: "满载小时",
        .regRent: "阻塞盈余",
        .regGroupTargetsHeading: "== 区域组目标 ==",
        .rrGroupTargetsTitle: "区域组目标",
        .regGroupAccounting: "区域组核算（保守口径）：组内占比为组内各区域自身发电量除以其自身用电量；组内区域间的送受电不计，组外受入电量不计。",
    ]
}
