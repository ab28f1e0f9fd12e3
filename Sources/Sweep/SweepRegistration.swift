/// What a results database knows of a sweep besides its results: where the case came from, the parameters,
/// the fixed options and every point planned, so that a merge can name the points no shard delivered.
public struct SweepRegistration: Sendable, Equatable {
    /// Fingerprint of the case and fixed options.
    public var caseHash: String
    /// The case file as given.
    public var caseFile: String
    /// The varied keys, in the order given.
    public var parameters: [String]
    /// The fixed options (`--set K=V`, `--hours A-B`) as written.
    public var fixedOptions: [String]
    /// The shard this database holds (`K/N`), nil for a whole sweep.
    public var shard: String?
    /// Every point of the whole sweep (not only this shard's), in solving order.
    public var plannedKeys: [String]

    /// A registration.
    public init(caseHash: String, caseFile: String, parameters: [String], fixedOptions: [String], shard: String?, plannedKeys: [String]) {
        self.caseHash = caseHash
        self.caseFile = caseFile
        self.parameters = parameters
        self.fixedOptions = fixedOptions
        self.shard = shard
        self.plannedKeys = plannedKeys
    }
}
