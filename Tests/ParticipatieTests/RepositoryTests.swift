import Foundation
import Testing

/// What the repository says about itself stays true: the README's list of checks is the list that
/// `scripts/test.sh` runs, in the same order.
@Suite("De repository")
struct RepositoryTests {
    static func text(_ relative: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relative), encoding: .utf8)
    }

    /// `(number, name)` for every match of `pattern` (two capture groups) in `text`.
    static func steps(_ text: some StringProtocol, _ pattern: String) throws -> [String] {
        let expression = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        let text = String(text)
        let whole = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: whole.length)).map {
            whole.substring(with: $0.range(at: 1)) + " " + whole.substring(with: $0.range(at: 2))
        }
    }

    @Test("de controles in de README staan in de volgorde waarin scripts/test.sh ze draait")
    func readmeListsTheChecksOfTheTestScript() throws {
        let script = try Self.text("scripts/test.sh")
        let readme = try Self.text("README.md")
        let section = try #require(
            readme.components(separatedBy: "\n## Controles\n").dropFirst().first?
                .components(separatedBy: "\n## ").first)
        let described = try Self.steps(script, #"^#   ([0-9]+)\. ([^:]+):"#)
        let run = try Self.steps(script, #"^step "([0-9]+) ([^:"]+)"#)
        let listed = try Self.steps(section, #"^([0-9]+)\. \*\*([^*]+)\*\*"#)
        #expect(described.count == 7)
        #expect(described.map { $0.split(separator: " ").first! } == (1...7).map { Substring(String($0)) })
        #expect(run == described)
        #expect(listed == described)
    }

    @Test(".ci/run draait precies het testcommando van de README")
    func ciRunsTheReadmeTestCommand() throws {
        let readme = try Self.text("README.md")
        #expect(readme.contains("scripts/test.sh           # draait alle tests"))
        #expect(try Self.text(".ci/run").hasSuffix("exec scripts/test.sh\n"))
    }
}
