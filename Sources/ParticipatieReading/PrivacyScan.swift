import ParticipatieModel

/// Finds personal data in the text of a process file before it is published: e-mail addresses,
/// Dutch phone numbers, BSNs, IBANs, a postcode with a house number, and people named with a
/// salutation or title ("de heer Jansen", "mw. De Vries", "dr. J. Bakker").
///
/// The patterns are kept tight, because a false alarm costs as much as a miss; `docs/formaat.md`
/// lists them exactly. The scan is one pass over the UTF-8 bytes: every pattern is tried only where
/// it can start (an `@`, a digit, a letter at the start of a word) and looks at most a fixed number
/// of bytes ahead or back, so the time is linear in the text whatever it holds.
///
/// YAML comment lines (from the second line up to `commentLinesEnd`) are not scanned: comments never
/// reach the report.
enum PrivacyScan {
    /// One piece of personal data as found: the text, and its 1-based line and column (in Unicode
    /// scalars) in the file.
    struct Finding: Equatable, Sendable {
        let kind: PersonalDataKind
        let text: String
        let line: Int
        let column: Int
        /// For a person, the salutation or title as written ("de heer", "mw."); empty otherwise.
        let salutation: String
    }

    /// Most findings kept per file; the others are only counted, so memory stays bounded whatever a
    /// file holds.
    static let findingLimit = 1000

    /// The first `limit` findings in `text` (the whole file, with `\n` line ends), in order of position,
    /// and how many there are in all. Lines `2..<commentLinesEnd` that start with `#` are YAML comments
    /// and are skipped.
    static func scan(_ text: String, commentLinesEnd: Int = 0, limit: Int = findingLimit) -> (findings: [Finding], total: Int) {
        var scanner = Scanner(bytes: Array(text.utf8), commentLinesEnd: commentLinesEnd)
        scanner.scan()
        return (scanner.positioned(limit: limit), scanner.matchCount)
    }

    /// Every finding in `text`, in order of position.
    static func findings(in text: String, commentLinesEnd: Int = 0) -> [Finding] {
        scan(text, commentLinesEnd: commentLinesEnd, limit: .max).findings
    }
}

