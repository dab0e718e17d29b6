import Foundation
import Testing
import Yams
import CommonMark
@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// A node tree as text, with every text, style and position, so two trees compare in full.
private func dump(_ node: YAMLNode?) -> String {
    guard let node else { return "nil" }
    let at = "@\(node.position.line):\(node.position.column)"
    switch node {
    case .scalar(let scalar): return "\(scalar.text.debugDescription)/\(scalar.style)\(at)"
    case .sequence(let items, _): return "[" + items.map(dump).joined(separator: ", ") + "]" + at
    case .mapping(let pairs, _): return "{" + pairs.map { dump($0.key) + ": " + dump($0.value) }.joined(separator: ", ") + "}" + at
    }
}

/// What reading front matter gave before the one-pass composer: Yams composes, or its error is the diagnostic.
private func readWithYams(_ yaml: String) -> String {
    do {
        return dump(try Yams.compose(yaml: yaml, Resolver.basic, Constructor.default, .utf8).map(YAMLNode.init))
    } catch {
        var diagnostic = Diagnostic(yamlError: error, file: "process/x.md", lineOffset: 1)
        diagnostic.message += YAMLHint.hint(for: error, in: yaml)
        return diagnostic.description
    }
}

/// What the prescan and Yams gave before the one-pass composer: a refused construct, Yams' tree or Yams' error.
private func prescanThenYams(_ yaml: String) -> String {
    if let problem = YAMLPrescan.check(yaml, depthLimit: FrontMatterFields.depthLimit) {
        return "\(problem.line):\(problem.column): \(problem.message)"
    }
    return readWithYams(yaml)
}

/// What the composer gives now, in the same form.
private func readWithComposer(_ yaml: String) -> String {
    switch YAMLComposer.compose(yaml, depthLimit: FrontMatterFields.depthLimit) {
    case .document(let root): return dump(root)
    case .problem(let problem): return "\(problem.line):\(problem.column): \(problem.message)"
    case .needsYams: return readWithYams(yaml)
    }
}

/// The diagnostics of reading `yaml` as the front matter of `process/x.md`.
private func diagnostics(_ yaml: String) -> [String] {
    let frontMatter = FrontMatter(yaml: yaml, yamlFirstLine: 2, body: "", bodyFirstLine: 3)
    switch FrontMatterFields.parse(frontMatter, file: "process/x.md") {
    case .failure(let diagnostic): return [diagnostic.description]
    case .success(let fields): return fields.diagnostics.map(\.description)
    }
}

/// Front matter that the composer reads itself, without Yams.
private let ownCases: [String] = [
    "soort: inspraakavond\ntitel: Avond in het wijkcentrum\ndatum: 2024-03-12\n",
    "titel: Wonen & Zorg *samen*\ndoelgroepen: [bewoners, \"jongeren & ouderen\"]\nmotivering: 'het kan niet: d''r is geen geld'\n",
    "toelichting: |\n  *Let op:* dit is **Markdown**\n  - [ ] nog te doen\n\n  slot\n\n\nnaam: x\n",
    "a: |-\n  zonder regeleinde\nb: |+\n  met alle regeleinden\n\n\nc: >\n  gevouwen\n  tekst\n\n  nieuwe alinea\nd: >-\n  kort\n",
    "a: |2\n    twee extra spaties\n  b\n",
    "titel: \"een\n  twee\n\n  drie\"\nander: 'een\n  twee'\n",
    "escapes: \"tab\\there \\u00e9 \\x41 \\N \\_ \\L \\P \\\"\\\\ einde\\\n  verder\"\n",
    "vlak: lange tekst\n  over meer\n  regels\n\n  met een lege ertussen\n",
    "lijst: [a, b, [c, d], {e: f}, \"g, h\", 'i']\nleeg: []\nniets: {}\n",
    "kaart: {a: 1, b: [x, y], c: {d: e}}\n",
    "# commentaar\na: b # achter\nc: \"d\" # na aanhalingstekens\n  # ingesprongen\ne: f\n",
    "titel: é ü ï\nü: tweede\nlocatie: 日本 ✓ 😀 plek\n😀: emoji-sleutel\n",
    "a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: \"\"\ng: ''\n",
    "? a\n: b\n? c\n",
    "a   : b\n\"c\" : d\n",
    "doelgroepen:\n- bewoners\n- ondernemers\n- - diep\n  - dieper\nx:\n  - y\n",
    "<<: {a: 1}\nb: 2\n",
    "a: \"x\"\nA: \"x\"\n",
    "",
    "# alleen commentaar\n",
    "--- tekst",
    "--- \na: b\n...\n",
    "gewoon een tekst\n",
    "- een\n- twee\n",
    "%YAML 1.1\n---\na: b\n",
    "a: 19:30\nb: no\nc: 010\nd: 1e3\ne: 2024-03-12T10:00:00Z\n",
    "a: \"\\0nul\"\n",
    "a: \"\\u200Bzwsp\" \nb: \"x\\uFEFF\"\n",
    "datum:\n  - 2024-03-12\n  - 2024-03-14\n",
]

