import ParticipatieModel
/// The checks of ``YAMLComposer`` on their own: anchors, aliases, tags and deep nesting.
enum YAMLPrescan {
    struct Problem: Equatable {
        let message: String
        /// 1-based line and column (in Unicode scalars) within the YAML block.
        let line: Int
        let column: Int
    }

    /// The first refused construct of `yaml`, or `nil` (also for a syntax error, which Yams reports).
    static func check(_ yaml: String, depthLimit: Int) -> Problem? {
        if case .problem(let problem) = YAMLComposer.compose(yaml, depthLimit: depthLimit) { return problem }
        return nil
    }
}
