import Foundation
import Scenario

/// FNV-1a, 64 bits: a fast, stable, non-cryptographic hash (it only has to notice that an input changed).
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        value = hash
    }

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
    }

    /// Adds a labelled field: its label, its length and its bytes, so that fields cannot run into each other.
    mutating func add(field label: String, _ data: Data) {
        add(Data("\(label)\u{0}\(data.count)\u{0}".utf8))
        add(data)
    }

    /// The hash as 16 hexadecimal digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// The hash of everything a sweep's results depend on besides the varied parameters: the case file, its plan
/// file, the bytes of every data file its series read, and the fixed options (`--set`, `--hours`). A stored
/// point is reused by `--resume` only under the same hash.
public enum CaseFingerprint {
    /// Bumped when the meaning of a stored result changes, so that old results are not reused.
    static let formatVersion = "gridflex-sweep-1"

    /// The hash, 16 hexadecimal digits.
    public static func hash(sources: CaseSources, dataDirectory: URL, fixedOptions: [String]) throws(SweepInputError) -> String {
        var hash = FNV1a64()
        hash.add(field: "format", Data(formatVersion.utf8))
        try add(sources, as: "case", to: &hash)
        try add(data: sources.dataFiles, dataDirectory: dataDirectory, to: &hash)
        for option in fixedOptions { hash.add(field: "option", Data(option.utf8)) }
        return hash.hex
    }

    /// The hash of a regional case: the regional file, each region's case file and plan file, every data file the
    /// regions and the regional file's own series (link flow profiles) read (once, however many read it), then the
    /// fixed options.
    public static func hash(regionalFile: String, regions: [CaseSources], dataDirectory: URL, fixedOptions: [String]) throws(SweepInputError) -> String {
        var hash = FNV1a64()
        hash.add(field: "format", Data("\(formatVersion)-regional".utf8))
        hash.add(field: "regional case", try read(regionalFile))
        for region in regions { try add(region, as: "region", to: &hash) }
        let own: [String]
        do {
            own = try CaseSources(casePath: regionalFile).dataFiles
        } catch {
            throw SweepInputError(flag: regionalFile, message: "cannot read the regional file to fingerprint the case: \(error)")
        }
        try add(data: Set(regions.flatMap(\.dataFiles) + own).sorted(), dataDirectory: dataDirectory, to: &hash)
        for option in fixedOptions { hash.add(field: "option", Data(option.utf8)) }
        return hash.hex
    }

    /// Adds a case file (labelled `label`) and its plan file.
    private static func add(_ sources: CaseSources, as label: String, to hash: inout FNV1a64) throws(SweepInputError) {
        hash.add(field: label, try read(sources.caseFile))
        if let plan = sources.planFile { hash.add(field: "plan", try read(plan)) }
    }

    /// Adds data files, relative to the data directory, in the order given.
    private static func add(data files: [String], dataDirectory: URL, to hash: inout FNV1a64) throws(SweepInputError) {
        for file in files { hash.add(field: "data:\(file)", try read(dataDirectory.appendingPathComponent(file).path)) }
    }

    private static func read(_ path: String) throws(SweepInputError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw SweepInputError(flag: path, message: "cannot read the file to fingerprint the case: \(error.localizedDescription)")
        }
    }
}