/// Front matter that the composer hands to Yams: errors, duplicate keys, keys that are not texts.
private let yamsCases: [String] = [
    "a: 1\na: 2\n",
    "\"a\": 1\na: 2\n",
    "a: 1\n'a': 2\n",
    "x:\n  a: 1\n  b: 2\n  a: 3\n",
    "{a: 1, a: 2}\n",
    "<<: x\n<<: y\n",
    "[a]: b\n",
    "? [a, b]\n: c\n",
    "{a: b}: c\n",
    "lijst: [a, b\nc: d\n",
    "a: b: c\n",
    "a:\n\tb: c\n",
    "titel: \"niet gesloten\n",
    "titel: 'niet gesloten\n",
    "  a: b\nc: d\n",
    "a: b\n---\nc: d\n",
    "a: b\n--- [\n",
    "titel: *nadruk*\n",
    "titel: 's-Hertogenbosch\n",
    "titel: Deel 1: start\n",
    "titel: \"Het \"plan\"\"\n",
    "- a\nb: c\n",
    "a: @b\n",
    "a: `b`\n",
    "a: \"\\ud800\"\n",
    "a: \"\\q\"\n",
    "k1: v\nk2: v\nk3: v\nk4: v\nk5: v\nk6: v\nk7: v\nk8: v\nk9: v\nk10: v\nk11: v\nk12: v\nk13: v\nk14: v\nk15: v\nk16: v\nk17: v\nk5: w\n",
]

@Suite("YAML in één doorgang, zelfde uitkomst als Yams")
struct YAMLComposerTests {
    @Test(arguments: ownCases)
    func composerReadsCommonYAMLItselfAsYamsDoes(_ yaml: String) {
        guard case .document(let root) = YAMLComposer.compose(yaml, depthLimit: 32) else {
            Issue.record("gaf het lezen aan Yams over: \(yaml.debugDescription)")
            return
        }
        #expect(dump(root) == readWithYams(yaml))
    }

    @Test(arguments: yamsCases)
    func yamsJudgesWhatTheComposerCannotWithTheSameDiagnostic(_ yaml: String) {
        guard case .needsYams = YAMLComposer.compose(yaml, depthLimit: 32) else {
            Issue.record("las zelf wat Yams moet beoordelen: \(yaml.debugDescription)")
            return
        }
        #expect(readWithComposer(yaml) == readWithYams(yaml))
    }

    @Test func valueStartingWithAByteOrderMarkIsLeftToYams() {
        // Foundation, which Yams decodes with, drops the mark; the composer does not imitate that.
        let yaml = "a: \"\\uFEFFbom\"\nb: \"\\u200Bzwsp\"\n"
        guard case .needsYams = YAMLComposer.compose(yaml, depthLimit: 32) else {
            Issue.record("las zelf een waarde met een byte-order mark")
            return
        }
        #expect(readWithYams(yaml) == "{\"a\"/plain@1:1: \"bom\"/doubleQuoted@1:4, \"b\"/plain@2:1: \"\u{200B}zwsp\"/doubleQuoted@2:4}@1:1")
    }