extension PrivacyScan {
    /// ISO 13616: the first four characters moved to the end, letters as 10 … 35, the whole
    /// number modulo 97 is 1. Computed digit by digit, so no big numbers are needed.
    static func hasValidChecksum(iban: [UInt8]) -> Bool {
        var remainder = 0
        for byte in iban[4...] + iban[..<4] {
            let upper = byte & ~0x20
            if byte >= 48, byte <= 57 {
                remainder = (remainder * 10 + Int(byte - 48)) % 97
            } else if upper >= 65, upper <= 90 {
                remainder = (remainder * 100 + Int(upper - 55)) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }
}

extension PrivacyScan {
    /// The single pass: collects byte ranges, then turns them into positions in one forward walk.
    fileprivate struct Scanner {
        let bytes: [UInt8]
        let commentLinesEnd: Int
        private var matches: [(start: Int, end: Int, kind: PersonalDataKind, salutation: String)] = []
        /// Bytes before this offset belong to an earlier match and start no new one.
        private var consumedUntil = 0

        init(bytes: [UInt8], commentLinesEnd: Int) {
            self.bytes = bytes
            self.commentLinesEnd = commentLinesEnd
        }

        var count: Int { bytes.count }

        mutating func scan() {
            let emails = emailRanges()
            var nextEmail = 0
            var line = 1
            var index = 0
            // Whether a letter or digit (of any script) ends right before `index`.
            var afterWord = false
            while index < count {
                let byte = bytes[index]
                // A space ends a word and starts nothing, not even an e-mail address.
                if byte == 32 {
                    afterWord = false
                    index += 1
                    continue
                }
                // An e-mail address starts before its `@`, so those were found first; their bytes start
                // nothing else.
                if nextEmail < emails.count, index >= emails[nextEmail].start {
                    let email = emails[nextEmail]
                    nextEmail += 1
                    // One that starts inside a comment line or an earlier match was skipped with it.
                    if index == email.start {
                        matches.append((email.start, email.end, .email, ""))
                        index = email.end
                        afterWord = letterOrDigitBefore(index)
                        continue
                    }
                }
                guard byte < 0x80 else {
                    // One decoded scalar per character outside ASCII: only whether it is a letter matters.
                    if let (scalar, length) = scalar(at: index), byte >= 0xC0 {
                        afterWord = scalar.properties.isAlphabetic
                        index += length
                    } else {
                        index += 1
                    }
                    continue
                }
                if byte == 10 {
                    line += 1
                    index += 1
                    afterWord = false
                    if line >= 2, line < commentLinesEnd, isCommentLine(from: index) { index = endOfLine(from: index) }
                    continue
                }
                guard isAlphanumeric(byte) else {
                    if !afterWord, byte == UInt8(ascii: "+") || byte == UInt8(ascii: "("), index >= consumedUntil, let end = numberMatch(at: index) {
                        index = end
                        afterWord = letterOrDigitBefore(index)
                    } else {
                        afterWord = false
                        index += 1
                    }
                    continue
                }
                // The rest of an ASCII word or number is passed in a tight loop: patterns start only where
                // a word starts.
                var wordEnd = index + 1
                while wordEnd < count, isAlphanumeric(bytes[wordEnd]) { wordEnd += 1 }
                if !afterWord, index >= consumedUntil, let end = match(at: index, byte, wordEnd: wordEnd) {
                    index = end
                    afterWord = letterOrDigitBefore(index)
                    continue
                }
                afterWord = true
                index = wordEnd
            }
        }

        /// The pattern that starts at `index` (where no letter or digit comes before), recorded; where it ends.
        private mutating func match(at index: Int, _ byte: UInt8, wordEnd: Int) -> Int? {
            if isDigit(byte) { return numberMatch(at: index) }
            if isASCIILetter(self.byte(index + 1)), isDigit(self.byte(index + 2)), isDigit(self.byte(index + 3)),
                let (end, valid) = ibanEnd(at: index)
            {
                // Shaped like an IBAN but with a wrong checksum: no IBAN, and its digits are no phone
                // number either.
                if valid { matches.append((index, end, .iban, "")) }
                consumedUntil = end
                return end
            }
            // Every salutation and title starts with d, h, i, m or p and has two to seven letters.
            guard wordEnd - index >= 2, wordEnd - index <= 7 else { return nil }
            switch byte | 0x20 {
            case UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "i"), UInt8(ascii: "m"), UInt8(ascii: "p"):
                guard Scanner.salutationOrTitle(bytes, index..<wordEnd) != nil, let (start, end, salutation) = personMatch(at: index) else {
                    return nil
                }
                matches.append((start, end, .person, salutation))
                consumedUntil = end
                return end
            default:
                return nil
            }
        }

        var matchCount: Int { matches.count }

        /// The first `limit` findings with their text, line and column, in order of position.
        func positioned(limit: Int) -> [Finding] {
            guard !matches.isEmpty else { return [] }
            let sorted = matches.sorted { $0.start < $1.start }.prefix(limit)
            var result: [Finding] = []
            result.reserveCapacity(sorted.count)
            var line = 1, column = 1, position = 0
            for match in sorted {
                while position < match.start {
                    if bytes[position] == 10 {
                        line += 1
                        column = 1
                    } else if bytes[position] & 0xC0 != 0x80 {
                        column += 1
                    }
                    position += 1
                }
                let text = String(decoding: bytes[match.start..<match.end], as: UTF8.self)
                result.append(Finding(kind: match.kind, text: text, line: line, column: column, salutation: match.salutation))
            }
            return result
        }

        // MARK: Lines

        private func isCommentLine(from start: Int) -> Bool {
            var index = start
            while index < count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
            return index < count && bytes[index] == UInt8(ascii: "#")
        }

        private func endOfLine(from start: Int) -> Int {
            var index = start
            while index < count, bytes[index] != 10 { index += 1 }
            return index
        }

        // MARK: Bytes

        private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
        private func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        private func isLowerASCII(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
        private func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isASCIILetter(byte) }
        private func byte(_ index: Int) -> UInt8 { index >= 0 && index < count ? bytes[index] : 0 }

        /// Whether a letter or digit of any script ends just before `index`.
        private func letterOrDigitBefore(_ index: Int) -> Bool {
            guard index > 0 else { return false }
            let previous = bytes[index - 1]
            if previous < 0x80 { return isAlphanumeric(previous) }
            return scalar(at: bytes.span.scalarStart(before: index)).map { $0.scalar.properties.isAlphabetic } ?? false
        }

        /// The scalar that starts at `index`, with its length in bytes.
        private func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int)? { bytes.span.scalar(at: index) }

        // MARK: E-mail addresses

        /// Every e-mail address: a local part of letters, digits and `._%+-` (at most 64 bytes, starting
        /// with a letter or digit), `@`, and a domain of at least two labels whose last one has two or
        /// more letters. Role addresses such as `info@` or `participatie@` are not personal and are left out.
        private func emailRanges() -> [(start: Int, end: Int)] {
            var result: [(start: Int, end: Int)] = []
            var search = 0
            while let at = firstIndex(of: UInt8(ascii: "@"), from: search) {
                search = at + 1
                var start = at
                while start > 0, at - start < 64, isLocalPart(bytes[start - 1]) { start -= 1 }
                if start > 0, isLocalPart(bytes[start - 1]) { continue }
                while start < at, !(isAlphanumeric(bytes[start]) || bytes[start] >= 0x80) { start += 1 }
                guard start < at, let end = domainEnd(after: at) else { continue }
                if let last = result.last, last.end > start { continue }
                if isRoleAddress(start..<at) { continue }
                result.append((start, end))
                search = end
            }
            return result
        }

        private func isLocalPart(_ byte: UInt8) -> Bool {
            isAlphanumeric(byte) || byte >= 0x80 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
        }

        /// The end of a domain after the `@` at `at`, or `nil` when there is none.
        private func domainEnd(after at: Int) -> Int? {
            var index = at + 1
            var labelStart = index
            var lastDot: Int?
            while index < count, index - at <= 255 {
                let byte = bytes[index]
                if isAlphanumeric(byte) || byte == UInt8(ascii: "-") {
                    index += 1
                } else if byte == UInt8(ascii: "."), index > labelStart, isAlphanumeric(self.byte(index + 1)) {
                    lastDot = index
                    index += 1
                    labelStart = index
                } else {
                    break
                }
            }
            guard let lastDot, index - at <= 255 else { return nil }
            let topLevel = lastDot + 1..<index
            guard topLevel.count >= 2, topLevel.allSatisfy({ isASCIILetter(bytes[$0]) }) else { return nil }
            return index
        }

        /// Addresses of a role or an office rather than a person (documented in `docs/formaat.md`).
        static let roleAddresses: Set<String> = [
            "info", "contact", "post", "postbus", "secretariaat", "griffie", "gemeente", "participatie",
            "communicatie", "pers", "persvoorlichting", "redactie", "klantcontact", "klantenservice", "servicedesk",
            "helpdesk", "noreply", "no-reply", "webmaster", "privacy", "fg", "nieuwsbrief", "inspraak", "wijkraad",
            "dorpsraad", "secretaris", "bestuur", "team", "projectteam", "omgevingsdienst", "aanmelden", "aanmelding",
            "aanmeldingen", "vragen", "reacties", "reageren", "meedenken", "denkmee", "doemee", "praatmee", "zienswijze",
            "zienswijzen", "project", "projecten", "wijkteam", "buurtteam", "kcc", "receptie", "balie", "raad",
            "raadsgriffie", "college", "bestuurssecretariaat", "administratie", "klachten", "subsidie", "subsidies",
        ]

        private func isRoleAddress(_ range: Range<Int>) -> Bool {
            guard range.count <= 20 else { return false }
            let local = String(decoding: bytes[range], as: UTF8.self).lowercased()
            return Scanner.roleAddresses.contains(local)
        }

        private func firstIndex(of byte: UInt8, from start: Int) -> Int? {
            bytes.span.firstIndex(of: byte, from: start)
        }

        // MARK: Numbers: phone numbers, addresses, BSNs

        /// Tries the patterns that start with a digit, `+` or `(` at `start`; records a match and
        /// returns where it ends.
        private mutating func numberMatch(at start: Int) -> Int? {
            let first = bytes[start]
            if first == UInt8(ascii: "0") || first == UInt8(ascii: "+") || first == UInt8(ascii: "("), let end = phoneEnd(at: start) {
                return record(start, end, .phone)
            }
            guard isDigit(bytes[start]) else { return nil }
            if let (addressStart, end) = streetNumberBeforePostcode(at: start) {
                return record(addressStart, end, .address)
            }
            if let end = postcodeBeforeHouseNumber(at: start) {
                return record(start, end, .address)
            }
            if let end = bsnEnd(at: start) {
                return record(start, end, .bsn)
            }
            return nil
        }

        private mutating func record(_ start: Int, _ end: Int, _ kind: PersonalDataKind) -> Int {
            matches.append((start, end, kind, ""))
            consumedUntil = end
            return end
        }

        /// A run of digits from `start`: its end.
        private func digitsEnd(from start: Int) -> Int {
            var index = start
            while index < count, isDigit(bytes[index]) { index += 1 }
            return index
        }

        /// Whether a number may end at `index`: no letter, digit or decimal part follows.
        private func numberEnds(at index: Int) -> Bool {
            let next = byte(index)
            if isAlphanumeric(next) || next >= 0x80 && scalar(at: index).map({ $0.scalar.properties.isAlphabetic }) == true { return false }
            if next == UInt8(ascii: ",") || next == UInt8(ascii: ".") || next == UInt8(ascii: "-") {
                return !isDigit(byte(index + 1))
            }
            return true
        }

        /// Whether the number at `start` is glued to what comes before it (`-12`, `1.5`, `€12`).
        private func gluedBefore(_ start: Int) -> Bool {
            let previous = byte(start - 1)
            if previous == UInt8(ascii: "-") || previous == UInt8(ascii: "+") || previous == UInt8(ascii: "/") { return true }
            if previous == UInt8(ascii: ".") || previous == UInt8(ascii: ",") { return isDigit(byte(start - 2)) }
            return false
        }

        /// A Dutch phone number: national (10 digits from a leading 0) or international (`+31` or
        /// `0031`, an optional `(0)`, and 9 digits). Digits come in groups separated by one space or
        /// `-`; the first group is the area or mobile code (`06`, `053`, `0546`) or the whole number,
        /// later groups have two digits or more and one and the same separator. Service numbers
        /// (0800, 0900, 0906, 0909) are not personal and are left out.
        private func phoneEnd(at start: Int) -> Int? {
            guard !gluedBefore(start) else { return nil }
            var index = start
            var international = false
            if bytes[index] == UInt8(ascii: "+") {
                guard byte(index + 1) == UInt8(ascii: "3"), byte(index + 2) == UInt8(ascii: "1") else { return nil }
                international = true
                index += 3
            } else if bytes[index] == UInt8(ascii: "0"), byte(index + 1) == UInt8(ascii: "0"), byte(index + 2) == UInt8(ascii: "3"),
                byte(index + 3) == UInt8(ascii: "1"), !isDigit(byte(index + 4))
            {
                international = true
                index += 4
            }
            var areaInParentheses = false
            if international {
                if byte(index) == 32 || byte(index) == UInt8(ascii: "-") { index += 1 }
                if byte(index) == UInt8(ascii: "("), byte(index + 1) == UInt8(ascii: "0"), byte(index + 2) == UInt8(ascii: ")") {
                    index += 3
                    if byte(index) == 32 || byte(index) == UInt8(ascii: "-") { index += 1 }
                }
                guard isDigit(byte(index)), byte(index) != UInt8(ascii: "0") else { return nil }
            } else if bytes[index] == UInt8(ascii: "(") {
                guard byte(index + 1) == UInt8(ascii: "0") else { return nil }
                areaInParentheses = true
                index += 1
            } else {
                guard bytes[index] == UInt8(ascii: "0"), isDigit(byte(index + 1)), byte(index + 1) != UInt8(ascii: "0") else { return nil }
            }
            // Groups of digits, counted without collecting them.
            var groupCount = 0, digits = 0, firstGroup = 0, shortestLater = Int.max
            var laterSeparator: UInt8 = 0, mixedSeparators = false
            let firstDigit = index
            while groupCount < 7 {
                let groupEnd = digitsEnd(from: index)
                guard groupEnd > index else { return nil }
                let length = groupEnd - index
                if groupCount == 0 { firstGroup = length } else { shortestLater = min(shortestLater, length) }
                groupCount += 1
                digits += length
                index = groupEnd
                if areaInParentheses, groupCount == 1 {
                    guard byte(index) == UInt8(ascii: ")") else { return nil }
                    index += 1
                    if byte(index) == 32 { index += 1 }
                    guard isDigit(byte(index)) else { return nil }
                    continue
                }
                let separator = byte(index)
                guard separator == 32 || separator == UInt8(ascii: "-"), isDigit(byte(index + 1)) else { break }
                if groupCount >= 2 {
                    if laterSeparator == 0 { laterSeparator = separator } else if laterSeparator != separator { mixedSeparators = true }
                }
                index += 1
            }
            guard numberEnds(at: index) else { return nil }
            guard digits == (international ? 9 : 10) else { return nil }
            if groupCount > 1 {
                if international {
                    guard firstGroup <= 3 else { return nil }
                } else {
                    let mobile = bytes[firstDigit + 1] == UInt8(ascii: "6")
                    guard firstGroup == 3 || firstGroup == 4 || (firstGroup == 2 && mobile) else { return nil }
                }
                guard shortestLater >= 2, !mixedSeparators else { return nil }
            }
            if !international {
                // 0800, 0900, 0906, 0909: the first four digits, wherever the groups split them.
                var prefix: [UInt8] = []
                var position = firstDigit
                while prefix.count < 4, position < index {
                    if isDigit(bytes[position]) { prefix.append(bytes[position]) }
                    position += 1
                }
                if prefix[0] == 48, prefix[1] == 56 || prefix[1] == 57, prefix[2] == 48,
                    prefix[1] == 56 ? prefix[3] == 48 : (prefix[3] == 48 || prefix[3] == 54 || prefix[3] == 57)
                {
                    return nil
                }
            }
            return index
        }

        /// A BSN: nine digits (or `1234.56.782` / `1234 56 782`) that pass the 11-proef. Not after a `€`.
        private func bsnEnd(at start: Int) -> Int? {
            guard !gluedBefore(start) else { return nil }
            var digits: [Int] = []
            var index = start
            let run = digitsEnd(from: start)
            if run - start == 9 {
                digits = (start..<run).map { Int(bytes[$0] - 48) }
                index = run
            } else if run - start == 4 {
                // 1234.56.782 or 1234 56 782
                let separator = byte(run)
                guard separator == UInt8(ascii: ".") || separator == 32 else { return nil }
                let second = digitsEnd(from: run + 1)
                guard second - run - 1 == 2, byte(second) == separator else { return nil }
                let third = digitsEnd(from: second + 1)
                guard third - second - 1 == 3 else { return nil }
                for position in start..<third where isDigit(bytes[position]) { digits.append(Int(bytes[position] - 48)) }
                index = third
            } else {
                return nil
            }
            guard numberEnds(at: index), !afterEuroSign(start), !isLabelledReference(start, index) else { return nil }
            var sum = 0
            for (offset, digit) in digits.enumerated() { sum += offset == 8 ? -digit : digit * (9 - offset) }
            guard sum % 11 == 0, digits.contains(where: { $0 != 0 }) else { return nil }
            return index
        }

        /// Words that say a number is a reference of a file or a company, not a person's BSN.
        static let referenceLabels: Set<String> = [
            "kenmerk", "zaaknummer", "zaak", "dossiernummer", "dossier", "documentnummer", "registratienummer",
            "factuurnummer", "ordernummer", "volgnummer", "rsin", "kvk", "kvk-nummer", "btw-nummer", "nr",
        ]

        /// Whether the word right before `start` or right after `end` (past spaces, `:`, `(`, `)` and
        /// `.`) is one of ``referenceLabels``: "kenmerk 123456782", "123456782 (dossiernummer)".
        private func isLabelledReference(_ start: Int, _ end: Int) -> Bool {
            func isGap(_ byte: UInt8) -> Bool {
                byte == 32 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ".")
            }
            var before = start
            while before > 0, start - before < 4, isGap(bytes[before - 1]) { before -= 1 }
            var wordStart = before
            while wordStart > 0, isASCIILetter(bytes[wordStart - 1]) || bytes[wordStart - 1] == UInt8(ascii: "-"), before - wordStart < 20 {
                wordStart -= 1
            }
            if wordStart < before, Scanner.referenceLabels.contains(lowercasedASCII(wordStart..<before)) { return true }
            var after = end
            while after < count, after - end < 4, isGap(bytes[after]) { after += 1 }
            var wordEnd = after
            while wordEnd < count, isASCIILetter(bytes[wordEnd]) || bytes[wordEnd] == UInt8(ascii: "-"), wordEnd - after < 20 { wordEnd += 1 }
            return wordEnd > after && Scanner.referenceLabels.contains(lowercasedASCII(after..<wordEnd))
        }

