import GridModel

/// The keyword rules, per unit, first match wins. Words are simplified Chinese (the traditional text is mapped
/// to simplified before matching).
enum TopicRules {
    static let importWords = ["外电", "区外", "西电东送", "外来电", "外购电", "入省", "送电", "受电", "通道", "特高压", "直流"]
    static let renewableWords = ["风电", "光伏", "新能源", "可再生能源", "清洁能源", "太阳能", "风能", "水能", "绿色电力", "绿电"]
    static let powerWords = ["电力", "电量", "电网", "发电", "装机", "储能", "负荷", "电能", "用电", "电源"]

    static let nonFossilReason = "Non-fossil share of ALL primary energy consumption (industry fuels, transport, heat as well as power), not a share of electricity; the dispatch LP only sees the power sector."

    /// Shares (%).
    static let shares: [TopicRule] = [
        TopicRule([["全额消纳"], renewableWords], Topic(name: "re_utilisation", kind: .renewableUtilisation,
                                                  guess: "全额消纳 (absorb in full) read as utilisation of 1 (no curtailment)")),
        TopicRule([["响应", "可中断负荷", "可调节负荷"], ["负荷"]], Topic(name: "dr", kind: .drShareOfPeak)),
        TopicRule([["非水可再生能源"], ["消纳", "比重", "权重"]], Topic(name: "non_hydro_re_share", kind: .nonHydroRenewableShare)),
        TopicRule([importWords, ["可再生能源", "清洁能源", "绿色电力", "绿电"], ["比例", "比重", "占比"]],
                  Topic(name: "import_re_share", kind: .importRenewableShare)),
        TopicRule([["利用率", "消纳率"], renewableWords], Topic(name: "re_utilisation", kind: .renewableUtilisation)),
        TopicRule([["弃风", "弃光", "弃电", "弃水"]],
                  Topic(name: "curtailment_rate", kind: .context,
                        contextReason: "A curtailment rate; as renewable_utilisation it is 1 minus this rate, with the qualifier reversed.")),
        TopicRule([["非化石能源"], ["比重", "占比", "比例"]], Topic(name: "non_fossil_share", kind: .context, contextReason: nonFossilReason)),
        TopicRule([["可再生能源电力消纳", "可再生能源消纳"], ["比重", "权重"]],
                  Topic(name: "re_consumption_share", kind: .context,
                        contextReason: "Renewable share of consumption including hydro; plan files have a kind only for the non-hydro share.")),
        TopicRule([["电力消费比重", "电能占终端", "电能消费比重", "电力消耗占比", "电气化率", "电能占"]],
                  Topic(name: "electricity_share", kind: .context,
                        contextReason: "Electricity share of energy consumption (electrification); it implies load growth but gives no MWh, and load is an external input to the LP.")),
        TopicRule([["光伏覆盖率", "屋顶光伏"]],
                  Topic(name: "rooftop_pv_share", kind: .context,
                        contextReason: "Share of buildings with rooftop PV, not a capacity in MW; it gives no number the LP can use.")),
        TopicRule([["装机"], ["比重", "占比", "比例"]],
                  Topic(name: "capacity_share", kind: .context,
                        contextReason: "A share of installed capacity; the LP needs capacities in MW.")),
    ]

