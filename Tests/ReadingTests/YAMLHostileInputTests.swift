import Testing

@testable import ParticipatieReading

/// Front matter made to be slow or to crash: refused with the right problem, and large ordinary front matter
/// read whole. No durations are measured here (tests run on a shared machine): `bench/run.sh --lineair`
/// shows how the time grows with the size.
@Suite("Vijandige front matter")
struct YAMLHostileInputTests {
    static let header = "soort: bijeenkomst\ntitel: Diep\ndatum: 2024-04-01\n"

    static func problem(_ yaml: String) -> YAMLProblem? {
        if case .failure(let problem) = YAMLComposer.compose(yaml, firstLine: 2, depthLimit: 32) { return problem }
        return nil
    }

    @Test func tenThousandLevelsOfFlowNestingAreRefusedPromptly() {
        let cases: [(yaml: String, position: SourcePosition)] = [
            (
                Self.header + "locatie: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
                SourcePosition(line: 5, column: 41)
            ),
            (
                Self.header + "locatie: " + String(repeating: "{a: ", count: 10_000) + "x" + String(repeating: "}", count: 10_000),
                SourcePosition(line: 5, column: 134)
            ),
            (String(repeating: "[", count: 10_000), SourcePosition(line: 2, column: 33)),
            (Self.header + "doelgroepen:\n  " + String(repeating: "- ", count: 10_000) + "x", SourcePosition(line: 6, column: 65)),
        ]
        for (yaml, position) in cases {
            #expect(Self.problem(yaml) == YAMLProblem(.tooDeep(limit: 32), at: position))
        }
    }

    @Test func aliasBombIsRefusedPromptly() {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1..<30 {
            let name = "l\(level)", previous = level == 1 ? "a" : "l\(level - 1)"
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        #expect(Self.problem(bomb) == YAMLProblem(.anchorOrAlias, at: SourcePosition(line: 2, column: 4)))
        // Aliases without anchors are refused just the same, at the first one.
        #expect(
            Self.problem("a: [" + Array(repeating: "*x", count: 10_000).joined(separator: ", ") + "]")
                == YAMLProblem(.anchorOrAlias, at: SourcePosition(line: 2, column: 5)))
    }

    /// Front matter of `size` bytes made of `line(number)` lines.
    static func block(size: Int, _ line: (Int) -> String) -> String {
        var text = "", number = 0
        while text.utf8.count < size {
            text += line(number) + "\n"
            number += 1
        }
        return text
    }

    static let largeBlocks: [(name: String, make: @Sendable (Int) -> String)] = [
        ("plain lines", { size in block(size: size) { "k\($0): een gewone waarde met wat tekst, nummer \($0)" } }),
        ("nested keys", { size in "x:\n" + block(size: size) { "  k\($0): waarde \($0)" } }),
        ("one long line", { size in "titel: " + String(repeating: "woord ", count: size / 6) }),
        ("one flow list", { size in "l: [" + block(size: size - 5) { "item\($0)," }.split(separator: "\n").joined(separator: " ") + " x]" }),
        ("list items", { size in "l:\n" + block(size: size) { "  - item \($0)" } }),
    ]

    @Test(arguments: largeBlocks.indices)
    func largeFrontMatterIsReadWhole(_ index: Int) throws {
        let (name, make) = Self.largeBlocks[index]
        let large = make(64 * 1024)
        #expect(large.utf8.count >= 64 * 1024 && large.utf8.count < 66 * 1024, "\(name): \(large.utf8.count)")
        guard case .success(.some(let root)) = YAMLComposer.compose(large, firstLine: 2, depthLimit: 32) else {
            Issue.record("\(name) is niet gelezen")
            return
        }
        guard case .mapping(let pairs, _) = root else {
            Issue.record("\(name) is geen mapping")
            return
        }
        #expect(!pairs.isEmpty, "\(name)")
    }

    @Test func largeFrontMatterWithADuplicateKeyAtTheEnd() {
        let yaml = Self.block(size: 64 * 1024) { "k\($0): waarde" } + "k7: nog eens"
        let line = yaml.split(separator: "\n").count + 1
        #expect(Self.problem(yaml) == YAMLProblem(.duplicateKey("k7"), at: SourcePosition(line: line, column: 1)))
    }
}