        private func afterEuroSign(_ start: Int) -> Bool {
            var index = start
            if byte(index - 1) == 32 { index -= 1 }
            // € is E2 82 AC.
            return byte(index - 1) == 0xAC && byte(index - 2) == 0x82 && byte(index - 3) == 0xE2
        }

        /// A Dutch postcode at `start` (`7511 AB` or `7511AB`; the letters are capitals, not SA, SD or
        /// SS): its end.
        private func postcodeEnd(at start: Int) -> Int? {
            guard digitsEnd(from: start) == start + 4, bytes[start] != UInt8(ascii: "0") else { return nil }
            var index = start + 4
            if byte(index) == 32 { index += 1 }
            let first = byte(index), second = byte(index + 1)
            guard isUpperASCII(first), isUpperASCII(second), !isASCIILetter(byte(index + 2)), !isDigit(byte(index + 2)) else { return nil }
            if first == UInt8(ascii: "S"), second == UInt8(ascii: "A") || second == UInt8(ascii: "D") || second == UInt8(ascii: "S") {
                return nil
            }
            return index + 2
        }

        /// A house number at `start`: 1 to 5 digits, then an optional letter (`12a`, `12 A`) or
        /// addition (`12-3`, `12-bis`): its end.
        private func houseNumberEnd(at start: Int) -> Int? {
            let run = digitsEnd(from: start)
            guard run > start, run - start <= 5, bytes[start] != UInt8(ascii: "0") else { return nil }
            var index = run
            if isASCIILetter(byte(index)), !isASCIILetter(byte(index + 1)) {
                index += 1
            } else if byte(index) == UInt8(ascii: "-"), isAlphanumeric(byte(index + 1)) {
                var end = index + 1
                while end < count, isAlphanumeric(bytes[end]), end - index <= 4 { end += 1 }
                if !isAlphanumeric(byte(end)) { index = end }
            }
            guard !isAlphanumeric(byte(index)) else { return nil }
            return index
        }

