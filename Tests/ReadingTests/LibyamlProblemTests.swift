import Testing

@testable import ParticipatieReading

/// Every problem string libyaml 0.2.5's reader, scanner and parser can produce, with its Dutch.
@Suite("Elke melding van libyaml in het Nederlands")
struct LibyamlProblemTests {
    /// Taken from `yaml_parser_set_reader_error`, `yaml_parser_set_scanner_error`,
    /// `yaml_parser_set_parser_error` and `yaml_parser_set_parser_error_context` in libyaml's
    /// reader.c, scanner.c and parser.c (the newer nesting limit included), with the Dutch now shown.
    static let translations: [(english: String, dutch: String)] = [
        // reader.c
        ("input error", "de tekst kon niet worden gelezen"),
        ("invalid leading UTF-8 octet", "ongeldige byte aan het begin van een UTF-8-teken"),
        ("incomplete UTF-8 octet sequence", "onvolledig UTF-8-teken"),
        ("invalid trailing UTF-8 octet", "ongeldige vervolgbyte in een UTF-8-teken"),
        ("invalid length of a UTF-8 sequence", "UTF-8-teken met een ongeldige lengte"),
        ("invalid Unicode character", "ongeldig Unicode-teken"),
        ("incomplete UTF-16 character", "onvolledig UTF-16-teken"),
        ("unexpected low surrogate area", "onverwachte tweede helft van een UTF-16-tekenpaar"),
        ("incomplete UTF-16 surrogate pair", "onvolledig UTF-16-tekenpaar"),
        ("expected low surrogate area", "de tweede helft van een UTF-16-tekenpaar ontbreekt"),
        ("control characters are not allowed", "stuurtekens zijn niet toegestaan"),
        ("input is too long", "de tekst is te lang"),
        // scanner.c
        ("found character that cannot start any token", "dit teken kan hier niet staan"),
        ("could not find expected ':'", "de ':' na de sleutel ontbreekt"),
        ("block sequence entries are not allowed in this context", "een lijstregel met '- ' is hier niet toegestaan"),
        ("mapping keys are not allowed in this context", "een sleutel met '?' is hier niet toegestaan"),
        ("mapping values are not allowed in this context", "dubbele punt met spatie ': ' is hier niet toegestaan"),
        ("found unknown directive name", "onbekende regel met '%', alleen %YAML en %TAG bestaan"),
        ("did not find expected comment or line break", "hier werd commentaar of het einde van de regel verwacht"),
        ("could not find expected directive name", "de naam na '%' ontbreekt"),
        ("found unexpected non-alphabetical character", "ongeldig teken in de naam na '%'"),
        ("did not find expected digit or '.' character", "hier werd een cijfer of '.' in het versienummer verwacht"),
        ("found extremely long version number", "het versienummer is te lang"),
        ("did not find expected version number", "het versienummer ontbreekt"),
        ("did not find expected whitespace", "hier werd een spatie verwacht"),
        ("did not find expected whitespace or line break", "hier werd een spatie of het einde van de regel verwacht"),
        ("did not find expected alphabetic or numeric character", "ongeldige naam na '&' of '*' voor een anker of verwijzing"),
        ("did not find the expected '>'", "de afsluitende '>' ontbreekt"),
        ("did not find expected '!'", "hier werd een '!' verwacht"),
        ("did not find expected tag URI", "de naam van de tag ontbreekt"),
        ("did not find URI escaped octet", "na '%' in een tag moeten twee hexadecimale cijfers volgen"),
        ("found an incorrect leading UTF-8 octet", "ongeldige %-code in een tag: geen begin van een UTF-8-teken"),
        ("found an incorrect trailing UTF-8 octet", "ongeldige %-code in een tag: geen vervolg van een UTF-8-teken"),
        ("found an indentation indicator equal to 0", "inspringing 0 na '|' of '>' is niet toegestaan"),
        ("found a tab character where an indentation space is expected", "tab waar een spatie voor de inspringing verwacht werd"),
        ("found unexpected document indicator", "'---' of '...' binnen tekst tussen aanhalingstekens"),
        ("found unexpected end of stream", "het afsluitende aanhalingsteken ontbreekt"),
        ("found unknown escape character", "onbekend teken na '\\' tussen dubbele aanhalingstekens"),
        ("did not find expected hexdecimal number", "na '\\x', '\\u' of '\\U' werd een hexadecimaal getal verwacht"),
        ("found invalid Unicode character escape code", "na '\\u' of '\\U' staat geen geldig Unicode-teken"),
        ("found unexpected ':'", "onverwachte ':'"),
        ("found a tab character that violates indentation", "tab in de inspringing"),
        // parser.c
        ("Maximum nesting level reached, set with yaml_set_max_nest_level())", "te diep genest"),
        ("did not find expected <stream-start>", "het begin van de tekst ontbreekt"),
        ("did not find expected <document start>", "onverwachte tekst na het einde van het document"),
        ("found undefined tag handle", "onbekend voorvoegsel van een tag"),
        ("did not find expected node content", "hier werd een waarde verwacht"),
        ("did not find expected '-' indicator", "hier werd een lijstregel met '- ' verwacht"),
        ("did not find expected key", "hier werd een sleutel verwacht"),
        ("did not find expected ',' or ']'", "hier werd ',' of ']' verwacht"),
        ("did not find expected ',' or '}'", "hier werd ',' of '}' verwacht"),
        ("found duplicate %YAML directive", "%YAML staat er twee keer"),
        ("found incompatible YAML document", "deze YAML-versie wordt niet ondersteund"),
        ("found duplicate %TAG directive", "%TAG voor hetzelfde voorvoegsel staat er twee keer"),
    ]

