import GridModel
import PlanExtract

/// Extracts a small document, as `gridflex plan extract` would.
func extract(_ text: String) -> PlanDraft {
    PlanExtractor.extract(text, sourceFile: "test.txt", region: "test")
}

/// The only classified target of a one-figure document.
func single(_ text: String) -> PlanTarget? {
    let draft = extract(text)
    return draft.plan.targets.count == 1 ? draft.plan.targets[0] : nil
}