        /// `Hengelosestraat 89, 7514 AE`: a street (one word of letters), a house number, an optional
        /// comma, white space (one line break at most) and a postcode. A `Postbus` or
        /// `Antwoordnummer` is not a home.
        private func streetNumberBeforePostcode(at start: Int) -> (Int, Int)? {
            guard byte(start - 1) == 32, let numberEnd = houseNumberEnd(at: start) else { return nil }
            var index = numberEnd
            if byte(index) == UInt8(ascii: ",") { index += 1 }
            var breaks = 0
            var spaces = 0
            while byte(index) == 32 || byte(index) == 10 {
                if byte(index) == 10 { breaks += 1 }
                spaces += 1
                index += 1
            }
            guard spaces > 0, spaces <= 4, breaks <= 1, let end = postcodeEnd(at: index) else { return nil }
            // The street: letters right before the space.
            var streetStart = start - 1
            while streetStart > 0,
                bytes[streetStart - 1] >= 0x80 || isASCIILetter(bytes[streetStart - 1]) || bytes[streetStart - 1] == UInt8(ascii: "-")
            {
                streetStart -= 1
                if start - streetStart > 60 { return nil }
            }
            guard start - 1 - streetStart >= 2 else { return nil }
            let street = String(decoding: bytes[streetStart..<start - 1], as: UTF8.self).lowercased()
            if street == "postbus" || street == "antwoordnummer" { return nil }
            return (streetStart, end)
        }

