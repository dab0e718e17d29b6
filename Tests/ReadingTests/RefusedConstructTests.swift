import Testing

@testable import ParticipatieReading

/// Each construct the composer refuses, with its kind, its exact Dutch message and its file position,
/// for a block that starts on file line 2 (after `---`) and one that starts on line 7.
@Suite("Geweigerde YAML, met melding en positie in het bestand")
struct RefusedConstructTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let yaml: String
        /// Line within the block (1-based) and column of the problem.
        let blockLine: Int
        let column: Int
        let kind: @Sendable (_ firstLine: Int) -> YAMLProblem.Kind
        let message: @Sendable (_ firstLine: Int) -> String

        init(_ yaml: String, at blockLine: Int, _ column: Int, _ kind: YAMLProblem.Kind, _ message: String) {
            self.init(yaml, at: blockLine, column, { _ in kind }, { _ in message })
        }

        init(
            _ yaml: String, at blockLine: Int, _ column: Int,
            _ kind: @escaping @Sendable (Int) -> YAMLProblem.Kind, _ message: @escaping @Sendable (Int) -> String
        ) {
            self.yaml = yaml
            self.blockLine = blockLine
            self.column = column
            self.kind = kind
            self.message = message
        }

        var testDescription: String { yaml.debugDescription }
    }

    static let alias = "ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"
    static let quoteTip = "; tip: zet de waarde van 'titel' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"

    static let cases: [Case] = [
        // Anchors and aliases.
        Case("a: b\nc: *x", at: 2, 4, .anchorOrAlias, alias),
        Case("a: &x b", at: 1, 4, .anchorOrAlias, alias),
        Case("a: &x\n  b: c", at: 1, 4, .anchorOrAlias, alias),
        Case("l: [&x a]", at: 1, 5, .anchorOrAlias, alias),
        // Tags, shown as written where libyaml expanded them.
        Case("a: !!str b", at: 1, 4, .tag("!!str"), "tag '!!str' van YAML wordt niet ondersteund"),
        Case("a: !<tag:yaml.org,2002:str> b", at: 1, 4, .tag("!!str"), "tag '!!str' van YAML wordt niet ondersteund"),
        Case("a: b\nc: !lokaal d", at: 2, 4, .tag("!lokaal"), "tag '!lokaal' van YAML wordt niet ondersteund"),
        Case(
            "a: !!python/object/apply:os.system [\"ls\"]", at: 1, 4, .tag("!!python/object/apply:os.system"),
            "tag '!!python/object/apply:os.system' van YAML wordt niet ondersteund"),
        // Nesting deeper than the limit (the top-level mapping is level 1).
        Case(
            "a: " + String(repeating: "[", count: 32) + String(repeating: "]", count: 32), at: 1, 35,
            .tooDeep(limit: 32), "front matter is te diep genest (meer dan 32 niveaus)"),
        Case(
            (0..<32).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined() + String(repeating: " ", count: 32) + "x: y",
            at: 33, 33, .tooDeep(limit: 32), "front matter is te diep genest (meer dan 32 niveaus)"),
        // Duplicate keys, at the second occurrence, in nested mappings too.
        Case("titel: a\ndatum: b\ntitel: c", at: 3, 1, .duplicateKey("titel"), "sleutel 'titel' komt twee keer voor"),
        Case("\"a\": 1\n'a': 2\na: 3", at: 2, 1, .duplicateKey("a"), "sleutel 'a' komt twee keer voor"),
        Case("a:\n  b:\n    c: 1\n    d: 2\n    c: 3", at: 5, 5, .duplicateKey("c"), "sleutel 'c' komt twee keer voor"),
        Case("a:\n  - b: 1\n    b: 2", at: 3, 5, .duplicateKey("b"), "sleutel 'b' komt twee keer voor"),
        Case("a: {b: {c: 1, c: 2}}", at: 1, 15, .duplicateKey("c"), "sleutel 'c' komt twee keer voor"),
        Case("locatie: {zaal: 1,\n  zaal: 2}", at: 2, 3, .duplicateKey("zaal"), "sleutel 'zaal' komt twee keer voor"),
        // More than 16 keys: the keys are compared through a set.
        Case(
            (0..<20).map { "k\($0): v" }.joined(separator: "\n") + "\nk3: w", at: 21, 1, .duplicateKey("k3"),
            "sleutel 'k3' komt twee keer voor"),
        Case(
            "x:\n" + (0..<20).map { "  k\($0): v" }.joined(separator: "\n") + "\n  k19: w", at: 22, 3, .duplicateKey("k19"),
            "sleutel 'k19' komt twee keer voor"),
        // Keys that are collections.
        Case("a: b\n[c]: d", at: 2, 1, .collectionKey, "sleutel moet gewone tekst zijn"),
        Case("a: b\n? {x: 1}\n: d", at: 2, 3, .collectionKey, "sleutel moet gewone tekst zijn"),
        Case("a:\n  b: c\n  {d: 1}: e", at: 3, 3, .collectionKey, "sleutel moet gewone tekst zijn"),
        // A second document.
        Case(
            "a: b\n--- c", at: 2, 1, { .severalDocuments(firstStartedOnLine: $0) },
            { "ongeldige YAML in front matter (hier begint een tweede document, en front matter mag er maar één bevatten); het begon op regel \($0)" }
        ),
        Case(
            "# x\n\na: 1\n--- b", at: 4, 1, { .severalDocuments(firstStartedOnLine: $0 + 2) },
            {
                "ongeldige YAML in front matter (hier begint een tweede document, en front matter mag er maar één bevatten); het begon op regel \($0 + 2)"
            }),
        // What libyaml cannot read, with where it began and a tip.
        Case(
            "doelgroepen: [a, b\ntitel: c", at: 2, 6,
            { .syntax(problem: .expectedCommaOrClosingBracket, startedOnLine: $0, hint: nil) },
            { "ongeldige YAML in front matter (hier werd ',' of ']' verwacht); het begon op regel \($0)" }),
        Case(
            "titel: Deel 1: de start", at: 1, 14,
            .syntax(problem: .mappingValueNotAllowed, startedOnLine: nil, hint: .quoteValue(key: "titel")),
            "ongeldige YAML in front matter (dubbele punt met spatie ': ' is hier niet toegestaan)" + quoteTip),
        Case(
            "titel: *Nieuw* plan", at: 1, 14,
            .syntax(problem: .expectedAnchorName, startedOnLine: nil, hint: .quoteValue(key: "titel")),
            "ongeldige YAML in front matter (ongeldige naam na '&' of '*' voor een anker of verwijzing)" + quoteTip),
        Case(
            "soort: x\ntitel: \"Het \"plan\" van de wijk\"", at: 2, 14,
            { .syntax(problem: .expectedKey, startedOnLine: $0, hint: .escapeInnerQuotes(key: "titel")) },
            {
                "ongeldige YAML in front matter (hier werd een sleutel verwacht); het begon op regel \($0); "
                    + "tip: schrijf een \" binnen de waarde van 'titel' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            }),
        Case(
            "doelgroepen:\n\t- bewoners", at: 2, 1,
            .syntax(problem: .characterCannotStartToken, startedOnLine: nil, hint: .indentWithSpaces),
            "ongeldige YAML in front matter (dit teken kan hier niet staan); tip: spring in met spaties, niet met tabs"),
        // The end of a block without a line end: libyaml's mark is on the next file line (the `---`).
        Case(
            "locatie: 's-Hertogenbosch", at: 1, 26,
            .syntax(problem: .unclosedQuotedScalar, startedOnLine: nil, hint: .quoteValue(key: "locatie")),
            "ongeldige YAML in front matter (het afsluitende aanhalingsteken ontbreekt); "
                + "tip: zet de waarde van 'locatie' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"),
        Case(
            "doelgroepen: [bewoners, ondernemers", at: 2, 1,
            { .syntax(problem: .expectedCommaOrClosingBracket, startedOnLine: $0, hint: nil) },
            { "ongeldige YAML in front matter (hier werd ',' of ']' verwacht); het begon op regel \($0)" }),
        // Characters libyaml's reader refuses, at their own position.
        Case(
            "soort: x\ntitel: \"Over \u{86}de wijk\"", at: 2, 14, .character(problem: .controlCharacter, character: 0x86),
            "ongeldige YAML in front matter (teken U+0086 is niet toegestaan)"),
        Case(
            "a: é\u{1}", at: 1, 5, .character(problem: .controlCharacter, character: 0x1),
            "ongeldige YAML in front matter (teken U+0001 is niet toegestaan)"),
    ]

    @Test(arguments: cases, [2, 7])
    func refusedWithKindMessageAndFilePosition(_ test: Case, firstLine: Int) throws {
        let result = YAMLComposer.compose(test.yaml, firstLine: firstLine, depthLimit: 32)
        guard case .failure(let problem) = result else {
            Issue.record("niet geweigerd: \(result)")
            return
        }
        #expect(problem.kind == test.kind(firstLine))
        #expect(problem.position == SourcePosition(line: firstLine + test.blockLine - 1, column: test.column))
        #expect(Message.yaml(problem) == test.message(firstLine))
    }

    @Test func justWithinTheDepthLimitIsRead() throws {
        let flow = "a: " + String(repeating: "[", count: 31) + String(repeating: "]", count: 31)
        #expect(try YAMLComposer.compose(flow, firstLine: 2, depthLimit: 32).get() != nil)
        let block = (0..<31).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined() + String(repeating: " ", count: 31) + "x: y"
        #expect(try YAMLComposer.compose(block, firstLine: 2, depthLimit: 32).get() != nil)
        #expect(Reading.outcome("a: [b]", depthLimit: 1) == "2:4: front matter is te diep genest (meer dan 1 niveaus)")
    }

    /// Anchors, tags and depth refuse the block outright, even after a problem of another kind.
    @Test func refusalsComeBeforeOtherProblems() {
        #expect(Reading.outcome("a: 1\na: 2\nb: *x\n") == "4:4: " + Self.alias)
        #expect(Reading.outcome("a: 1\n---\nb: !!str x\n") == "4:4: tag '!!str' van YAML wordt niet ondersteund")
        #expect(
            Reading.outcome("[a]: 1\nb: " + String(repeating: "[", count: 40))
                == "3:35: front matter is te diep genest (meer dan 32 niveaus)")
    }

    /// libyaml's reader checks 16 KiB of characters ahead of the parser: a refused character there comes first.
    @Test func refusedCharactersAreFoundAhead() {
        #expect(Reading.outcome("a: *x\nb: \u{1}") == "3:4: ongeldige YAML in front matter (teken U+0001 is niet toegestaan)")
        #expect(Reading.outcome("a: *x\n" + String(repeating: "c: d\n", count: 5_000) + "b: \u{1}") == "2:4: " + Self.alias)
    }

    /// Otherwise the first problem in reading order: a syntax error after it does not hide it.
    @Test func otherwiseTheFirstProblemInTheFile() {
        #expect(Reading.outcome("[a]: 1\nb: 1\nb: 2\n") == "2:1: sleutel moet gewone tekst zijn")
        #expect(Reading.outcome("b: 1\nb: 2\n[a]: 1\n") == "3:1: sleutel 'b' komt twee keer voor")
        #expect(Reading.outcome("x:\n  a: 1\n  a: 2\nb: [\n") == "4:3: sleutel 'a' komt twee keer voor")
        #expect(Reading.outcome("a: 1\na: 2\n--- b\n") == "3:1: sleutel 'a' komt twee keer voor")
        #expect(
            Reading.outcome("a: b\n--- [\n")
                == "3:1: ongeldige YAML in front matter (hier begint een tweede document, en front matter mag er maar één bevatten); het begon op regel 2"
        )
        #expect(Reading.outcome("a: b\nc: [\n") == "4:1: ongeldige YAML in front matter (hier werd een waarde verwacht)")
    }
}
