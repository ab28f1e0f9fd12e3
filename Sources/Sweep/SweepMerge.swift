import Foundation

/// Joins the databases of a sweep's shards into one and checks that every planned point is there exactly once.
public enum SweepMerge {
    /// What a merge found.
    public struct Outcome: Sendable {
        /// The sweep merged (planned points from every input).
        public var registration: SweepRegistration
        /// Points in the merged database for this sweep.
        public var stored: Int
        /// Planned points no input holds, in solving order.
        public var missing: [String]
        /// Points more than one input holds, with the inputs (the first copy is kept).
        public var duplicates: [(key: String, inputs: [String])]

        /// Whether every planned point is there exactly once.
        public var isComplete: Bool { missing.isEmpty && duplicates.isEmpty }
    }

    /// Merges `inputs` into `output` (created when missing; points it already holds are kept). Inputs are opened
    /// read-only: nothing is ever written to them.
    public static func merge(inputs: [String], into output: String) throws(SweepInputError) -> Outcome {
        guard !inputs.isEmpty else { throw SweepInputError(flag: "gridflex sweep merge", message: "name the shard databases to merge after OUT.sqlite") }
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        var stores: [SweepStore] = []
        for input in inputs {
            guard FileManager.default.fileExists(atPath: input) else { throw SweepInputError(flag: input, message: "no such database file") }
            guard URL(fileURLWithPath: input).standardizedFileURL != outputURL else {
                throw SweepInputError(flag: input, message: "is also the output; merge into a new file")
            }
            stores.append(try opened(input))
        }
        let caseHash = try commonCaseHash(stores)
        var registration: SweepRegistration?
        var planned: [String] = [], plannedSet = Set<String>()
        var holders: [String: [String]] = [:]
        var records: [SweepRecord] = []
        for store in stores {
            let found: SweepRegistration?, stored: [SweepRecord]
            do {
                found = try store.registration(caseHash: caseHash)
                stored = try store.records(caseHash: caseHash)
            } catch {
                throw SweepInputError(flag: store.path, message: error.message)
            }
            if let found {
                if registration == nil { registration = found }
                for key in found.plannedKeys where plannedSet.insert(key).inserted { planned.append(key) }
            }
            for record in stored {
                if holders[record.point.key] == nil { records.append(record) }
                holders[record.point.key, default: []].append(store.path)
            }
        }
        guard var merged = registration else {
            throw SweepInputError(flag: inputs[0], message: "holds results but no sweep registration; it was not written by gridflex sweep")
        }
        merged.shard = nil
        merged.plannedKeys = planned
        do {
            let target = try SweepStore(path: output)
            try target.register(merged)
            try target.insert(contentsOf: records)
            let stored = try target.storedKeys(caseHash: caseHash)
            return Outcome(registration: merged, stored: stored.count, missing: planned.filter { !stored.contains($0) },
                           duplicates: records.compactMap { record in
                               let inputs = holders[record.point.key, default: []]
                               return inputs.count > 1 ? (record.point.key, inputs) : nil
                           })
        } catch {
            throw SweepInputError(flag: output, message: error.message)
        }
    }

    private static func opened(_ path: String) throws(SweepInputError) -> SweepStore {
        do {
            return try SweepStore(readingFrom: path)
        } catch {
            throw SweepInputError(flag: path, message: error.message)
        }
    }

    /// The one case fingerprint every input holds a sweep of.
    private static func commonCaseHash(_ stores: [SweepStore]) throws(SweepInputError) -> String {
        var common: Set<String>?
        var all: [String: [String]] = [:]
        for store in stores {
            let hashes: [String]
            do { hashes = try store.caseHashes() } catch { throw SweepInputError(flag: store.path, message: error.message) }
            for hash in hashes { all[hash, default: []].append(store.path) }
            common = common.map { $0.intersection(hashes) } ?? Set(hashes)
        }
        guard let shared = common, shared.count == 1, let hash = shared.first else {
            let listing = all.keys.sorted().map { "\($0) in \(all[$0, default: []].joined(separator: ", "))" }.joined(separator: "; ")
            throw SweepInputError(flag: "gridflex sweep merge", message: "the inputs must hold one sweep of one case (same case files, data and fixed options); "
                                  + "found \(all.isEmpty ? "none" : listing)")
        }
        return hash
    }
}
