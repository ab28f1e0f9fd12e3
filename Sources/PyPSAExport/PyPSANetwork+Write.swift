import Foundation
import GridModel

extension PyPSANetwork {
    /// The PyPSA release whose CSV layout the folder follows (written to `network.csv`).
    public static let pypsaVersion = "1.4.0"
    /// The file name of the extra rows' data.
    public static let extraRowsFile = "gridflex_extra.json"
    /// The file name of the `extra_functionality` that adds them.
    public static let extraFunctionalityFile = "extra_functionality.py"

    /// Writes the network as a folder `pypsa.Network().import_from_csv_folder(DIR)` reads: `network.csv`, `snapshots.csv`,
    /// one CSV per component list and per time-varying attribute (`links.csv` for a regional network), plus
    /// `gridflex_extra.json` and `extra_functionality.py` for the rows PyPSA's components do not express.
    public func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        func save(_ text: String, _ name: String) throws {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        try save("name,pypsa_version\n\(caseName),\(Self.pypsaVersion)\n", "network.csv")
        try save("snapshot\n" + snapshots.map { "\($0)\n" }.joined(), "snapshots.csv")
        for table in tables where !table.rows.isEmpty {
            try save(staticCSV(table), "\(table.listName).csv")
            for (attribute, columns) in table.series.sorted(by: { $0.key < $1.key }) {
                try save(seriesCSV(columns), "\(table.listName)-\(attribute).csv")
            }
        }
        try JSONOutput.encoder().encode(extra).write(to: directory.appendingPathComponent(Self.extraRowsFile))
        let script = extra.regionalAdequacy == nil ? ExtraFunctionalityScript.source : ExtraFunctionalityScript.regionalSource
        try save(script, Self.extraFunctionalityFile)
    }

    /// `name,ATTRIBUTE,…` and one line per component; attributes a component does not set stay empty.
    func staticCSV(_ table: ComponentTable) -> String {
        var text = (["name"] + table.attributes).joined(separator: ",") + "\n"
        for row in table.rows {
            text += ([row.name] + table.attributes.map { row.values[$0]?.field ?? "" }).joined(separator: ",") + "\n"
        }
        return text
    }

    /// `snapshot,NAME,…` and one line per snapshot.
    func seriesCSV(_ columns: [(name: String, values: [Double])]) -> String {
        var text = (["snapshot"] + columns.map(\.name)).joined(separator: ",") + "\n"
        text.reserveCapacity(snapshots.count * (columns.count * 20 + 6))
        for (index, snapshot) in snapshots.enumerated() {
            text += "\(snapshot)"
            for column in columns { text += ",\(column.values[index])" }
            text += "\n"
        }
        return text
    }
}
