import GridModel

extension RegionalDecomposition {
    /// Whether a regional case is solved as one LP or window by window (`--decompose`).
    public enum Choice: String, Sendable, CaseIterable {
        /// Window by window when the case is too large for one LP (``RegionalDecomposition/isTooLargeForOneLP(_:)``).
        case auto
        /// One LP.
        case never
        /// One LP per week.
        case weeks

        /// Whether `source` is solved window by window under this choice.
        public func solvesByWindows(_ source: RegionalCase) -> Bool {
            self == .weeks || (self == .auto && RegionalDecomposition.isTooLargeForOneLP(source))
        }
    }
}
