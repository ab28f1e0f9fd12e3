/// The regional case file `gridflex case build` writes: the command line in its header, the regions, every corridor
/// of the bundle's links file with both ends among them, and the links' assumptions.
struct RegionalCaseText {
    let name: String
    let year: Int
    let commandLine: String
    let entries: [RegionEntry]
    let corridors: [ProvinceBundle.Corridor]
    let lossPerUnit: Double
    let wheelingEURPerMWh: Double

    func text() -> String {
        var file = YAMLLines()
        file.comment("Written by:")
        file.comment("  \(commandLine)")
        file.comment("Regions: ordinary case files, built from the data bundle into \(name)/ beside this file, or placed with --use;")
        file.comment("links: every corridor of \(ProvinceBundle.linksFile) with both ends among the regions.")
        file.add("name: \(name)")
        file.add("description: >")
        let codes = entries.map(\.code).joined(separator: ", ")
        let built = entries.filter { $0.placedFrom == nil }.count
        let placed = entries.compactMap { entry in entry.placedFrom.map { "\(entry.code) from \($0)" } }
        file.add("  \(codes) in \(year), each province on its own bus: \(built) built from the data bundle (\(name)/)"
                 + (placed.isEmpty ? "" : ", \(placed.joined(separator: ", "))") + ";")
        file.add("  \(corridors.count) \(corridors.count == 1 ? "corridor" : "corridors") of \(ProvinceBundle.linksFile).")
        file.add("hours: 1-8760")
        file.add("regions:")
        for entry in entries {
            guard let from = entry.placedFrom else {
                file.add("  - case: \(entry.path)")
                continue
            }
            file.add("  - case: \(entry.path)", "placed with --use \(entry.code)=\(from)")
            if !entry.without.isEmpty {
                file.add("    without: [\(entry.without.joined(separator: ", "))]", "its interconnectors: the links carry its trade with neighbours")
            }
        }
        file.add(corridors.isEmpty ? "links: []" : "links:")
        for corridor in corridors {
            file.add("  - name: \(corridor.from)-\(corridor.to)")
            file.add("    from: \(corridor.from)")
            file.add("    to: \(corridor.to)")
            file.add("    capacity_mw: \(Fields.format(corridor.capacityMW))", "\(ProvinceBundle.linksFile) line \(corridor.line), each way")
            file.add("    loss_per_unit: \(Fields.format(lossPerUnit))", "see assumptions")
            file.add("    wheeling_eur_per_mwh: \(Fields.format(wheelingEURPerMWh))", "see assumptions")
        }
        file.add("assumptions:")
        file.assumption("links.capacity_mw", "the file's one figure, each way",
                        "\(ProvinceBundle.linksFile) gives one undirected capacity per corridor; each direction may use all of it, as in PyPSA-China (p_min_pu = -1).")
        file.assumption("links.loss_per_unit", "\(Fields.format(lossPerUnit)) on every corridor",
                        "The bundle gives no losses; one screening figure for every corridor (gridflex case build --loss-per-unit; default \(Fields.format(RegionalCaseBuilder.defaultLossPerUnit)): a few per cent of the energy sent is typical of Chinese UHV AC and DC corridors of 1,000–2,000 km).")
        file.assumption("links.wheeling_eur_per_mwh", "\(Fields.format(wheelingEURPerMWh)) EUR/MWh on every corridor",
                        "The bundle gives no transmission charges; one screening figure for every corridor (gridflex case build --wheeling-eur-per-mwh; default \(Fields.format(RegionalCaseBuilder.defaultWheelingEURPerMWh)) EUR/MWh, about 40 CNY/MWh: Chinese inter-provincial transmission tariffs are a few fen per kWh).")
        for entry in entries where !entry.without.isEmpty {
            file.assumption("regions.\(entry.code).without", entry.without.joined(separator: ", "),
                            "The placed case's interconnector resources stand for trade with its neighbours, which this case's links carry; kept, they would count that trade twice. Trade with provinces outside this case is not modelled, as for the built provinces.")
        }
        return file.text
    }
}
