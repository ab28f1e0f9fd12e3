/// The strings of a regional solve's page (`solve --report` on a case with `regions:`), one table per language,
/// merged into `StringTables`.
extension StringTables {
    static let englishRegionalReport: [TextKey: String] = [
        .rrTitle: "{case}: regional dispatch and the flows between regions",
        .rrSubtitle: "Regions {regions} · links {links} · {hours} ({count} h) · solver status {status}",
        .rrFooter: "Written by gridflex solve --report from {file}. Self-contained: no scripts, fonts or links outside this file; charts are inline SVG.",
        .rrFactRegions: "Regions", .rrFactLinks: "Links", .rrFactTotalCost: "Total cost",
        .rrFactTotalCostValue: "{value} EUR, every region's operating cost and the links' wheeling",
        .rrRegionsTitle: "Regions", .rrRegion: "Region", .rrLoad: "Load ({unit})", .rrMeanPrice: "Mean marginal price (EUR/MWh)",
        .rrReceived: "Received over links ({unit})", .rrSent: "Sent over links ({unit})",
        .rrMapTitle: "Regions and links",
        .rrMapCaption: "Each circle is a region, with its mean marginal price (the mean of its hourly prices) and its load over the window. "
            + "Each line is a link, as wide as the energy it sent both ways, labelled with its net flow (the arrow points the way it went) and "
            + "the hours in which it ran at its limit; a label that would cover a region or another label is left out (the links table has every "
            + "link, and a line shows its numbers when the pointer rests on it). Positions are schematic, not geographic: regions few links apart "
            + "are drawn near each other.",
        .rrNodePrice: "{value} EUR/MWh", .rrNodeLoad: "load {value}",
        .rrNodeDetail: "{region} ({case}): mean marginal price {price} EUR/MWh, load {load}",
        .rrEdgeNet: "net {value}", .rrEdgeLimit: "{hours} h at limit",
        .rrEdgeDetail: "{link}: {from} → {to} {forward}, {to} → {from} {backward}; {hours} h at limit; congestion rent {rent} EUR",
        .rrLinksTitle: "Links", .rrLink: "Link", .rrCapacityForward: "Capacity → ({unit})", .rrCapacityBackward: "Capacity ← ({unit})",
        .rrSentForward: "Sent → ({unit})", .rrSentBackward: "Sent ← ({unit})", .rrUtilisation: "Use → / ←", .rrHoursAtLimit: "Hours at limit",
        .rrRent: "Congestion rent (EUR)", .rrLosses: "Losses ({unit})", .rrWheeling: "Wheeling (EUR)",
        .rrLinksNote: "A link named A-B runs A → B forward; another name is followed by its two ends. "
            + "Use is the energy sent over what the capacity could have sent in the window. "
            + "Congestion rent is what the receiving ends paid for the energy delivered less what the sending ends were paid for it and the wheeling, "
            + "at the hourly marginal prices; it is zero when a link never binds. Imports count toward no region's targets or adequacy row.",
        .rrNoLinks: "The case has no links.",
        .rrDurationTitle: "Net flow duration: {link}", .rrAxisNetFlow: "Net flow {from} → {to}",
        .rrDurationCaption: "Hourly net flow (sent {from} → {to} less sent {to} → {from}) sorted from highest to lowest; below zero it runs {to} → {from}. "
            + "Capacity {forward} → and {backward} ←.",
        .rrRegionTitle: "Region {region}",
        .rrRegionIntro: "{case}: mean marginal price {price} EUR/MWh, load {load}, operating cost {cost} M EUR; received over links {received}, sent {sent}. "
            + "The sections below are this region's own report; its dispatch charts show the links' imports and exports as layers.",
        .rrRegionContents: "Sections of region {region}",
        .rrRegionSection: "{region} · {title}",
        .rrSolverTitle: "Solver (the whole LP)",
    ]

    static let chineseRegionalReport: [TextKey: String] = [
        .rrTitle: "{case}：区域调度与跨区电力流",
        .rrSubtitle: "{regions} 个区域 · {links} 条通道 · {hours}（{count} 小时）· 求解状态 {status}",
        .rrFooter: "由 gridflex solve --report 根据 {file} 生成。单文件：无脚本、字体或外部链接；图表为内嵌 SVG。",
        .rrFactRegions: "区域", .rrFactLinks: "通道", .rrFactTotalCost: "总成本",
        .rrFactTotalCostValue: "{value} EUR，含各区域运行成本与通道输电费",
        .rrRegionsTitle: "区域", .rrRegion: "区域", .rrLoad: "用电量（{unit}）", .rrMeanPrice: "平均边际电价（EUR/MWh）",
        .rrReceived: "跨区受入（{unit}）", .rrSent: "跨区送出（{unit}）",
        .rrMapTitle: "区域与通道",
        .rrMapCaption: "每个圆代表一个区域，标注其平均边际电价（逐时电价的平均值）和窗口内用电量。"
            + "每条线代表一条通道，线宽与双向送电量成正比，标注净送电量（箭头指示方向）和满载小时数；会遮挡区域或其他标注的标注不予显示"
            + "（通道表列出全部通道，鼠标停在线上时显示其数值）。位置为示意，并非地理位置：相隔通道较少的区域画得较近。",
        .rrNodePrice: "{value} EUR/MWh", .rrNodeLoad: "用电 {value}",
        .rrNodeDetail: "{region}（{case}）：平均边际电价 {price} EUR/MWh，用电量 {load}",
        .rrEdgeNet: "净 {value}", .rrEdgeLimit: "满载 {hours} 小时",
        .rrEdgeDetail: "{link}：{from} → {to} {forward}，{to} → {from} {backward}；满载 {hours} 小时；阻塞盈余 {rent} EUR",
        .rrLinksTitle: "跨区通道", .rrLink: "通道", .rrCapacityForward: "容量 →（{unit}）", .rrCapacityBackward: "容量 ←（{unit}）",
        .rrSentForward: "送电 →（{unit}）", .rrSentBackward: "送电 ←（{unit}）", .rrUtilisation: "利用率 → / ←", .rrHoursAtLimit: "满载小时",
        .rrRent: "阻塞盈余（EUR）", .rrLosses: "损耗（{unit}）", .rrWheeling: "输电费（EUR）",
        .rrLinksNote: "名为 A-B 的通道正向为 A → B；其他名称的通道在名称后注明两端。利用率为送电量与窗口内容量可送电量之比。"
            + "阻塞盈余为受端为所受电量支付的费用减去送端所得与输电费，按逐时边际电价计算；通道从未满载时为零。受入电量不计入任何区域的目标或充裕度约束。",
        .rrNoLinks: "该算例没有跨区通道。",
        .rrDurationTitle: "净送电持续曲线：{link}", .rrAxisNetFlow: "净送电 {from} → {to}",
        .rrDurationCaption: "逐时净送电（{from} → {to} 送电减 {to} → {from} 送电）从高到低排序；小于零时为 {to} → {from}。容量 → {forward}，← {backward}。",
        .rrRegionTitle: "区域 {region}",
        .rrRegionIntro: "{case}：平均边际电价 {price} EUR/MWh，用电量 {load}，运行成本 {cost} 百万欧元；跨区受入 {received}，送出 {sent}。"
            + "以下各节为该区域自身的报告；其调度图将通道的受入与送出显示为图层。",
        .rrRegionContents: "区域 {region} 的各节",
        .rrRegionSection: "{region} · {title}",
        .rrSolverTitle: "求解器（整个线性规划）",
    ]
}
