@testable import ParticipatieReading

/// What the composer gives, as one line of text that compares in full: the tree with every text,
/// style and position, or the problem as `line:column: message`.
enum Reading {
    static func outcome(_ yaml: String, firstLine: Int = 2, depthLimit: Int = 32) -> String {
        switch YAMLComposer.compose(yaml, firstLine: firstLine, depthLimit: depthLimit) {
        case .success(let root): dump(root)
        case .failure(let problem): "\(problem.line):\(problem.column): \(Message.yaml( problem))"
        }
    }

    /// The tree as text, in the form the old tests used.
    static func dump(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        let at = "@\(node.position.line):\(node.position.column)"
        switch node {
        case .scalar(let scalar): return "\(scalar.text.debugDescription)/\(scalar.style)\(at)"
        case .sequence(let items, _): return "[" + items.map(dump).joined(separator: ", ") + "]" + at
        case .mapping(let pairs, _): return "{" + pairs.map { dump($0.key) + ": " + dump($0.value) }.joined(separator: ", ") + "}" + at
        }
    }
}