    /// Power (MW).
    static let power: [TopicRule] = [
        TopicRule([importWords], Topic(name: "import_capacity", kind: .context,
                                       contextReason: "Import or transmission capacity; set it on the case's interconnector.")),
        TopicRule([["需求响应", "需求侧响应", "可中断负荷", "可调节负荷", "虚拟电厂"]],
                  Topic(name: "dr_capacity", kind: .context,
                        contextReason: "Demand-response capability in MW; size the case's curtailable load to it.")),
        TopicRule([["抽水蓄能"]], Topic(name: "pumped_hydro", kind: .capacity, resources: ["pumped_hydro"])),
        TopicRule([["新型储能", "电化学储能"]], Topic(name: "new_storage", kind: .capacity, resources: ["new_storage"])),
        TopicRule([["储能"]], Topic(name: "new_storage", kind: .capacity, resources: ["new_storage"],
                                  guess: "储能 (storage) without 新型 or 抽水 read as new-type storage")),
        TopicRule([["风电", "风力发电"], ["光伏", "太阳能"]], Topic(name: "wind_solar", kind: .capacity, resources: ["wind_solar"])),
        TopicRule([["风光"]], Topic(name: "wind_solar", kind: .capacity, resources: ["wind_solar"])),
        TopicRule([["海上风电"]], Topic(name: "offwind", kind: .capacity, resources: ["offwind"])),
        TopicRule([["陆上风电"]], Topic(name: "onwind", kind: .capacity, resources: ["onwind"])),
        TopicRule([["风电", "风力发电"]], Topic(name: "wind", kind: .capacity, resources: ["wind"])),
        TopicRule([["光伏", "太阳能"]], Topic(name: "solar", kind: .capacity, resources: ["solar"])),
        TopicRule([["新能源"]], Topic(name: "new_energy", kind: .capacity, resources: ["wind_solar"],
                                   guess: "新能源 (new energy) read as wind + solar, its usual meaning in power statistics")),
        TopicRule([["可再生能源"]], Topic(name: "renewables", kind: .capacity, resources: ["renewables"])),
        TopicRule([["清洁能源"]], Topic(name: "clean_energy", kind: .capacity, resources: ["renewables"],
                                    guess: "清洁能源 (clean energy) read as renewables; it may also include gas or nuclear")),
        TopicRule([["非化石能源"]], Topic(name: "non_fossil", kind: .capacity, resources: ["renewables"],
                                     guess: "非化石能源 (non-fossil) read as renewables; it also includes nuclear")),
        TopicRule([["水电"]], Topic(name: "hydro", kind: .capacity, resources: ["hydro"])),
        TopicRule([["气电", "燃气发电", "天然气发电", "燃气电", "燃机", "燃气机组"]], Topic(name: "gas", kind: .capacity, resources: ["gas"])),
        TopicRule([["核电"]], Topic(name: "nuclear", kind: .capacity, resources: ["nuclear"])),
        TopicRule([["生物质", "垃圾发电", "垃圾焚烧"]], Topic(name: "biomass", kind: .capacity, resources: ["biomass"])),
        TopicRule([["煤电", "燃煤"]], Topic(name: "coal", kind: .capacity, resources: ["coal"])),
        TopicRule([["火电"]], Topic(name: "coal", kind: .capacity, resources: ["coal"], guess: "火电 (thermal) read as coal; it may include gas")),
    ]

    /// Energy (MWh).
    static let energy: [TopicRule] = [
        TopicRule([importWords], Topic(name: "import_energy", kind: .context,
                                       contextReason: "Imported energy per year; interconnector size and profile are case inputs.")),
        TopicRule([["全社会用电量"]], Topic(name: "consumption", kind: .context,
                                      contextReason: "Annual electricity consumption; load is an external input to the LP.")),
        TopicRule([["发电量"]], Topic(name: "generation", kind: .context,
                                   contextReason: "Annual generation; the LP computes generation rather than taking it as an input.")),
        TopicRule([["储能"]], Topic(name: "storage_energy", kind: .context,
                                  contextReason: "Storage energy (MWh); set it as the case's storage duration.")),
    ]

    /// Coal rate (g/kWh).
    static let coalRate: [TopicRule] = [
        TopicRule([["煤耗"]], Topic(name: "coal_supply_rate", kind: .context,
                                  contextReason: "A fleet-average coal rate: an efficiency parameter of the coal units, not a dispatch constraint.")),
    ]

    /// 风电 read as onshore wind when the document never mentions offshore wind (海上).
    static let onshoreWind = Topic(name: "onwind", kind: .capacity, resources: ["onwind"],
                                   guess: "风电 (wind) read as onshore: the document never mentions offshore (海上) wind")

    /// Words that qualify a figure without naming what it is about: a clause of only these (「力争达到300万千瓦左右」)
    /// carries its subject from the clause before.
    static let subjectlessWords = ["力争", "分别", "达到", "突破", "不低于", "不超过", "建成", "提高到", "提升至", "其中", "到", "达", "、", " "]

    /// A figure's size class (百万千瓦级).
    static let sizeClass = Topic(name: "size_class", kind: .context,
                                 contextReason: "Size class of each project (e.g. million-kW class), not a total; it implies no capacity the LP can use.")

    /// The rules for a unit.
    static func rules(for unit: FigureUnit) -> [TopicRule] {
        switch unit {
        case .megawatt: power
        case .megawattHour: energy
        case .fraction: shares
        case .gramsPerKilowattHour: coalRate
        }
    }

    /// Whether a share with no rule still concerns the power system, and so is listed as unclassified.
    static func concernsPower(_ text: [Character], in range: Range<Int>) -> Bool {
        powerWords.contains { text.contains($0, in: range) }
    }
}