    @Test(arguments: translations.map(\.english))
    func everyProblemStringHasItsOwnDutchWording(_ english: String) throws {
        let problem = LibyamlProblem(libyamlText: english)
        #expect(problem != .unknown)
        #expect(problem.libyamlText == english)
        let dutch = Message.dutch(problem)
        #expect(dutch == Self.translations.first { $0.english == english }?.dutch)
        #expect(dutch != Message.dutch(.unknown))
        #expect(!dutch.contains(english))
    }

    @Test func theListAndTheCasesAgree() {
        let known = LibyamlProblem.allCases.filter { $0 != .unknown }
        #expect(known.count == Self.translations.count)
        #expect(Set(known.compactMap(\.libyamlText)) == Set(Self.translations.map(\.english)))
        #expect(Set(Self.translations.map(\.dutch)).count == Self.translations.count)
    }

    @Test func anUnknownProblemGetsAGeneralDutchPhrase() {
        #expect(LibyamlProblem(libyamlText: "found something new") == .unknown)
        #expect(LibyamlProblem.unknown.libyamlText == nil)
        let problem = YAMLProblem(
            .syntax(problem: LibyamlProblem(libyamlText: "found something new"), startedOnLine: nil, hint: nil),
            at: SourcePosition(line: 4, column: 2))
        #expect(Message.yaml(problem) == "ongeldige YAML in front matter (onbekende fout)")
        let character = YAMLProblem(.character(problem: .controlCharacter, character: nil), at: SourcePosition(line: 2, column: 1))
        #expect(Message.yaml(character) == "ongeldige YAML in front matter (stuurtekens zijn niet toegestaan)")
    }

    /// No English problem of libyaml reaches a message, for any case of the catalog.
    @Test func noMessageContainsLibyamlsEnglish() {
        let english = Self.translations.map(\.english)
        for (name, yaml) in CaseCatalog.all {
            guard case .failure(let problem) = YAMLComposer.compose(yaml, firstLine: 2, depthLimit: 32) else { continue }
            let message = Message.yaml(problem)
            #expect(!english.contains { message.contains($0) }, "\(name): \(message)")
            #expect(!message.contains("onbekende fout"), "\(name): \(message)")
        }
    }
}