        /// `7511 AB 12`: a postcode followed by a house number (after a space, `, ` or `-`).
        private func postcodeBeforeHouseNumber(at start: Int) -> Int? {
            guard !gluedBefore(start), let postcode = postcodeEnd(at: start) else { return nil }
            var index = postcode
            if byte(index) == UInt8(ascii: ",") { index += 1 }
            if byte(index) == 32 || (byte(index) == UInt8(ascii: "-") && index == postcode) {
                index += 1
            } else {
                return nil
            }
            return houseNumberEnd(at: index)
        }

        // MARK: IBAN

        /// Lengths of the IBANs of the SEPA countries, by country code.
        static let ibanLengths: [String: Int] = [
            "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24,
            "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20,
            "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19,
            "SK": 24, "SM": 27,
        ]

        /// An IBAN of a SEPA country, written as one word or in groups of four separated by single
        /// spaces, of the country's length: its end, and whether its checksum is valid (mod 97 = 1).
        private func ibanEnd(at start: Int) -> (end: Int, valid: Bool)? {
            guard isDigit(byte(start + 2)), isDigit(byte(start + 3)), isASCIILetter(byte(start + 1)) else { return nil }
            let country = String(decoding: [bytes[start] & ~0x20, bytes[start + 1] & ~0x20], as: UTF8.self)
            guard let length = Scanner.ibanLengths[country] else { return nil }
            var characters: [UInt8] = []
            var index = start
            var groupLength = 0
            var grouped: Bool?
            while index < count, characters.count < length {
                let byte = bytes[index]
                if isAlphanumeric(byte) {
                    characters.append(byte)
                    groupLength += 1
                    index += 1
                } else if byte == 32, groupLength == 4, isAlphanumeric(self.byte(index + 1)), grouped != false {
                    grouped = true
                    groupLength = 0
                    index += 1
                } else {
                    break
                }
                if grouped == nil, groupLength > 4 { grouped = false }
            }
            guard characters.count == length, numberEnds(at: index) else { return nil }
            return (index, PrivacyScan.hasValidChecksum(iban: characters))
        }

