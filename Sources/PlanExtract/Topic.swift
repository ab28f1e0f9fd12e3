import GridModel

/// What a figure is about: the plan kind and resource group it maps to, found from keywords in its clause.
struct Topic: Sendable, Equatable {
    /// Short name used in target ids (`pumped_hydro`, `dr`, `non_fossil_share`, …).
    let name: String
    /// Plan kind.
    let kind: PlanTarget.Kind
    /// Resource group for capacity targets.
    let resources: [String]
    /// For `context`: why the dispatch LP cannot use it.
    let contextReason: String?
    /// Why the mapping is a reading rather than what the text says, when it is one (lowers the confidence).
    let guess: String?

    /// A topic.
    init(name: String, kind: PlanTarget.Kind, resources: [String] = [], contextReason: String? = nil, guess: String? = nil) {
        self.name = name
        self.kind = kind
        self.resources = resources
        self.contextReason = contextReason
        self.guess = guess
    }
}

/// A keyword rule: every group must have one of its words in the clause (simplified text).
struct TopicRule: Sendable {
    /// Groups of alternative words; all groups must match.
    let words: [[String]]
    /// What it maps to.
    let topic: Topic

    init(_ words: [[String]], _ topic: Topic) {
        self.words = words
        self.topic = topic
    }

    func matches(_ text: [Character], in range: Range<Int>) -> Bool {
        words.allSatisfy { group in group.contains { text.contains($0, in: range) } }
    }
}
