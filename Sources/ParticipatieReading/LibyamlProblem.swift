/// The "problem" libyaml 0.2.5 reports when it cannot read a text: one case for each English
/// problem string its reader, scanner and parser can produce, so that every one of them gets a
/// Dutch wording (``YAMLWording``) and the English text never reaches the user.
///
/// The list was taken from libyaml's `reader.c`, `scanner.c` and `parser.c`; a string that is not
/// in it (a later libyaml, a memory error without a problem) becomes ``unknown``.
enum LibyamlProblem: Hashable, Sendable, CaseIterable {
    // The reader: the bytes are not a YAML character stream.
    case inputError
    case invalidLeadingUTF8Octet
    case incompleteUTF8OctetSequence
    case invalidTrailingUTF8Octet
    case invalidUTF8SequenceLength
    case invalidUnicodeCharacter
    case incompleteUTF16Character
    case unexpectedLowSurrogate
    case incompleteUTF16SurrogatePair
    case expectedLowSurrogate
    case controlCharacter
    case inputTooLong

    // The scanner: the characters do not form YAML tokens.
    case characterCannotStartToken
    case simpleKeyWithoutColon
    case blockSequenceEntryNotAllowed
    case mappingKeyNotAllowed
    case mappingValueNotAllowed
    case unknownDirective
    case expectedCommentOrLineBreak
    case missingDirectiveName
    case nonAlphabeticalDirectiveName
    case expectedDigitOrPeriod
    case versionNumberTooLong
    case missingVersionNumber
    case expectedWhitespace
    case expectedWhitespaceOrLineBreak
    case expectedAnchorName
    case missingClosingAngleBracket
    case expectedExclamationMark
    case missingTagURI
    case missingEscapedOctet
    case incorrectLeadingOctetInTag
    case incorrectTrailingOctetInTag
    case indentationIndicatorZero
    case tabInBlockScalarIndentation
    case documentIndicatorInQuotedScalar
    case unclosedQuotedScalar
    case unknownEscape
    case expectedHexadecimalNumber
    case invalidUnicodeEscape
    case unexpectedColon
    case tabInIndentation

    // The parser: the tokens do not form a YAML document.
    case maximumNestingLevel
    case expectedStreamStart
    case expectedDocumentStart
    case undefinedTagHandle
    case expectedNodeContent
    case expectedSequenceEntry
    case expectedKey
    case expectedCommaOrClosingBracket
    case expectedCommaOrClosingBrace
    case duplicateYAMLDirective
    case incompatibleYAMLVersion
    case duplicateTAGDirective

    /// A problem string this list does not know.
    case unknown

    /// The case for libyaml's `problem` string.
    init(libyamlText: String) {
        self = Self.byText[libyamlText] ?? .unknown
    }

    /// libyaml's English string for this problem; `nil` for ``unknown``.
    var libyamlText: String? {
        switch self {
        case .inputError: "input error"
        case .invalidLeadingUTF8Octet: "invalid leading UTF-8 octet"
        case .incompleteUTF8OctetSequence: "incomplete UTF-8 octet sequence"
        case .invalidTrailingUTF8Octet: "invalid trailing UTF-8 octet"
        case .invalidUTF8SequenceLength: "invalid length of a UTF-8 sequence"
        case .invalidUnicodeCharacter: "invalid Unicode character"
        case .incompleteUTF16Character: "incomplete UTF-16 character"
        case .unexpectedLowSurrogate: "unexpected low surrogate area"
        case .incompleteUTF16SurrogatePair: "incomplete UTF-16 surrogate pair"
        case .expectedLowSurrogate: "expected low surrogate area"
        case .controlCharacter: "control characters are not allowed"
        case .inputTooLong: "input is too long"
        case .characterCannotStartToken: "found character that cannot start any token"
        case .simpleKeyWithoutColon: "could not find expected ':'"
        case .blockSequenceEntryNotAllowed: "block sequence entries are not allowed in this context"
        case .mappingKeyNotAllowed: "mapping keys are not allowed in this context"
        case .mappingValueNotAllowed: "mapping values are not allowed in this context"
        case .unknownDirective: "found unknown directive name"
        case .expectedCommentOrLineBreak: "did not find expected comment or line break"
        case .missingDirectiveName: "could not find expected directive name"
        case .nonAlphabeticalDirectiveName: "found unexpected non-alphabetical character"
        case .expectedDigitOrPeriod: "did not find expected digit or '.' character"
        case .versionNumberTooLong: "found extremely long version number"
        case .missingVersionNumber: "did not find expected version number"
        case .expectedWhitespace: "did not find expected whitespace"
        case .expectedWhitespaceOrLineBreak: "did not find expected whitespace or line break"
        case .expectedAnchorName: "did not find expected alphabetic or numeric character"
        case .missingClosingAngleBracket: "did not find the expected '>'"
        case .expectedExclamationMark: "did not find expected '!'"
        case .missingTagURI: "did not find expected tag URI"
        case .missingEscapedOctet: "did not find URI escaped octet"
        case .incorrectLeadingOctetInTag: "found an incorrect leading UTF-8 octet"
        case .incorrectTrailingOctetInTag: "found an incorrect trailing UTF-8 octet"
        case .indentationIndicatorZero: "found an indentation indicator equal to 0"
        case .tabInBlockScalarIndentation: "found a tab character where an indentation space is expected"
        case .documentIndicatorInQuotedScalar: "found unexpected document indicator"
        case .unclosedQuotedScalar: "found unexpected end of stream"
        case .unknownEscape: "found unknown escape character"
        case .expectedHexadecimalNumber: "did not find expected hexdecimal number"
        case .invalidUnicodeEscape: "found invalid Unicode character escape code"
        case .unexpectedColon: "found unexpected ':'"
        case .tabInIndentation: "found a tab character that violates indentation"
        case .maximumNestingLevel: "Maximum nesting level reached, set with yaml_set_max_nest_level())"
        case .expectedStreamStart: "did not find expected <stream-start>"
        case .expectedDocumentStart: "did not find expected <document start>"
        case .undefinedTagHandle: "found undefined tag handle"
        case .expectedNodeContent: "did not find expected node content"
        case .expectedSequenceEntry: "did not find expected '-' indicator"
        case .expectedKey: "did not find expected key"
        case .expectedCommaOrClosingBracket: "did not find expected ',' or ']'"
        case .expectedCommaOrClosingBrace: "did not find expected ',' or '}'"
        case .duplicateYAMLDirective: "found duplicate %YAML directive"
        case .incompatibleYAMLVersion: "found incompatible YAML document"
        case .duplicateTAGDirective: "found duplicate %TAG directive"
        case .unknown: nil
        }
    }

    private static let byText: [String: LibyamlProblem] = Dictionary(
        uniqueKeysWithValues: allCases.compactMap { problem in problem.libyamlText.map { ($0, problem) } })
}
