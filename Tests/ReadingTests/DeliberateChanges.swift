/// The cases where the new composer deliberately reports something else than the old implementation
/// (beyond libyaml's English problem now being Dutch, and keys that are collections now being
/// reported by the composer), with what it reports now and why.
enum DeliberateChanges {
    struct Change {
        let now: String
        let why: String
    }

    private static let tooDeep = "front matter is te diep genest (meer dan 32 niveaus)"

    static let byName: [String: Change] = [
        // A value starting with U+FEFF keeps it: the text is exactly what libyaml gives.
        "bom value": Change(
            now: "{\"a\"/plain@2:1: \"\u{FEFF}bom\"/doubleQuoted@2:4, \"b\"/plain@3:1: \"\u{200B}zwsp\"/doubleQuoted@3:4}@2:1",
            why: "Yams (through Foundation) dropped a leading U+FEFF; now the value keeps it, as any other character"),
        "literal byte-order mark at the start of a value": Change(
            now: "{\"a\"/plain@2:1: \"\u{FEFF}b\"/plain@2:4, \"c\"/plain@3:1: \"d\"/plain@3:4}@2:1",
            why: "Yams (through Foundation) dropped a leading U+FEFF; now the value keeps it, as any other character"),

        // Too deep: the system's libyaml 0.2.5 has no nesting limit of its own, so the composer's limit
        // reports the collection that is one level too deep, not where libyaml's look-ahead stopped.
        "10,000 flow sequences": Change(
            now: "5:41: " + tooDeep,
            why: "the 33rd level instead of libyaml's look-ahead position"),
        "10,000 sequences after a:'b": Change(
            now: "5:51: " + tooDeep,
            why: "the 33rd level instead of libyaml's look-ahead position"),
        "10,000 flow sequences at the top": Change(
            now: "2:33: " + tooDeep,
            why: "the 33rd level instead of libyaml's look-ahead position"),

        // Duplicate keys: the first key in reading order that repeats, at its second occurrence.
        "two different duplicate keys": Change(
            now: "4:1: sleutel 'b' komt twee keer voor",
            why: "Yams named the duplicated key that sorts first; now the first key that repeats in the file"),
        "outer duplicate before inner duplicate": Change(
            now: "3:1: sleutel 'a' komt twee keer voor",
            why: "Yams judged inner mappings first; now the first repetition in the file"),
        "duplicate key then syntax error": Change(
            now: "3:1: sleutel 'a' komt twee keer voor",
            why: "Yams never finished the mapping; now the repetition, which comes before the syntax error"),
        "canonically equivalent keys": Change(
            now: "3:1: sleutel 'é' komt twee keer voor",
            why: "the old text search did not find 'e\u{301}' as 'é' and fell back to the first occurrence"),
        "duplicate explicit keys": Change(
            now: "4:3: sleutel 'a' komt twee keer voor",
            why: "the old text search only knew 'key:' and fell back to the first occurrence"),

        // Keys that are collections, in any mapping.
        "collection key in a nested mapping": Change(
            now: "3:3: sleutel moet gewone tekst zijn",
            why: "the field reader only looked at the keys of the top-level mapping"),
        "collection key in a flow mapping": Change(
            now: "2:5: sleutel moet gewone tekst zijn",
            why: "the field reader only looked at the keys of the top-level mapping"),
        "equal collection keys": Change(
            now: "2:1: sleutel moet gewone tekst zijn",
            why: "Yams called these duplicate keys named '<uncovertable>'"),

        // Characters libyaml's reader refuses: at their own position, with their code point.
        "C1 control in a quoted title": Change(
            now: "3:14: ongeldige YAML in front matter (teken U+0086 is niet toegestaan)",
            why: "reader errors were reported at the start of the block"),
        "DEL in a value": Change(
            now: "3:5: ongeldige YAML in front matter (teken U+007F is niet toegestaan)",
            why: "reader errors were reported at the start of the block"),
        "U+FFFE in a value": Change(
            now: "2:5: ongeldige YAML in front matter (teken U+FFFE is niet toegestaan)",
            why: "reader errors were reported at the start of the block"),
        "C0 control in a value": Change(
            now: "4:5: ongeldige YAML in front matter (teken U+0001 is niet toegestaan)",
            why: "reader errors were reported at the start of the block"),
        "control after 20,000 characters": Change(
            now: "2:20004: ongeldige YAML in front matter (teken U+0001 is niet toegestaan)",
            why: "reader errors were reported at the start of the block"),

        // Lines are the file's lines: U+0085, U+2028 and U+2029 do not start a new line.
        "NEL in a quoted title": Change(
            now: "3:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            why: "libyaml's line count (YAML 1.1 line breaks) was taken as the file line"),
        "line separator in a plain value": Change(
            now: "3:1: ongeldige YAML in front matter (de ':' na de sleutel ontbreekt); het begon op regel 2; "
                + "tip: zet de waarde van 'd' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            why: "libyaml's line count (YAML 1.1 line breaks) was taken as the file line"),
        "paragraph separator in a plain value": Change(
            now: "3:1: ongeldige YAML in front matter (de ':' na de sleutel ontbreekt); het begon op regel 2",
            why: "libyaml's line count (YAML 1.1 line breaks) was taken as the file line"),
    ]
}