    @Test func diagnosticsForDuplicateKeysAndSyntaxErrorsAreUnchanged() {
        #expect(diagnostics("titel: a\ndatum: 2024-01-01\ntitel: b\n")
            == ["process/x.md:4:1: fout: sleutel 'titel' komt twee keer voor"])
        #expect(diagnostics("doelgroepen: [a, b\ntitel: c\n")
            == ["process/x.md:3:6: fout: ongeldige YAML in front matter (did not find expected ',' or ']'); het begon op regel 2"])
        #expect(diagnostics("a: 1\n---\nb: 2\n")
            == ["process/x.md:3:1: fout: ongeldige YAML in front matter (but found another document); het begon op regel 2"])
        #expect(diagnostics("[a]: b\n\"c\": d\n? [e]\n: f\n") == ["process/x.md:2:1: fout: sleutel moet gewone tekst zijn",
                                                                  "process/x.md:4:3: fout: sleutel moet gewone tekst zijn"])
        #expect(diagnostics("") == ["process/x.md:1:1: fout: front matter is leeg"])
        #expect(diagnostics("- een\n- twee\n") == ["process/x.md:2:1: fout: front matter moet bestaan uit regels 'sleutel: waarde'"])
    }

    @Test func positionsCountUnicodeScalarsFromTheLineStart() {
        guard case .document(.mapping(let pairs, _)) = YAMLComposer.compose("ü: é\n  ✓\n\"😀\": [a, 'b']\n", depthLimit: 32) else {
            Issue.record("geen mapping")
            return
        }
        #expect(pairs.map { $0.key.position } == [YAMLPosition(line: 1, column: 1), YAMLPosition(line: 3, column: 1)])
        #expect(pairs.map { $0.value.position } == [YAMLPosition(line: 1, column: 4), YAMLPosition(line: 3, column: 6)])
        guard case .sequence(let items, _) = pairs[1].value else {
            Issue.record("geen lijst")
            return
        }
        #expect(items.map(\.position) == [YAMLPosition(line: 3, column: 7), YAMLPosition(line: 3, column: 10)])
    }

    @Test func prescanProblemsComeBeforeYamsErrors() {
        // A duplicate key before an alias: the alias is reported, as when the prescan ran first.
        #expect(diagnostics("a: 1\na: 2\nb: *x\n") == ["process/x.md:4:4: fout: \(Message.aliasNotAllowed)"])
        #expect(diagnostics("a: 1\n---\nb: !!str x\n") == ["process/x.md:4:4: fout: YAML-tag '!!str' wordt niet ondersteund"])
    }

    @Test func lineReaderGivesTheTreeOfLibyamlOnGeneratedFrontMatter() {
        let keys = ["titel", "soort", "a", "x-y", "b_c", "datum", "Titel", "1a", "-a", "é", "titel "]
        let separators = [": ", ":  ", ":", ": \t", " : "]
        let pieces = ["Avond", "in", " ", "  ", "het", "wijk", "é", "ë", "’", "19:30", "a:b", ": ", ":", "#", " #x", "&", "*x", "!",
                      "'", "\"", "[", "]", "[a, b]", "[a,b]", "[ a ]", "[é, ’t Hof]", "[a, b ]", "[a,  b]", "[]", "{}", "{a: b}", "-",
                      "- ", "?", "|", ">", "%", "@", "`", "~", "null", "\u{85}", "\u{2028}", "\u{FEFF}", "\u{A0}", "\t", "\u{7F}",
                      "\u{1F600}", "2024-03-12", ",", "(", ")", "/", "\u{9F}", "\u{FFFE}", "x\u{301}"]
        let safeKeys = ["titel", "soort", "locatie", "a", "x-y", "b_c", "datum", "doelgroepen", "k1"]
        let safePieces = ["Avond", "in", " ", "het", "Wijk", "é", "ë", "’t", "19:30", "a:b", "[a, b]", "[é, ’t Hof]", "[]",
                          "2024-03-12", "ca. 60", "-", "/", "(x)", ",", "😀", "Zorg & Welzijn", "d'r", "\"x\"", "x!", "a.b"]
        var generator = SeededGenerator(seed: 17)
        func pick(_ list: [String]) -> String { list[Int(generator.next() % UInt64(list.count))] }
        var read = 0
        for _ in 0..<40_000 {
            var lines: [String] = []
            for _ in 0..<(1 + Int(generator.next() % 5)) {
                switch generator.next() % 20 {
                case 0: lines.append("")
                case 1: lines.append("  vervolg")
                case 2: lines.append("# opmerking")
                default:
                    let separator = generator.next() % 8 == 0 ? pick(separators) : ": "
                    let value = (0..<(1 + Int(generator.next() % 4))).map { _ in
                        generator.next() % 3 == 0 ? pick(pieces) : pick(safePieces)
                    }.joined()
                    lines.append((generator.next() % 4 == 0 ? pick(keys) : pick(safeKeys)) + separator + value)
                }
            }
            let yaml = lines.joined(separator: "\n") + (generator.next() % 2 == 0 ? "\n" : "")
            guard let node = YAMLLineReader.read(yaml) else { continue }
            read += 1
            guard case .document(let root) = YAMLComposer.composeWithEvents(yaml, depthLimit: 32) else {
                Issue.record("libyaml leest dit niet als één document: \(yaml.debugDescription)")
                continue
            }
            #expect(dump(node) == dump(root), "\(yaml.debugDescription)")
        }
        #expect(read > 3_000)
        #expect(YAMLLineReader.read("soort: inspraakavond\ntitel: Avond in ’t Hofje: de start\n") == nil)
        #expect(YAMLLineReader.read("soort: inspraakavond\ntitel: Avond\ndoelgroepen: [bewoners, jongeren en ouderen]\n") != nil)
    }

    /// Every front matter of the shipped process, the fixtures and the benchmark generator's
    /// kinds of file is read by the composer itself, with the tree Yams builds.
    @Test func everyFixtureAndProcessFileReadsAsWithYams() throws {
        var files: [URL] = []
        for root in [packageRoot.appendingPathComponent("process"), testsDirectory.appendingPathComponent("Fixtures")] {
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "md" { files.append(url) }
            }
        }
        #expect(files.count > 60)
        var own = 0
        for url in files {
            let bytes = try [UInt8](Data(contentsOf: url))
            guard case .success(let source) = SourceText.decode(bytes),
                  case .success(let frontMatter) = FrontMatter.split(source.text) else { continue }
            if case .document = YAMLComposer.compose(frontMatter.yaml, depthLimit: 32) { own += 1 }
            #expect(readWithComposer(frontMatter.yaml) == prescanThenYams(frontMatter.yaml), "\(url.path)")
        }
        #expect(own > 50)
    }
}
