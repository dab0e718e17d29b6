import Testing

@testable import ParticipatieReading

/// The splitter between front matter and body, on the bytes of the text.
@Suite("Front matter: splitsen")
struct FrontMatterSplitTests {
    /// The parts of `text`, or the message of its problem.
    private func split(_ text: String) -> String {
        switch FrontMatter.split(text) {
        case .success(let parts): "\(parts.yamlFirstLine)|\(parts.yaml)|\(parts.bodyFirstLine)|\(parts.body)"
        case .failure(let problem): "fout \(problem.line):\(problem.column): \(problem.message)"
        }
    }

    @Test("front matter en tekst, met regelnummers")
    func frontMatterAndBody() {
        #expect(split("---\nsoort: bijeenkomst\ntitel: Één\n---\nTekst\n") == "2|soort: bijeenkomst\ntitel: Één|5|Tekst\n")
    }

    @Test("spaties en tabs na de scheidingsregels, en '...' als slot")
    func delimitersWithTrailingWhiteSpace() {
        #expect(split("--- \t\na: é\n...  \nTekst") == "2|a: é|4|Tekst")
        #expect(split("---\na: 1\n--- \t\n") == "2|a: 1|4|")
    }

    @Test("lege front matter, en een slot zonder regeleinde")
    func emptyAndUnterminatedLastLine() {
        #expect(split("---\n---\nx") == "2||3|x")
        #expect(split("---\na: 1\n---") == "2|a: 1|4|")
    }

    @Test("alleen witruimte, geen opening, geen slot")
    func problems() {
        #expect(split(" \n\t\n") == "fout 1:1: \(Message.emptyFile)")
        #expect(split("titel: x\n---\n") == "fout 1:1: \(Message.missingFrontMatter)")
        #expect(split("...\na: 1\n---\n") == "fout 1:1: \(Message.missingFrontMatter)")
        #expect(split("----\na: 1\n---\n") == "fout 1:1: \(Message.missingFrontMatter)")
        #expect(split("---\na: 1\n-- -\n") == "fout 1:1: \(Message.unterminatedFrontMatter)")
    }
}
