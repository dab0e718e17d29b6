import Foundation

/// Turns a title into the name part of a file name, the way `participatie new` names files:
/// "Bewonersavond café 't Hoekje" → `bewonersavond-cafe-t-hoekje`. The reading layer uses it to
/// suggest a name for a file whose name has spaces or capitals.
///
/// The result holds only `a`–`z`, `0`–`9` and single `-` between words, so it is a safe id
/// (see `docs/formaat.md`) and can never name a folder or climb out of one.
package enum Slug {
    /// Longest slug produced, in characters; longer titles are cut at a word boundary.
    package static let maximumLength = 60

    /// The slug of `title`; empty when the title has no letters or digits at all.
    ///
    /// Accents are folded (é → e, ë → e, ï → i), `ĳ` becomes `ij`, `&` becomes `en`,
    /// apostrophes disappear (`auto's` → `autos`) and every other character separates words.
    package static func make(_ title: String, maximumLength: Int = Slug.maximumLength) -> String {
        var words: [String] = []
        var current = ""
        func endWord() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        // Compatibility decomposition splits "é" into "e" + a combining accent and "ĳ" into "ij".
        for scalar in title.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if let ascii = asciiLetterOrDigit(scalar) {
                current.append(ascii)
            } else if let replacement = replacements[scalar] {
                current += replacement
            } else if isCombiningMark(scalar) || apostrophes.contains(scalar) {
                continue
            } else if scalar == "&" {
                endWord()
                words.append("en")
            } else {
                endWord()
            }
        }
        endWord()
        return capped(words, maximumLength: maximumLength)
    }

    private static func asciiLetterOrDigit(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39: Character(scalar)
        case 0x41...0x5A: Character(Unicode.Scalar(scalar.value + 0x20)!)
        default: nil
        }
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Letters that do not decompose into a base letter plus accents.
    private static let replacements: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    ]

    /// Removed without separating words, so "auto's" stays one word.
    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2018}", "\u{2019}", "`", "\u{02BC}"]

    /// Joins words with `-`, stopping before ``maximumLength``; one over-long word is cut.
    private static func capped(_ words: [String], maximumLength: Int) -> String {
        var result = ""
        for word in words {
            let separator = result.isEmpty ? "" : "-"
            if result.count + separator.count + word.count > maximumLength {
                if result.isEmpty { result = String(word.prefix(maximumLength)) }
                break
            }
            result += separator + word
        }
        return result
    }
}