        // MARK: People

        /// The salutation or title the ASCII word in `range` spells (in any case), without making a string
        /// of every word: most words are none. The word, lower case, is packed into one integer (each is at
        /// most seven letters) and compared with the packed words.
        static func salutationOrTitle(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
            guard range.count <= 7 else { return nil }
            var packed: UInt64 = 0
            for index in range.reversed() { packed = packed << 8 | UInt64(bytes[index] | 0x20) }
            guard let word = packedWords.first(where: { $0.packed == packed }) else { return nil }
            return word.text
        }

        private static let packedWords: [(packed: UInt64, text: String)] = salutations.union(titles).sorted().map { word in
            (word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }, word)
        }

        /// Salutations; a person is named when a name follows. `heer` only in lower case ("de Heer" is God).
        static let salutations: Set<String> = ["heer", "mevrouw", "meneer", "mevr", "mw", "dhr"]
        /// Titles, always with a full stop.
        static let titles: Set<String> = ["mr", "dr", "drs", "ir", "ing", "prof", "ds"]
        /// Words between a salutation and a surname ("van der", "de", "in 't").
        static let particles: Set<String> = [
            "van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "’t", "in", "op", "von", "vom", "zu", "du", "da", "di",
            "del", "della", "la", "le", "los", "el", "al", "ben", "bin", "ibn",
        ]
        /// Offices that follow "mevrouw de" as a form of address ("mevrouw de Voorzitter"), not names.
        static let offices: Set<String> = [
            "voorzitter", "burgemeester", "wethouder", "griffier", "secretaris", "minister", "staatssecretaris",
            "commissaris", "directeur", "gedeputeerde", "koning", "koningin", "prins", "prinses", "rector",
        ]
        /// Endings of streets and institutions named after someone with a title ("Dr. Zamenhofstraat",
        /// "Prof. Dr. Dorgelolaan", "Dr. Schaepmanschool").
        static let namedAfterEndings = [
            "straat", "laan", "weg", "plein", "singel", "kade", "gracht", "dreef", "plantsoen", "allee", "school",
            "college", "ziekenhuis", "kerk", "stichting", "fonds", "instituut", "huis", "park", "hof",
        ]

        /// A word of ASCII letters at `start`: its end.
        private func asciiWordEnd(from start: Int) -> Int {
            var index = start
            while index < count, isASCIILetter(bytes[index]) { index += 1 }
            return index
        }

        private func lowercasedASCII(_ range: Range<Int>) -> String {
            String(decoding: range.map { bytes[$0] | 0x20 }, as: UTF8.self)
        }

        /// A salutation or title at `start`, then a name. Returns the match (with a `de` before `heer`)
        /// and the salutation as written.
        private func personMatch(at start: Int) -> (Int, Int, String)? {
            let wordEnd = asciiWordEnd(from: start)
            let length = wordEnd - start
            guard length >= 2, length <= 7 else { return nil }
            // Only "Mevrouw" or "mevrouw": a capital at most at the start.
            for index in start + 1..<wordEnd where isUpperASCII(bytes[index]) { return nil }
            guard let word = Scanner.salutationOrTitle(bytes, start..<wordEnd) else { return nil }
            var index = wordEnd
            var matchStart = start
            let isTitle: Bool
            if Scanner.salutations.contains(word) {
                if word == "heer" {
                    guard bytes[start] == UInt8(ascii: "h") else { return nil }
                    if start >= 3, byte(start - 1) == 32, lowercasedASCII(start - 3..<start - 1) == "de", !letterOrDigitBefore(start - 3) {
                        matchStart = start - 3
                    }
                }
                if byte(index) == UInt8(ascii: "."), word == "mevr" || word == "mw" || word == "dhr" { index += 1 }
                isTitle = false
            } else if Scanner.titles.contains(word), byte(index) == UInt8(ascii: ".") {
                index += 1
                isTitle = true
            } else {
                return nil
            }
            let salutation = String(decoding: bytes[matchStart..<index], as: UTF8.self)
            // More titles: "mevrouw dr. ir. …".
            var titled = isTitle
            while byte(index) == 32 {
                let next = index + 1
                let end = asciiWordEnd(from: next)
                guard end > next, byte(end) == UInt8(ascii: "."), Scanner.titles.contains(lowercasedASCII(next..<end)) else { break }
                index = end + 1
                titled = true
            }
            guard let end = nameEnd(after: index, titled: titled) else { return nil }
            return (matchStart, end, salutation)
        }

        /// A name after a salutation: initials (`J.`, `J.P.`, `Th.`), a first name, particles and a
        /// surname with a capital; at most one more capitalised word joins it ("Anna de Vries").
        private func nameEnd(after start: Int, titled: Bool) -> Int? {
            var index = start
            guard byte(index) == 32 else { return nil }
            index += 1
            // Initials.
            while let end = initialEnd(at: index) {
                index = end
                if byte(index) == 32, initialEnd(at: index + 1) != nil || startsCapitalisedOrParticle(index + 1) { index += 1 } else { break }
            }
            guard var name = surname(at: index) else { return nil }
            // One more part: "Anna de Vries", "Jan Jansen".
            if byte(name.end) == 32, let more = surname(at: name.end + 1) {
                name = more
            }
            let word = String(decoding: bytes[name.lastWord..<name.end], as: UTF8.self).lowercased()
            if Scanner.offices.contains(word) { return nil }
            if titled, Scanner.namedAfterEndings.contains(where: word.hasSuffix) { return nil }
            return name.end
        }

        /// Initials of more than one letter ("Th. de Vries"); any other capital and lower-case letters
        /// before a full stop are a surname at the end of a sentence ("de heer Bos.").
        static let longInitials: Set<String> = ["th", "chr", "ph", "ch", "joh", "fr", "wm"]

        /// `J.`, `J.P.`, `Th.` at `index`: the end.
        private func initialEnd(at index: Int) -> Int? {
            var position = index
            var found = false
            while isUpperASCII(byte(position)) {
                var end = position + 1
                while isLowerASCII(byte(end)), end - position < 3 { end += 1 }
                guard byte(end) == UInt8(ascii: ".") else { break }
                if end - position > 1, !Scanner.longInitials.contains(lowercasedASCII(position..<end)) { break }
                position = end + 1
                found = true
            }
            return found ? position : nil
        }

        private func startsCapitalisedOrParticle(_ index: Int) -> Bool {
            guard let (scalar, _) = scalar(at: index) else { return false }
            if scalar.properties.isUppercase { return true }
            let end = asciiWordEnd(from: index)
            return end > index && Scanner.particles.contains(lowercasedASCII(index..<end))
        }

        /// Particles and a capitalised word at `start` (`van der Berg`, `De Vos-Koelink`, `Özdemir`):
        /// the end of the surname and where its last word starts.
        private func surname(at start: Int) -> (end: Int, lastWord: Int)? {
            var index = start
            var particles = 0
            while particles < 4 {
                let end = particleEnd(at: index)
                guard let end, byte(end) == 32 else { break }
                // A capitalised particle may be the surname itself ("De" in "mevrouw De"): only a
                // particle when a word follows.
                index = end + 1
                particles += 1
            }
            guard let (first, _) = scalar(at: index), first.properties.isUppercase else { return nil }
            let wordStart = index
            var end = index
            var letters = 0
            while let (scalar, length) = scalar(at: end) {
                if scalar.properties.isAlphabetic {
                    letters += 1
                } else if scalar == "-" || scalar == "'" || scalar == "’" {
                    guard let (next, _) = self.scalar(at: end + length), next.properties.isAlphabetic else { break }
                } else {
                    break
                }
                end += length
                if end - wordStart > 80 { return nil }
            }
            guard letters >= 2 else { return nil }
            return (end, wordStart)
        }

        /// A particle word at `index` (any case): its end.
        private func particleEnd(at index: Int) -> Int? {
            var end = index
            while end < count, isASCIILetter(bytes[end]) || bytes[end] == UInt8(ascii: "'") { end += 1 }
            // ’t (E2 80 99 74)
            if end == index, byte(index) == 0xE2, byte(index + 1) == 0x80, byte(index + 2) == 0x99, byte(index + 3) == UInt8(ascii: "t") {
                end = index + 4
            }
            guard end > index, end - index <= 5 else { return nil }
            let word = String(decoding: bytes[index..<end], as: UTF8.self).lowercased()
            return Scanner.particles.contains(word) ? end : nil
        }
    }
}
