import Testing

@testable import ParticipatieReading

/// Node and problem positions are file positions from the start: the first line of the block is
/// `firstLine`, columns count Unicode scalars, and only `\n` starts a new line.
@Suite("Posities in het bestand")
struct FilePositionTests {
    @Test(arguments: [1, 2, 7])
    func nodePositionsAreFilePositions(_ firstLine: Int) throws {
        let root = try #require(try YAMLComposer.compose("ü: é\n  ✓\n\"😀\": [a, 'b']\n", firstLine: firstLine, depthLimit: 32).get())
        guard case .mapping(let pairs, let position) = root else {
            Issue.record("geen mapping")
            return
        }
        let line = { (blockLine: Int) in firstLine + blockLine - 1 }
        #expect(position == SourcePosition(line: line(1), column: 1))
        #expect(pairs.map(\.key.position) == [SourcePosition(line: line(1), column: 1), SourcePosition(line: line(3), column: 1)])
        #expect(pairs.map(\.value.position) == [SourcePosition(line: line(1), column: 4), SourcePosition(line: line(3), column: 6)])
        guard case .sequence(let items, _) = pairs[1].value else {
            Issue.record("geen lijst")
            return
        }
        #expect(items.map(\.position) == [SourcePosition(line: line(3), column: 7), SourcePosition(line: line(3), column: 10)])
    }

    @Test func scalarsKeepTextAndStyleAsWritten() throws {
        let yaml = "a: 010\nb: 'x'\nc: \"y\\tz\"\nd: |\n  regel\ne: >-\n  een\n  twee\nf: no\ng:"
        #expect(
            Reading.outcome(yaml, firstLine: 7) == "{\"a\"/plain@7:1: \"010\"/plain@7:4, \"b\"/plain@8:1: \"x\"/singleQuoted@8:4, "
                + "\"c\"/plain@9:1: \"y\\tz\"/doubleQuoted@9:4, \"d\"/plain@10:1: \"regel\\n\"/literal@10:4, "
                + "\"e\"/plain@12:1: \"een twee\"/folded@12:4, \"f\"/plain@15:1: \"no\"/plain@15:4, "
                + "\"g\"/plain@16:1: \"\"/plain@16:3}@7:1")
    }

    /// YAML 1.1 also breaks lines at U+0085, U+2028 and U+2029, and libyaml counts them; the file does not.
    @Test func onlyLineFeedsStartAFileLine() {
        #expect(
            Reading.outcome("titel: \"een\u{85}twee\"\nlocatie: x\n", firstLine: 7)
                == "{\"titel\"/plain@7:1: \"een twee\"/doubleQuoted@7:8, \"locatie\"/plain@8:1: \"x\"/plain@8:10}@7:1")
        #expect(Reading.outcome("a: b\u{2028}c: d\ne: *x\n", firstLine: 7).hasPrefix("8:4: "))
        #expect(Reading.outcome("a: 1\r\nb: *x\r\n", firstLine: 7).hasPrefix("8:4: "))
    }

    @Test func problemsAtTheEndOfTheBlock() {
        // Without a final line end libyaml's mark moves to the next line: the closing `---` in the file.
        #expect(Reading.outcome("a: [b", firstLine: 2) == "3:1: ongeldige YAML in front matter (hier werd ',' of ']' verwacht); het begon op regel 2")
        #expect(
            Reading.outcome("a: [b\n", firstLine: 2) == "3:1: ongeldige YAML in front matter (hier werd ',' of ']' verwacht); het begon op regel 2")
        // A quoted scalar that is not closed ends where the text ends.
        #expect(Reading.outcome("a: 'b", firstLine: 7).hasPrefix("7:6: "))
        // An empty value at the very end.
        #expect(Reading.outcome("? c", firstLine: 2) == "{\"c\"/plain@2:3: \"\"/plain@3:1}@2:1")
    }

    @Test func readerErrorsAtTheCharacter() {
        #expect(Reading.outcome("a: ë\nb: 😀 \u{9F}", firstLine: 7) == "8:6: ongeldige YAML in front matter (teken U+009F is niet toegestaan)")
        #expect(Reading.outcome("\u{7F}", firstLine: 2) == "2:1: ongeldige YAML in front matter (teken U+007F is niet toegestaan)")
        #expect(Reading.outcome("a: b\n\u{FFFF}", firstLine: 2) == "3:1: ongeldige YAML in front matter (teken U+FFFF is niet toegestaan)")
    }

    @Test func emptyAndCommentOnlyBlocksHaveNoDocument() throws {
        #expect(try YAMLComposer.compose("", firstLine: 2, depthLimit: 32).get() == nil)
        #expect(try YAMLComposer.compose("# alleen commentaar\n", firstLine: 2, depthLimit: 32).get() == nil)
        #expect(try YAMLComposer.compose("\n\n", firstLine: 2, depthLimit: 32).get() == nil)
    }

    /// A value starting with U+FEFF keeps it: the text is exactly what libyaml gives.
    @Test func byteOrderMarkInAValueIsKept() {
        #expect(
            Reading.outcome("a: \"\\uFEFFbom\"\nb: \u{FEFF}x\n")
                == "{\"a\"/plain@2:1: \"\u{FEFF}bom\"/doubleQuoted@2:4, \"b\"/plain@3:1: \"\u{FEFF}x\"/plain@3:4}@2:1")
        // At the start of a line libyaml skips it, but it still counts as a column.
        #expect(Reading.outcome("\u{FEFF}a: b\n") == "{\"a\"/plain@2:2: \"b\"/plain@2:5}@2:2")
    }
}
