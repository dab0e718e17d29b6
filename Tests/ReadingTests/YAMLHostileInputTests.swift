import Testing

@testable import ParticipatieReading

/// Front matter made to be slow or to crash: refused promptly with the right problem, and large
/// ordinary front matter costs time in proportion to its size. Durations are guarded generously:
/// the machine is shared, and only a hang or a quadratic cost must fail.
@Suite("Vijandige front matter", .serialized)
struct YAMLHostileInputTests {
    static let header = "soort: bijeenkomst\ntitel: Diep\ndatum: 2024-04-01\n"

    /// The seconds `body` takes, the least of `runs` runs.
    static func fastest(of runs: Int = 5, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000)
        for _ in 0..<runs { best = min(best, clock.measure(body)) }
        return seconds(best)
    }

    /// The least time each of `bodies` takes, measured in turns for at least half a second and 7 rounds,
    /// so that a moment when other tests run in parallel does not count for one of them only.
    static func fastest(_ bodies: [() -> Void]) -> [Double] {
        let clock = ContinuousClock()
        let start = clock.now
        var best = Array(repeating: Duration.seconds(1_000), count: bodies.count)
        var rounds = 0
        while rounds < 7 || clock.now - start < .milliseconds(500) {
            for (index, body) in bodies.enumerated() { best[index] = min(best[index], clock.measure(body)) }
            rounds += 1
        }
        return best.map(seconds)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

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
            var problem: YAMLProblem?
            let seconds = Self.fastest(of: 1) { problem = Self.problem(yaml) }
            #expect(problem == YAMLProblem(.tooDeep(limit: 32), at: position))
            #expect(seconds < 2, "\(seconds) s")
        }
    }

    @Test func aliasBombIsRefusedPromptly() {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1..<30 {
            let name = "l\(level)", previous = level == 1 ? "a" : "l\(level - 1)"
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        var problem: YAMLProblem?
        let seconds = Self.fastest(of: 1) { problem = Self.problem(bomb) }
        #expect(problem == YAMLProblem(.anchorOrAlias, at: SourcePosition(line: 2, column: 4)))
        #expect(seconds < 2, "\(seconds) s")
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
    func largeFrontMatterIsReadInLinearTime(_ index: Int) throws {
        let (name, make) = Self.largeBlocks[index]
        let small = make(16 * 1024), large = make(64 * 1024)
        #expect(large.utf8.count >= 64 * 1024 && large.utf8.count < 66 * 1024, "\(name): \(large.utf8.count)")
        guard case .success(.some) = YAMLComposer.compose(large, firstLine: 2, depthLimit: 32) else {
            Issue.record("\(name) is niet gelezen")
            return
        }
        let times = Self.fastest([
            { _ = YAMLComposer.compose(small, firstLine: 2, depthLimit: 32) },
            { _ = YAMLComposer.compose(large, firstLine: 2, depthLimit: 32) },
        ])
        let (smallSeconds, largeSeconds) = (times[0], times[1])
        // Four times the size: about four times the time; a quadratic cost would be sixteen.
        #expect(largeSeconds < 10 * max(smallSeconds, 0.000_5), "\(name): \(smallSeconds) s → \(largeSeconds) s")
        #expect(largeSeconds < 2, "\(name): \(largeSeconds) s")
    }

    @Test func largeFrontMatterWithADuplicateKeyAtTheEnd() {
        let yaml = Self.block(size: 64 * 1024) { "k\($0): waarde" } + "k7: nog eens"
        let line = yaml.split(separator: "\n").count + 1
        #expect(Self.problem(yaml) == YAMLProblem(.duplicateKey("k7"), at: SourcePosition(line: line, column: 1)))
    }
}
