// Recorded with the implementation before the one-pass composer (YAMLLineReader, the libyaml event
// pass with Yams' CYaml, and Yams 6.2.2 for errors and the blocks it was handed): a throwaway package
// with copies of those files compiled ``CaseCatalog`` and printed this table. Do not edit by hand.

/// What the old implementation gave for each case of ``CaseCatalog``, with the YAML block starting on
/// file line 2: its composer's outcome (a tree dump or `line:column: message`) and what its field
/// reader reported (`sleutel moet gewone tekst zijn` came from there, not from the composer).
enum RecordedOutcomes {
    struct Recorded {
        let outcome: String
        let diagnostics: [String]

        init(_ outcome: String, _ diagnostics: [String]) {
            self.outcome = outcome
            self.diagnostics = diagnostics
        }
    }

    static let byName: [String: Recorded] = [
        "own 0": Recorded(
            "{\"soort\"/plain@2:1: \"inspraakavond\"/plain@2:8, \"titel\"/plain@3:1: \"Avond in het wijkcentrum\"/plain@3:8, \"datum\"/plain@4:1: \"2024-03-12\"/plain@4:8}@2:1",
            []),
        "own 1": Recorded(
            "{\"titel\"/plain@2:1: \"Wonen & Zorg *samen*\"/plain@2:8, \"doelgroepen\"/plain@3:1: [\"bewoners\"/plain@3:15, \"jongeren & ouderen\"/doubleQuoted@3:25]@3:14, \"motivering\"/plain@4:1: \"het kan niet: d\\\'r is geen geld\"/singleQuoted@4:13}@2:1",
            []),
        "own 2": Recorded(
            "{\"toelichting\"/plain@2:1: \"*Let op:* dit is **Markdown**\\n- [ ] nog te doen\\n\\nslot\\n\"/literal@2:14, \"naam\"/plain@9:1: \"x\"/plain@9:7}@2:1",
            []),
        "own 3": Recorded(
            "{\"a\"/plain@2:1: \"zonder regeleinde\"/literal@2:4, \"b\"/plain@4:1: \"met alle regeleinden\\n\\n\\n\"/literal@4:4, \"c\"/plain@8:1: \"gevouwen tekst\\nnieuwe alinea\\n\"/folded@8:4, \"d\"/plain@13:1: \"kort\"/folded@13:4}@2:1",
            []),
        "own 4": Recorded("{\"a\"/plain@2:1: \"  twee extra spaties\\nb\\n\"/literal@2:4}@2:1", []),
        "own 5": Recorded("{\"titel\"/plain@2:1: \"een twee\\ndrie\"/doubleQuoted@2:8, \"ander\"/plain@6:1: \"een twee\"/singleQuoted@6:8}@2:1", []),
        "own 6": Recorded("{\"escapes\"/plain@2:1: \"tab\\there é A        \\\"\\\\ eindeverder\"/doubleQuoted@2:10}@2:1", []),
        "own 7": Recorded("{\"vlak\"/plain@2:1: \"lange tekst over meer regels\\nmet een lege ertussen\"/plain@2:7}@2:1", []),
        "own 8": Recorded(
            "{\"lijst\"/plain@2:1: [\"a\"/plain@2:9, \"b\"/plain@2:12, [\"c\"/plain@2:16, \"d\"/plain@2:19]@2:15, {\"e\"/plain@2:24: \"f\"/plain@2:27}@2:23, \"g, h\"/doubleQuoted@2:31, \"i\"/singleQuoted@2:39]@2:8, \"leeg\"/plain@3:1: []@3:7, \"niets\"/plain@4:1: {}@4:8}@2:1",
            []),
        "own 9": Recorded(
            "{\"kaart\"/plain@2:1: {\"a\"/plain@2:9: \"1\"/plain@2:12, \"b\"/plain@2:15: [\"x\"/plain@2:19, \"y\"/plain@2:22]@2:18, \"c\"/plain@2:26: {\"d\"/plain@2:30: \"e\"/plain@2:33}@2:29}@2:8}@2:1",
            []),
        "own 10": Recorded("{\"a\"/plain@3:1: \"b\"/plain@3:4, \"c\"/plain@4:1: \"d\"/doubleQuoted@4:4, \"e\"/plain@6:1: \"f\"/plain@6:4}@3:1", []),
        "own 11": Recorded(
            "{\"titel\"/plain@2:1: \"é ü ï\"/plain@2:8, \"ü\"/plain@3:1: \"tweede\"/plain@3:4, \"locatie\"/plain@4:1: \"日本 ✓ 😀 plek\"/plain@4:10, \"😀\"/plain@5:1: \"emoji-sleutel\"/plain@5:4}@2:1",
            []),
        "own 12": Recorded(
            "{\"a\"/plain@2:1: \"\"/plain@2:3, \"b\"/plain@3:1: \"~\"/plain@3:4, \"c\"/plain@4:1: \"null\"/plain@4:4, \"d\"/plain@5:1: \"Null\"/plain@5:4, \"e\"/plain@6:1: \"NULL\"/plain@6:4, \"f\"/plain@7:1: \"\"/doubleQuoted@7:4, \"g\"/plain@8:1: \"\"/singleQuoted@8:4}@2:1",
            []),
        "own 13": Recorded("{\"a\"/plain@2:3: \"b\"/plain@3:3, \"c\"/plain@4:3: \"\"/plain@5:1}@2:1", []),
        "own 14": Recorded("{\"a\"/plain@2:1: \"b\"/plain@2:7, \"c\"/doubleQuoted@3:1: \"d\"/plain@3:7}@2:1", []),
        "own 15": Recorded(
            "{\"doelgroepen\"/plain@2:1: [\"bewoners\"/plain@3:3, \"ondernemers\"/plain@4:3, [\"diep\"/plain@5:5, \"dieper\"/plain@6:5]@5:3]@3:1, \"x\"/plain@7:1: [\"y\"/plain@8:5]@8:3}@2:1",
            []),
        "own 16": Recorded("{\"<<\"/plain@2:1: {\"a\"/plain@2:6: \"1\"/plain@2:9}@2:5, \"b\"/plain@3:1: \"2\"/plain@3:4}@2:1", []),
        "own 17": Recorded("{\"a\"/plain@2:1: \"x\"/doubleQuoted@2:4, \"A\"/plain@3:1: \"x\"/doubleQuoted@3:4}@2:1", []),
        "own 18": Recorded("nil", ["1:1: front matter is leeg"]),
        "own 19": Recorded("nil", ["1:1: front matter is leeg"]),
        "own 20": Recorded("\"tekst\"/plain@2:5", ["2:5: front matter moet bestaan uit regels \'sleutel: waarde\'"]),
        "own 21": Recorded("{\"a\"/plain@3:1: \"b\"/plain@3:4}@3:1", []),
        "own 22": Recorded("\"gewoon een tekst\"/plain@2:1", ["2:1: front matter moet bestaan uit regels \'sleutel: waarde\'"]),
        "own 23": Recorded("[\"een\"/plain@2:3, \"twee\"/plain@3:3]@2:1", ["2:1: front matter moet bestaan uit regels \'sleutel: waarde\'"]),
        "own 24": Recorded("{\"a\"/plain@4:1: \"b\"/plain@4:4}@4:1", []),
        "own 25": Recorded(
            "{\"a\"/plain@2:1: \"19:30\"/plain@2:4, \"b\"/plain@3:1: \"no\"/plain@3:4, \"c\"/plain@4:1: \"010\"/plain@4:4, \"d\"/plain@5:1: \"1e3\"/plain@5:4, \"e\"/plain@6:1: \"2024-03-12T10:00:00Z\"/plain@6:4}@2:1",
            []),
        "own 26": Recorded("{\"a\"/plain@2:1: \"\\0nul\"/doubleQuoted@2:4}@2:1", []),
        "own 27": Recorded("{\"a\"/plain@2:1: \"​zwsp\"/doubleQuoted@2:4, \"b\"/plain@3:1: \"x﻿\"/doubleQuoted@3:4}@2:1", []),
        "own 28": Recorded("{\"datum\"/plain@2:1: [\"2024-03-12\"/plain@3:5, \"2024-03-14\"/plain@4:5]@3:3}@2:1", []),
        "handed to Yams 0": Recorded("3:1: sleutel \'a\' komt twee keer voor", ["3:1: sleutel \'a\' komt twee keer voor"]),
        "handed to Yams 1": Recorded("3:1: sleutel \'a\' komt twee keer voor", ["3:1: sleutel \'a\' komt twee keer voor"]),
        "handed to Yams 2": Recorded("3:1: sleutel \'a\' komt twee keer voor", ["3:1: sleutel \'a\' komt twee keer voor"]),
        "handed to Yams 3": Recorded("5:3: sleutel \'a\' komt twee keer voor", ["5:3: sleutel \'a\' komt twee keer voor"]),
        "handed to Yams 4": Recorded("2:8: sleutel \'a\' komt twee keer voor", ["2:8: sleutel \'a\' komt twee keer voor"]),
        "handed to Yams 5": Recorded("3:1: sleutel \'<<\' komt twee keer voor", ["3:1: sleutel \'<<\' komt twee keer voor"]),
        "handed to Yams 6": Recorded("{[\"a\"/plain@2:2]@2:1: \"b\"/plain@2:6}@2:1", ["2:1: sleutel moet gewone tekst zijn"]),
        "handed to Yams 7": Recorded("{[\"a\"/plain@2:4, \"b\"/plain@2:7]@2:3: \"c\"/plain@3:3}@2:1", ["2:3: sleutel moet gewone tekst zijn"]),
        "handed to Yams 8": Recorded("{{\"a\"/plain@2:2: \"b\"/plain@2:5}@2:1: \"c\"/plain@2:9}@2:1", ["2:1: sleutel moet gewone tekst zijn"]),
        "handed to Yams 9": Recorded(
            "3:2: ongeldige YAML in front matter (did not find expected \',\' or \']\'); het begon op regel 2",
            ["3:2: ongeldige YAML in front matter (did not find expected \',\' or \']\'); het begon op regel 2"]),
        "handed to Yams 10": Recorded(
            "2:5: ongeldige YAML in front matter (mapping values are not allowed in this context); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:5: ongeldige YAML in front matter (mapping values are not allowed in this context); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "handed to Yams 11": Recorded(
            "3:1: ongeldige YAML in front matter (found character that cannot start any token); tip: spring in met spaties, niet met tabs",
            ["3:1: ongeldige YAML in front matter (found character that cannot start any token); tip: spring in met spaties, niet met tabs"]),
        "handed to Yams 12": Recorded(
            "3:1: ongeldige YAML in front matter (found unexpected end of stream); het begon op regel 2; tip: schrijf een \" binnen de waarde van \'titel\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "3:1: ongeldige YAML in front matter (found unexpected end of stream); het begon op regel 2; tip: schrijf een \" binnen de waarde van \'titel\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "handed to Yams 13": Recorded(
            "3:1: ongeldige YAML in front matter (found unexpected end of stream); het begon op regel 2; tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "3:1: ongeldige YAML in front matter (found unexpected end of stream); het begon op regel 2; tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "handed to Yams 14": Recorded(
            "3:1: ongeldige YAML in front matter (did not find expected <document start>)",
            ["3:1: ongeldige YAML in front matter (did not find expected <document start>)"]),
        "handed to Yams 15": Recorded(
            "3:1: ongeldige YAML in front matter (but found another document); het begon op regel 2",
            ["3:1: ongeldige YAML in front matter (but found another document); het begon op regel 2"]),
        "handed to Yams 16": Recorded(
            "3:1: ongeldige YAML in front matter (but found another document); het begon op regel 2",
            ["3:1: ongeldige YAML in front matter (but found another document); het begon op regel 2"]),
        "handed to Yams 17": Recorded(
            "2:15: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:15: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "handed to Yams 18": Recorded(
            "3:1: ongeldige YAML in front matter (found unexpected end of stream); het begon op regel 2; tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "3:1: ongeldige YAML in front matter (found unexpected end of stream); het begon op regel 2; tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "handed to Yams 19": Recorded(
            "2:14: ongeldige YAML in front matter (mapping values are not allowed in this context); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:14: ongeldige YAML in front matter (mapping values are not allowed in this context); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "handed to Yams 20": Recorded(
            "2:14: ongeldige YAML in front matter (did not find expected key); tip: schrijf een \" binnen de waarde van \'titel\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "2:14: ongeldige YAML in front matter (did not find expected key); tip: schrijf een \" binnen de waarde van \'titel\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "handed to Yams 21": Recorded(
            "3:1: ongeldige YAML in front matter (did not find expected \'-\' indicator); het begon op regel 2",
            ["3:1: ongeldige YAML in front matter (did not find expected \'-\' indicator); het begon op regel 2"]),
        "handed to Yams 22": Recorded(
            "2:4: ongeldige YAML in front matter (found character that cannot start any token); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:4: ongeldige YAML in front matter (found character that cannot start any token); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "handed to Yams 23": Recorded(
            "2:4: ongeldige YAML in front matter (found character that cannot start any token); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:4: ongeldige YAML in front matter (found character that cannot start any token); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "handed to Yams 24": Recorded(
            "2:7: ongeldige YAML in front matter (found invalid Unicode character escape code); tip: schrijf een \" binnen de waarde van \'a\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "2:7: ongeldige YAML in front matter (found invalid Unicode character escape code); tip: schrijf een \" binnen de waarde van \'a\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "handed to Yams 25": Recorded(
            "2:5: ongeldige YAML in front matter (found unknown escape character); tip: schrijf een \" binnen de waarde van \'a\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "2:5: ongeldige YAML in front matter (found unknown escape character); tip: schrijf een \" binnen de waarde van \'a\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "handed to Yams 26": Recorded("19:1: sleutel \'k5\' komt twee keer voor", ["19:1: sleutel \'k5\' komt twee keer voor"]),
        "bom value": Recorded("{\"a\"/plain@2:1: \"bom\"/doubleQuoted@2:4, \"b\"/plain@3:1: \"​zwsp\"/doubleQuoted@3:4}@2:1", []),
        "duplicate title": Recorded("4:1: sleutel \'titel\' komt twee keer voor", ["4:1: sleutel \'titel\' komt twee keer voor"]),
        "unclosed flow list": Recorded(
            "3:6: ongeldige YAML in front matter (did not find expected \',\' or \']\'); het begon op regel 2",
            ["3:6: ongeldige YAML in front matter (did not find expected \',\' or \']\'); het begon op regel 2"]),
        "second document": Recorded(
            "3:1: ongeldige YAML in front matter (but found another document); het begon op regel 2",
            ["3:1: ongeldige YAML in front matter (but found another document); het begon op regel 2"]),
        "collection keys": Recorded(
            "{[\"a\"/plain@2:2]@2:1: \"b\"/plain@2:6, \"c\"/doubleQuoted@3:1: \"d\"/plain@3:6, [\"e\"/plain@4:4]@4:3: \"f\"/plain@5:3}@2:1",
            ["2:1: sleutel moet gewone tekst zijn", "4:3: sleutel moet gewone tekst zijn"]),
        "empty": Recorded("nil", ["1:1: front matter is leeg"]),
        "list at the top": Recorded("[\"een\"/plain@2:3, \"twee\"/plain@3:3]@2:1", ["2:1: front matter moet bestaan uit regels \'sleutel: waarde\'"]),
        "unicode positions": Recorded(
            "{\"ü\"/plain@2:1: \"é ✓\"/plain@2:4, \"😀\"/doubleQuoted@4:1: [\"a\"/plain@4:7, \"b\"/singleQuoted@4:10]@4:6}@2:1", []),
        "duplicate before alias": Recorded(
            "4:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["4:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "second document before tag": Recorded(
            "4:4: tag \'!!str\' van YAML wordt niet ondersteund", ["4:4: tag \'!!str\' van YAML wordt niet ondersteund"]),
        "fixture anchors/2024-04-01-anker": Recorded(
            "5:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["5:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "fixture anchors/2024-04-02-verwijzing": Recorded(
            "5:15: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["5:15: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "fixture anchors/2024-04-03-lege-anker": Recorded(
            "5:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["5:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "fixture bom/2024-04-01-bom": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Met BOM\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8}@2:1",
            []),
        "fixture complex-keys/2024-04-01-sleutels": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Sleutels\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, [\"a\"/plain@5:2]@5:1: \"b\"/plain@5:6, {\"x\"/plain@6:4: \"1\"/plain@6:7}@6:3: \"b\"/plain@7:3, {\"c\"/plain@8:2: \"1\"/plain@8:5}@8:1: \"d\"/plain@8:9}@2:1",
            ["5:1: sleutel moet gewone tekst zijn", "6:3: sleutel moet gewone tekst zijn", "8:1: sleutel moet gewone tekst zijn"]),
        "fixture control-characters/2024-04-01-stuurtekens": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Stuurtekens\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, \"status\"/plain@5:1: \"\\u{1B}[31mrood\\u{1B}[0m\\nprocess/nep.md:1:1: fout: vals\"/doubleQuoted@5:9}@2:1",
            []),
        "fixture duplicate-keys/2024-04-01-blok": Recorded(
            "6:1: sleutel \'titel\' komt twee keer voor", ["6:1: sleutel \'titel\' komt twee keer voor"]),
        "fixture duplicate-keys/2024-04-02-spatie": Recorded(
            "5:1: sleutel \'titel\' komt twee keer voor", ["5:1: sleutel \'titel\' komt twee keer voor"]),
        "fixture duplicate-keys/2024-04-03-flow": Recorded(
            "5:20: sleutel \'zaal\' komt twee keer voor", ["5:20: sleutel \'zaal\' komt twee keer voor"]),
        "fixture yaml-syntax/2024-04-01-haakje": Recorded(
            "6:1: ongeldige YAML in front matter (did not find expected \',\' or \']\'); het begon op regel 5",
            ["6:1: ongeldige YAML in front matter (did not find expected \',\' or \']\'); het begon op regel 5"]),
        "fixture yaml-syntax/2024-04-02-tab": Recorded(
            "6:1: ongeldige YAML in front matter (found character that cannot start any token); tip: spring in met spaties, niet met tabs",
            ["6:1: ongeldige YAML in front matter (found character that cannot start any token); tip: spring in met spaties, niet met tabs"]),
        "fixture yaml-syntax/2024-04-03-apostrof": Recorded(
            "5:26: ongeldige YAML in front matter (found unexpected end of stream); tip: zet de waarde van \'locatie\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "5:26: ongeldige YAML in front matter (found unexpected end of stream); tip: zet de waarde van \'locatie\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "fixture yaml-syntax/2024-04-04-dubbele-punt": Recorded(
            "3:14: ongeldige YAML in front matter (mapping values are not allowed in this context); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "3:14: ongeldige YAML in front matter (mapping values are not allowed in this context); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "fixture yaml-syntax/2024-04-05-sterretje": Recorded(
            "3:14: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "3:14: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "fixture yaml-syntax/2024-04-06-aanhalingstekens": Recorded(
            "3:14: ongeldige YAML in front matter (did not find expected key); het begon op regel 2; tip: schrijf een \" binnen de waarde van \'titel\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "3:14: ongeldige YAML in front matter (did not find expected key); het begon op regel 2; tip: schrijf een \" binnen de waarde van \'titel\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "fixture tags/2024-04-01-python": Recorded(
            "5:10: tag \'!!python/object/apply:os.system\' van YAML wordt niet ondersteund",
            ["5:10: tag \'!!python/object/apply:os.system\' van YAML wordt niet ondersteund"]),
        "fixture tags/2024-04-02-verbatim": Recorded(
            "5:10: tag \'!!str\' van YAML wordt niet ondersteund", ["5:10: tag \'!!str\' van YAML wordt niet ondersteund"]),
        "fixture tags/2024-04-03-lokaal": Recorded(
            "5:10: tag \'!belangrijk\' van YAML wordt niet ondersteund", ["5:10: tag \'!belangrijk\' van YAML wordt niet ondersteund"]),
        "fixture legitimate/2024-04-01-ampersand": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Wonen & Zorg\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, \"locatie\"/plain@5:1: \"Zaal 1 [boven] - *achter* de trap\"/plain@5:10}@2:1",
            []),
        "fixture legitimate/2024-04-02-blokscalar": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"*nadruk* & !belangrijk\\n[a *b] {c} \\\'d\\n\"/literal@3:8, \"datum\"/plain@6:1: \"2024-04-02\"/plain@6:8}@2:1",
            []),
        "fixture legitimate/2024-04-03-meerdere-regels": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Een titel over twee regels # geen commentaar *met* &tekens\"/doubleQuoted@3:8, \"datum\"/plain@6:1: \"2024-04-03\"/plain@6:8, \"locatie\"/plain@7:1: \"Jan\\\'s &zaal\"/singleQuoted@7:10}@2:1",
            []),
        "fixture legitimate/2024-04-04-vervolgregel": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Een lange titel *met nadruk* &co !ja - geen lijst\"/plain@3:8, \"datum\"/plain@6:1: \"2024-04-04\"/plain@6:8}@2:1",
            []),
        "fixture legitimate/2024-04-05-tekens": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Wat nu?! 100% zeker: \\\"ja\\\" # geen commentaar\"/singleQuoted@3:8, \"datum\"/plain@4:1: \"2024-04-05\"/plain@4:8, \"locatie\"/plain@5:1: \"*Stadhuis*\"/doubleQuoted@5:10, \"doelgroepen\"/plain@6:1: [\"!jongeren\"/singleQuoted@7:5, \"&ouderen\"/doubleQuoted@8:5, \"*iedereen*\"/singleQuoted@9:5, \"a:b\"/plain@10:5, \"50%\"/plain@11:5]@7:3}@2:1",
            []),
        "billion laughs": Recorded(
            "2:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["2:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "10,000 flow sequences": Recorded(
            "5:11: front matter is te diep genest (meer dan 32 niveaus)", ["5:11: front matter is te diep genest (meer dan 32 niveaus)"]),
        "10,000 flow mappings": Recorded(
            "5:134: front matter is te diep genest (meer dan 32 niveaus)", ["5:134: front matter is te diep genest (meer dan 32 niveaus)"]),
        "10,000 compact sequences": Recorded(
            "6:65: front matter is te diep genest (meer dan 32 niveaus)", ["6:65: front matter is te diep genest (meer dan 32 niveaus)"]),
        "300 indented mappings": Recorded(
            "37:33: front matter is te diep genest (meer dan 32 niveaus)", ["37:33: front matter is te diep genest (meer dan 32 niveaus)"]),
        "10,000 sequences after a:\'b": Recorded(
            "5:21: front matter is te diep genest (meer dan 32 niveaus)", ["5:21: front matter is te diep genest (meer dan 32 niveaus)"]),
        "anchor on a block mapping": Recorded(
            "2:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["2:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "anchor on a flow sequence": Recorded(
            "2:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["2:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "alias as a key": Recorded(
            "3:1: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["3:1: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "tag on a sequence": Recorded("2:4: tag \'!!seq\' van YAML wordt niet ondersteund", ["2:4: tag \'!!seq\' van YAML wordt niet ondersteund"]),
        "tag on a mapping": Recorded("2:4: tag \'!!map\' van YAML wordt niet ondersteund", ["2:4: tag \'!!map\' van YAML wordt niet ondersteund"]),
        "tag from a %TAG directive": Recorded(
            "4:4: tag \'tag:example.com,2000:x\' van YAML wordt niet ondersteund",
            ["4:4: tag \'tag:example.com,2000:x\' van YAML wordt niet ondersteund"]),
        "non-specific tag": Recorded("2:4: tag \'!\' van YAML wordt niet ondersteund", ["2:4: tag \'!\' van YAML wordt niet ondersteund"]),
        "tag on a key": Recorded("2:1: tag \'!!str\' van YAML wordt niet ondersteund", ["2:1: tag \'!!str\' van YAML wordt niet ondersteund"]),
        "32 levels of block mappings": Recorded(
            "{\"k0\"/plain@2:1: {\"k1\"/plain@3:2: {\"k2\"/plain@4:3: {\"k3\"/plain@5:4: {\"k4\"/plain@6:5: {\"k5\"/plain@7:6: {\"k6\"/plain@8:7: {\"k7\"/plain@9:8: {\"k8\"/plain@10:9: {\"k9\"/plain@11:10: {\"k10\"/plain@12:11: {\"k11\"/plain@13:12: {\"k12\"/plain@14:13: {\"k13\"/plain@15:14: {\"k14\"/plain@16:15: {\"k15\"/plain@17:16: {\"k16\"/plain@18:17: {\"k17\"/plain@19:18: {\"k18\"/plain@20:19: {\"k19\"/plain@21:20: {\"k20\"/plain@22:21: {\"k21\"/plain@23:22: {\"k22\"/plain@24:23: {\"k23\"/plain@25:24: {\"k24\"/plain@26:25: {\"k25\"/plain@27:26: {\"k26\"/plain@28:27: {\"k27\"/plain@29:28: {\"k28\"/plain@30:29: {\"k29\"/plain@31:30: {\"k30\"/plain@32:31: {\"x\"/plain@33:32: \"y\"/plain@33:35}@33:32}@32:31}@31:30}@30:29}@29:28}@28:27}@27:26}@26:25}@25:24}@24:23}@23:22}@22:21}@21:20}@20:19}@19:18}@18:17}@17:16}@16:15}@15:14}@14:13}@13:12}@12:11}@11:10}@10:9}@9:8}@8:7}@7:6}@6:5}@5:4}@4:3}@3:2}@2:1",
            []),
        "33 levels of block mappings": Recorded(
            "34:33: front matter is te diep genest (meer dan 32 niveaus)", ["34:33: front matter is te diep genest (meer dan 32 niveaus)"]),
        "32 levels of flow sequences": Recorded(
            "{\"a\"/plain@2:1: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]@2:34]@2:33]@2:32]@2:31]@2:30]@2:29]@2:28]@2:27]@2:26]@2:25]@2:24]@2:23]@2:22]@2:21]@2:20]@2:19]@2:18]@2:17]@2:16]@2:15]@2:14]@2:13]@2:12]@2:11]@2:10]@2:9]@2:8]@2:7]@2:6]@2:5]@2:4}@2:1",
            []),
        "33 levels of flow sequences": Recorded(
            "2:35: front matter is te diep genest (meer dan 32 niveaus)", ["2:35: front matter is te diep genest (meer dan 32 niveaus)"]),
        "10,000 flow sequences at the top": Recorded(
            "2:1: front matter is te diep genest (meer dan 32 niveaus)", ["2:1: front matter is te diep genest (meer dan 32 niveaus)"]),
        "duplicate key in a sequence item": Recorded("4:3: sleutel \'a\' komt twee keer voor", ["4:3: sleutel \'a\' komt twee keer voor"]),
        "duplicate key in a nested flow mapping": Recorded("2:20: sleutel \'b\' komt twee keer voor", ["2:20: sleutel \'b\' komt twee keer voor"]),
        "duplicate key quoted twice": Recorded("3:1: sleutel \'a\' komt twee keer voor", ["3:1: sleutel \'a\' komt twee keer voor"]),
        "two different duplicate keys": Recorded("5:1: sleutel \'a\' komt twee keer voor", ["5:1: sleutel \'a\' komt twee keer voor"]),
        "outer duplicate before inner duplicate": Recorded("6:3: sleutel \'c\' komt twee keer voor", ["6:3: sleutel \'c\' komt twee keer voor"]),
        "duplicate key three times": Recorded("4:1: sleutel \'a\' komt twee keer voor", ["4:1: sleutel \'a\' komt twee keer voor"]),
        "canonically equivalent keys": Recorded("2:1: sleutel \'é\' komt twee keer voor", ["2:1: sleutel \'é\' komt twee keer voor"]),
        "duplicate explicit keys": Recorded("2:3: sleutel \'a\' komt twee keer voor", ["2:3: sleutel \'a\' komt twee keer voor"]),
        "duplicate key over two flow lines": Recorded("3:3: sleutel \'b\' komt twee keer voor", ["3:3: sleutel \'b\' komt twee keer voor"]),
        "duplicate empty keys": Recorded(
            "2:1: ongeldige YAML in front matter (did not find expected key)", ["2:1: ongeldige YAML in front matter (did not find expected key)"]),
        "duplicate key then syntax error": Recorded(
            "5:1: ongeldige YAML in front matter (did not find expected node content)",
            ["5:1: ongeldige YAML in front matter (did not find expected node content)"]),
        "nested duplicate then syntax error": Recorded("4:3: sleutel \'a\' komt twee keer voor", ["4:3: sleutel \'a\' komt twee keer voor"]),
        "collection key in a nested mapping": Recorded("{\"x\"/plain@2:1: {[\"a\"/plain@3:4]@3:3: \"b\"/plain@3:8}@3:3}@2:1", []),
        "collection key in a flow mapping": Recorded("{\"x\"/plain@2:1: {[\"a\"/plain@2:6]@2:5: \"b\"/plain@2:10}@2:4}@2:1", []),
        "collection key after a duplicate": Recorded("3:1: sleutel \'a\' komt twee keer voor", ["3:1: sleutel \'a\' komt twee keer voor"]),
        "equal collection keys": Recorded(
            "2:1: sleutel \'<uncovertable>\' komt twee keer voor", ["2:1: sleutel \'<uncovertable>\' komt twee keer voor"]),
        "second document on the separator line": Recorded(
            "3:1: ongeldige YAML in front matter (but found another document); het begon op regel 2",
            ["3:1: ongeldige YAML in front matter (but found another document); het begon op regel 2"]),
        "two explicit documents": Recorded(
            "3:1: ongeldige YAML in front matter (but found another document); het begon op regel 2",
            ["3:1: ongeldige YAML in front matter (but found another document); het begon op regel 2"]),
        "document after an end marker": Recorded(
            "4:1: ongeldige YAML in front matter (did not find expected <document start>)",
            ["4:1: ongeldige YAML in front matter (did not find expected <document start>)"]),
        "second document with an alias": Recorded(
            "4:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["4:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "duplicate key in the first of two documents": Recorded("3:1: sleutel \'a\' komt twee keer voor", ["3:1: sleutel \'a\' komt twee keer voor"]),
        "unknown escape": Recorded(
            "2:5: ongeldige YAML in front matter (found unknown escape character); tip: schrijf een \" binnen de waarde van \'a\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "2:5: ongeldige YAML in front matter (found unknown escape character); tip: schrijf een \" binnen de waarde van \'a\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "bad hexadecimal escape": Recorded(
            "2:7: ongeldige YAML in front matter (did not find expected hexdecimal number); tip: schrijf een \" binnen de waarde van \'a\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "2:7: ongeldige YAML in front matter (did not find expected hexdecimal number); tip: schrijf een \" binnen de waarde van \'a\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "invalid unicode escape": Recorded(
            "2:7: ongeldige YAML in front matter (found invalid Unicode character escape code); tip: schrijf een \" binnen de waarde van \'a\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "2:7: ongeldige YAML in front matter (found invalid Unicode character escape code); tip: schrijf een \" binnen de waarde van \'a\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "indentation indicator 0": Recorded(
            "2:5: ongeldige YAML in front matter (found an indentation indicator equal to 0); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:5: ongeldige YAML in front matter (found an indentation indicator equal to 0); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "text after a block scalar indicator": Recorded(
            "2:6: ongeldige YAML in front matter (did not find expected comment or line break); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:6: ongeldige YAML in front matter (did not find expected comment or line break); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "tab as block scalar indentation": Recorded(
            "4:1: ongeldige YAML in front matter (found a tab character where an indentation space is expected); het begon op regel 2; tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "4:1: ongeldige YAML in front matter (found a tab character where an indentation space is expected); het begon op regel 2; tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "tab before a plain continuation line": Recorded(
            "3:1: ongeldige YAML in front matter (found a tab character that violates indentation); het begon op regel 2; tip: spring in met spaties, niet met tabs",
            [
                "3:1: ongeldige YAML in front matter (found a tab character that violates indentation); het begon op regel 2; tip: spring in met spaties, niet met tabs"
            ]),
        "unknown directive": Recorded(
            "2:5: ongeldige YAML in front matter (found unknown directive name)",
            ["2:5: ongeldige YAML in front matter (found unknown directive name)"]),
        "duplicate %YAML directive": Recorded(
            "3:1: ongeldige YAML in front matter (found duplicate %YAML directive)",
            ["3:1: ongeldige YAML in front matter (found duplicate %YAML directive)"]),
        "incompatible YAML version": Recorded(
            "2:1: ongeldige YAML in front matter (found incompatible YAML document)",
            ["2:1: ongeldige YAML in front matter (found incompatible YAML document)"]),
        "duplicate %TAG directive": Recorded(
            "3:1: ongeldige YAML in front matter (found duplicate %TAG directive)",
            ["3:1: ongeldige YAML in front matter (found duplicate %TAG directive)"]),
        "%YAML without a number": Recorded(
            "2:7: ongeldige YAML in front matter (did not find expected version number)",
            ["2:7: ongeldige YAML in front matter (did not find expected version number)"]),
        "%YAML with a trailing word": Recorded(
            "2:11: ongeldige YAML in front matter (did not find expected comment or line break)",
            ["2:11: ongeldige YAML in front matter (did not find expected comment or line break)"]),
        "directive without a name": Recorded(
            "2:2: ongeldige YAML in front matter (could not find expected directive name)",
            ["2:2: ongeldige YAML in front matter (could not find expected directive name)"]),
        "directive name with a bad character": Recorded(
            "2:3: ongeldige YAML in front matter (found unexpected non-alphabetical character)",
            ["2:3: ongeldige YAML in front matter (found unexpected non-alphabetical character)"]),
        "extremely long version number": Recorded(
            "2:18: ongeldige YAML in front matter (found extremely long version number)",
            ["2:18: ongeldige YAML in front matter (found extremely long version number)"]),
        "version without a dot": Recorded(
            "2:8: ongeldige YAML in front matter (did not find expected digit or \'.\' character)",
            ["2:8: ongeldige YAML in front matter (did not find expected digit or \'.\' character)"]),
        "%TAG without whitespace": Recorded(
            "2:8: ongeldige YAML in front matter (did not find expected \'!\')", ["2:8: ongeldige YAML in front matter (did not find expected \'!\')"]
        ),
        "%TAG with a trailing word": Recorded(
            "2:10: ongeldige YAML in front matter (did not find expected comment or line break)",
            ["2:10: ongeldige YAML in front matter (did not find expected comment or line break)"]),
        "%TAG handle without !": Recorded(
            "2:6: ongeldige YAML in front matter (did not find expected \'!\')", ["2:6: ongeldige YAML in front matter (did not find expected \'!\')"]
        ),
        "unclosed verbatim tag": Recorded(
            "2:7: ongeldige YAML in front matter (did not find the expected \'>\'); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:7: ongeldige YAML in front matter (did not find the expected \'>\'); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "undefined tag handle": Recorded(
            "2:4: ongeldige YAML in front matter (found undefined tag handle); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:4: ongeldige YAML in front matter (found undefined tag handle); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "empty verbatim tag": Recorded(
            "2:6: ongeldige YAML in front matter (did not find expected tag URI); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:6: ongeldige YAML in front matter (did not find expected tag URI); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "bad escaped octet in a tag": Recorded(
            "2:6: ongeldige YAML in front matter (did not find URI escaped octet); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:6: ongeldige YAML in front matter (did not find URI escaped octet); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "bad leading octet in a tag": Recorded(
            "2:6: ongeldige YAML in front matter (found an incorrect leading UTF-8 octet); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:6: ongeldige YAML in front matter (found an incorrect leading UTF-8 octet); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "bad trailing octet in a tag": Recorded(
            "2:9: ongeldige YAML in front matter (found an incorrect trailing UTF-8 octet); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:9: ongeldige YAML in front matter (found an incorrect trailing UTF-8 octet); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "tag followed by a comma": Recorded(
            "2:6: ongeldige YAML in front matter (did not find expected whitespace or line break); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:6: ongeldige YAML in front matter (did not find expected whitespace or line break); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "empty anchor": Recorded(
            "2:5: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:5: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "empty alias": Recorded(
            "2:5: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:5: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "mapping value after a plain value": Recorded(
            "3:4: ongeldige YAML in front matter (mapping values are not allowed in this context)",
            ["3:4: ongeldige YAML in front matter (mapping values are not allowed in this context)"]),
        "wrong closing bracket": Recorded(
            "2:9: ongeldige YAML in front matter (did not find expected \',\' or \']\')",
            ["2:9: ongeldige YAML in front matter (did not find expected \',\' or \']\')"]),
        "wrong closing brace": Recorded(
            "2:9: ongeldige YAML in front matter (did not find expected \',\' or \'}\'); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "2:9: ongeldige YAML in front matter (did not find expected \',\' or \'}\'); tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "block sequence after a value": Recorded(
            "2:4: ongeldige YAML in front matter (block sequence entries are not allowed in this context)",
            ["2:4: ongeldige YAML in front matter (block sequence entries are not allowed in this context)"]),
        "explicit key after a value": Recorded(
            "2:4: ongeldige YAML in front matter (mapping keys are not allowed in this context)",
            ["2:4: ongeldige YAML in front matter (mapping keys are not allowed in this context)"]),
        "document indicator in a quoted scalar": Recorded(
            "3:1: ongeldige YAML in front matter (found unexpected document indicator); het begon op regel 2; tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "3:1: ongeldige YAML in front matter (found unexpected document indicator); het begon op regel 2; tip: zet de waarde van \'a\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "tab before a key": Recorded(
            "3:1: ongeldige YAML in front matter (found a tab character that violates indentation); het begon op regel 2; tip: spring in met spaties, niet met tabs",
            [
                "3:1: ongeldige YAML in front matter (found a tab character that violates indentation); het begon op regel 2; tip: spring in met spaties, niet met tabs"
            ]),
        "colon in a flow plain scalar": Recorded("{\"a\"/plain@2:1: [\"b:\\\'c\"/plain@2:5]@2:4}@2:1", []),
        "implicit key over two lines": Recorded(
            "3:2: ongeldige YAML in front matter (did not find expected \',\' or \'}\'); het begon op regel 2",
            ["3:2: ongeldige YAML in front matter (did not find expected \',\' or \'}\'); het begon op regel 2"]),
        "closing bracket after a document": Recorded(
            "2:4: ongeldige YAML in front matter (did not find expected <document start>)",
            ["2:4: ongeldige YAML in front matter (did not find expected <document start>)"]),
        "closing bracket in a block mapping": Recorded(
            "3:1: ongeldige YAML in front matter (did not find expected key); het begon op regel 2",
            ["3:1: ongeldige YAML in front matter (did not find expected key); het begon op regel 2"]),
        "empty flow entry": Recorded(
            "2:5: ongeldige YAML in front matter (did not find expected node content)",
            ["2:5: ongeldige YAML in front matter (did not find expected node content)"]),
        "sequence then less indented mapping": Recorded(
            "4:2: ongeldige YAML in front matter (did not find expected key); het begon op regel 2",
            ["4:2: ongeldige YAML in front matter (did not find expected key); het begon op regel 2"]),
        "node content missing after a tag": Recorded(
            "2:3: tag \'!x\' van YAML wordt niet ondersteund", ["2:3: tag \'!x\' van YAML wordt niet ondersteund"]),
        "simple key longer than 1024 characters": Recorded(
            "2:1102: ongeldige YAML in front matter (mapping values are not allowed in this context)",
            ["2:1102: ongeldige YAML in front matter (mapping values are not allowed in this context)"]),
        "C1 control in a quoted title": Recorded(
            "2:1: ongeldige YAML in front matter (control characters are not allowed)",
            ["2:1: ongeldige YAML in front matter (control characters are not allowed)"]),
        "DEL in a value": Recorded(
            "2:1: ongeldige YAML in front matter (control characters are not allowed)",
            ["2:1: ongeldige YAML in front matter (control characters are not allowed)"]),
        "U+FFFE in a value": Recorded(
            "2:1: ongeldige YAML in front matter (control characters are not allowed)",
            ["2:1: ongeldige YAML in front matter (control characters are not allowed)"]),
        "C0 control in a value": Recorded(
            "2:1: ongeldige YAML in front matter (control characters are not allowed)",
            ["2:1: ongeldige YAML in front matter (control characters are not allowed)"]),
        "control after 20,000 characters": Recorded(
            "2:1: ongeldige YAML in front matter (control characters are not allowed)",
            ["2:1: ongeldige YAML in front matter (control characters are not allowed)"]),
        "NEL in a quoted title": Recorded(
            "4:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["4:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "line separator in a plain value": Recorded(
            "4:1: ongeldige YAML in front matter (could not find expected \':\'); het begon op regel 3; tip: zet de waarde van \'d\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "4:1: ongeldige YAML in front matter (could not find expected \':\'); het begon op regel 3; tip: zet de waarde van \'d\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "paragraph separator in a plain value": Recorded(
            "4:1: ongeldige YAML in front matter (could not find expected \':\'); het begon op regel 3",
            ["4:1: ongeldige YAML in front matter (could not find expected \':\'); het begon op regel 3"]),
        "CRLF line ends": Recorded(
            "3:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["3:4: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "escaped byte-order mark after the first character": Recorded("{\"a\"/plain@2:1: \"x﻿\"/doubleQuoted@2:4}@2:1", []),
        "literal byte-order mark at the start of a value": Recorded("{\"a\"/plain@2:1: \"b\"/plain@2:4, \"c\"/plain@3:1: \"d\"/plain@3:4}@2:1", []),
        "literal byte-order mark at the start of the block": Recorded(
            "3:1: ongeldige YAML in front matter (did not find expected <document start>); tip: zet de waarde van \'c\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "3:1: ongeldige YAML in front matter (did not find expected <document start>); tip: zet de waarde van \'c\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "literal byte-order mark at the start of a line": Recorded(
            "3:2: ongeldige YAML in front matter (did not find expected key); het begon op regel 2",
            ["3:2: ongeldige YAML in front matter (did not find expected key); het begon op regel 2"]),
        "tab in a flow list": Recorded("{\"a\"/plain@2:1: [\"b\"/plain@2:5, \"c\"/plain@3:2]@2:4}@2:1", []),
        "quote hint in a list item": Recorded(
            "3:10: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'x\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "3:10: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'x\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "inner quote hint in a list item": Recorded(
            "3:12: ongeldige YAML in front matter (did not find expected key); tip: schrijf een \" binnen de waarde van \'x\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "3:12: ongeldige YAML in front matter (did not find expected key); tip: schrijf een \" binnen de waarde van \'x\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "syntax error on a continued line": Recorded(
            "2:14: ongeldige YAML in front matter (did not find expected key); tip: schrijf een \" binnen de waarde van \'titel\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "2:14: ongeldige YAML in front matter (did not find expected key); tip: schrijf een \" binnen de waarde van \'titel\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "file fixtures/concept-met-waarschuwingen/2024-09-02-startavond.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Startavond \\\"<script>alert(\\\'titel\\\')</script>\\\"\"/plain@3:8, \"datum\"/plain@4:1: \"2024-09-02\"/plain@4:8, \"locatie\"/plain@5:1: \"Wijkcentrum De Boog & Co\"/plain@5:10, \"deelnemers\"/plain@6:1: \"ca. 45\"/plain@6:13, \"doelgroepen\"/plain@7:1: [\"bewoners\"/plain@7:15, \"ondernemers\"/plain@7:25]@7:14}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/2024-09-enquete.md": Recorded(
            "{\"soort\"/plain@2:1: \"enquete\"/plain@2:8, \"titel\"/plain@3:1: \"Enquête verkeersveiligheid\"/plain@3:8, \"datum\"/plain@4:1: \"2024-09\"/plain@4:8, \"deelnemers\"/plain@5:1: \"1234\"/plain@5:13, \"doelgroepen\"/plain@6:1: [\"bewoners\"/plain@6:15]@6:14}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/2024-10-07-inloopspreekuren.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Inloopspreekuren\"/plain@3:8, \"datum\"/plain@4:1: [\"2024-10-07\"/plain@4:9, \"2024-10-09\"/plain@4:21, \"2024-10-14\"/plain@4:33]@4:8, \"locatie\"/plain@5:1: \"Bibliotheek\"/plain@5:10, \"deelnemers\"/plain@6:1: \"+/- 30\"/plain@6:13, \"doelgroepen\"/plain@7:1: [\"bewoners\"/plain@7:15]@7:14}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/2024-11-05-tweede-avond.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Tweede avond\"/plain@3:8, \"datum\"/plain@4:1: \"2024-11-05\"/plain@4:8}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/2024-11-20-klankbordgroep.md": Recorded(
            "{\"soort\"/plain@2:1: \"kerngroep\"/plain@2:8, \"titel\"/plain@3:1: \"Klankbordgroep over het voorlopig ontwerp\"/plain@3:8, \"datum\"/plain@4:1: \"2024-11-20\"/plain@4:8, \"status\"/plain@5:1: \"gepland\"/plain@5:9}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/proces.md": Recorded(
            "{\"titel\"/plain@2:1: \"Herinrichting Stationsstraat & omgeving\"/plain@2:8, \"gemeente\"/plain@3:1: \"Voorbeeldstad\"/plain@3:11, \"bestuursorgaan\"/plain@4:1: \"college van burgemeester en wethouders\"/plain@4:17, \"participatieniveau\"/plain@5:1: \"raadplegen\"/plain@5:21, \"verordening\"/plain@6:1: \"Participatieverordening gemeente Voorbeeldstad 2023\"/plain@6:14, \"participatieplan\"/plain@7:1: \"2024-08-20\"/plain@7:19, \"status\"/plain@8:1: \"concept\"/plain@8:9, \"versie\"/plain@9:1: \"0.3\"/doubleQuoted@9:9, \"toelichting-proces\"/plain@10:1: \"Het proces volgde het [participatieplan](https://www.voorbeeldstad.nl/participatieplan?project=stationsstraat&versie=2).\\n\"/literal@10:21, \"toelichting-uitkomsten\"/plain@12:1: \"De uitkomsten zijn samengevat door het projectteam.\"/plain@12:25}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/reacties/communicatie.md": Recorded(
            "{\"titel\"/plain@2:1: \"Bewoners blijven op de hoogte\"/plain@2:8, \"uitkomsten\"/plain@3:1: []@3:13, \"besluit\"/plain@4:1: \"overgenomen\"/plain@4:10}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/reacties/oversteekplaats.md": Recorded(
            "{\"titel\"/plain@2:1: \"Zebrapad met verhoogd plateau\"/plain@2:8, \"volgorde\"/plain@3:1: \"1\"/plain@3:11, \"uitkomsten\"/plain@4:1: [\"veilige-oversteek\"/plain@4:14]@4:13, \"besluit\"/plain@5:1: \"overgenomen\"/plain@5:10, \"verwerkt-in\"/plain@6:1: [\"Voorlopig ontwerp Stationsstraat\"/plain@7:5, \"Uitvoeringsbesluit 2025\"/plain@8:5]@7:3}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/reacties/snelheid.md": Recorded(
            "{\"titel\"/plain@2:1: \"Dertig kilometer per uur\"/plain@2:8, \"volgorde\"/plain@3:1: \"2\"/plain@3:11, \"uitkomsten\"/plain@4:1: [\"veilige-oversteek\"/plain@4:14]@4:13, \"besluit\"/plain@5:1: \"deels-overgenomen\"/plain@5:10, \"motivering\"/plain@6:1: \"De straat wordt **30 km/u**, maar een volledige afsluiting voor auto\\\'s past niet binnen de kaders.\"/plain@6:13, \"verwerkt-in\"/plain@7:1: [\"Voorlopig ontwerp Stationsstraat\"/plain@7:15]@7:14}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/reacties/speelplekken.md": Recorded(
            "{\"titel\"/plain@2:1: \"Geen extra speelplekken in de straat\"/plain@2:8, \"volgorde\"/plain@3:1: \"3\"/plain@3:11, \"uitkomsten\"/plain@4:1: [\"meer-speelplekken\"/plain@4:14]@4:13, \"besluit\"/plain@5:1: \"niet-overgenomen\"/plain@5:10, \"motivering\"/plain@6:1: \"In de straat is geen ruimte; het speelveld aan de Parklaan ligt op 200 meter.\"/plain@6:13}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/uitkomsten/meer-speelplekken.md": Recorded(
            "{\"titel\"/plain@2:1: \"Meer speelplekken\"/plain@2:8, \"volgorde\"/plain@3:1: \"2\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2024-09-enquete\"/plain@4:11]@4:10}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/uitkomsten/parkeren.md": Recorded(
            "{\"titel\"/plain@2:1: \"Parkeren voor bewoners\"/plain@2:8, \"volgorde\"/plain@3:1: \"3\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2024-09-enquete\"/plain@4:11, \"2024-11-05-tweede-avond\"/plain@4:28]@4:10}@2:1",
            []),
        "file fixtures/concept-met-waarschuwingen/uitkomsten/veilige-oversteek.md": Recorded(
            "{\"titel\"/plain@2:1: \"Een veilige oversteek bij de school\"/plain@2:8, \"volgorde\"/plain@3:1: \"1\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2024-09-02-startavond\"/plain@4:11, \"2024-10-07-inloopspreekuren\"/plain@4:34]@4:10}@2:1",
            []),
        "file fixtures/hostile/anchors/2024-04-01-anker.md": Recorded(
            "5:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["5:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "file fixtures/hostile/anchors/2024-04-02-verwijzing.md": Recorded(
            "5:15: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["5:15: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "file fixtures/hostile/anchors/2024-04-03-lege-anker.md": Recorded(
            "5:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund",
            ["5:10: ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"]),
        "file fixtures/hostile/bom/2024-04-01-bom.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Met BOM\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8}@2:1",
            []),
        "file fixtures/hostile/complex-keys/2024-04-01-sleutels.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Sleutels\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, [\"a\"/plain@5:2]@5:1: \"b\"/plain@5:6, {\"x\"/plain@6:4: \"1\"/plain@6:7}@6:3: \"b\"/plain@7:3, {\"c\"/plain@8:2: \"1\"/plain@8:5}@8:1: \"d\"/plain@8:9}@2:1",
            ["5:1: sleutel moet gewone tekst zijn", "6:3: sleutel moet gewone tekst zijn", "8:1: sleutel moet gewone tekst zijn"]),
        "file fixtures/hostile/control-characters/2024-04-01-stuurtekens.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Stuurtekens\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, \"status\"/plain@5:1: \"\\u{1B}[31mrood\\u{1B}[0m\\nprocess/nep.md:1:1: fout: vals\"/doubleQuoted@5:9}@2:1",
            []),
        "file fixtures/hostile/cr-only/2024-04-01-cr.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Regels met CR\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, \"zaal\"/plain@5:1: \"3\"/plain@5:7}@2:1",
            []),
        "file fixtures/hostile/crlf/2024-04-01-crlf.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Regels met CRLF\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, \"zaal\"/plain@5:1: \"3\"/plain@5:7}@2:1",
            []),
        "file fixtures/hostile/duplicate-keys/2024-04-01-blok.md": Recorded(
            "6:1: sleutel \'titel\' komt twee keer voor", ["6:1: sleutel \'titel\' komt twee keer voor"]),
        "file fixtures/hostile/duplicate-keys/2024-04-02-spatie.md": Recorded(
            "5:1: sleutel \'titel\' komt twee keer voor", ["5:1: sleutel \'titel\' komt twee keer voor"]),
        "file fixtures/hostile/duplicate-keys/2024-04-03-flow.md": Recorded(
            "5:20: sleutel \'zaal\' komt twee keer voor", ["5:20: sleutel \'zaal\' komt twee keer voor"]),
        "file fixtures/hostile/empty-front-matter/2024-04-01-leeg.md": Recorded("nil", ["1:1: front matter is leeg"]),
        "file fixtures/hostile/legitimate/2024-04-01-ampersand.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Wonen & Zorg\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, \"locatie\"/plain@5:1: \"Zaal 1 [boven] - *achter* de trap\"/plain@5:10}@2:1",
            []),
        "file fixtures/hostile/legitimate/2024-04-02-blokscalar.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"*nadruk* & !belangrijk\\n[a *b] {c} \\\'d\\n\"/literal@3:8, \"datum\"/plain@6:1: \"2024-04-02\"/plain@6:8}@2:1",
            []),
        "file fixtures/hostile/legitimate/2024-04-03-meerdere-regels.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Een titel over twee regels # geen commentaar *met* &tekens\"/doubleQuoted@3:8, \"datum\"/plain@6:1: \"2024-04-03\"/plain@6:8, \"locatie\"/plain@7:1: \"Jan\\\'s &zaal\"/singleQuoted@7:10}@2:1",
            []),
        "file fixtures/hostile/legitimate/2024-04-04-vervolgregel.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Een lange titel *met nadruk* &co !ja - geen lijst\"/plain@3:8, \"datum\"/plain@6:1: \"2024-04-04\"/plain@6:8}@2:1",
            []),
        "file fixtures/hostile/legitimate/2024-04-05-tekens.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Wat nu?! 100% zeker: \\\"ja\\\" # geen commentaar\"/singleQuoted@3:8, \"datum\"/plain@4:1: \"2024-04-05\"/plain@4:8, \"locatie\"/plain@5:1: \"*Stadhuis*\"/doubleQuoted@5:10, \"doelgroepen\"/plain@6:1: [\"!jongeren\"/singleQuoted@7:5, \"&ouderen\"/doubleQuoted@8:5, \"*iedereen*\"/singleQuoted@9:5, \"a:b\"/plain@10:5, \"50%\"/plain@11:5]@7:3}@2:1",
            []),
        "file fixtures/hostile/mojibake/2024-04-01-mojibake.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Kaders\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8}@2:1",
            []),
        "file fixtures/hostile/script-injection/2024-04-01-script.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"<script>alert(\\\'titel\\\')</script>\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, \"locatie\"/plain@5:1: \"<img src=x onerror=alert(1)>\"/singleQuoted@5:10, \"doelgroepen\"/plain@6:1: [\"javascript:alert(1)\"/doubleQuoted@7:5, \"\\\"><svg onload=alert(1)>\"/singleQuoted@8:5]@7:3}@2:1",
            []),
        "file fixtures/hostile/script-injection/reacties/script.md": Recorded(
            "{\"titel\"/plain@2:1: \"<script>alert(8)</script>\"/doubleQuoted@2:8, \"uitkomsten\"/plain@3:1: [\"script\"/plain@3:14]@3:13, \"besluit\"/plain@4:1: \"deels-overgenomen\"/plain@4:10, \"motivering\"/plain@5:1: \"<b onmouseover=alert(9)>motivering</b>\"/doubleQuoted@5:13, \"verwerkt-in\"/plain@6:1: [\"javascript:alert(10)\"/doubleQuoted@7:5]@7:3}@2:1",
            []),
        "file fixtures/hostile/script-injection/uitkomsten/script.md": Recorded(
            "{\"titel\"/plain@2:1: \"<a href=\\\'javascript:alert(6)\\\'>uitkomst</a>\"/doubleQuoted@2:8, \"volgorde\"/plain@3:1: \"9\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2024-04-01-script\"/plain@4:11]@4:10}@2:1",
            []),
        "file fixtures/hostile/tags/2024-04-01-python.md": Recorded(
            "5:10: tag \'!!python/object/apply:os.system\' van YAML wordt niet ondersteund",
            ["5:10: tag \'!!python/object/apply:os.system\' van YAML wordt niet ondersteund"]),
        "file fixtures/hostile/tags/2024-04-02-verbatim.md": Recorded(
            "5:10: tag \'!!str\' van YAML wordt niet ondersteund", ["5:10: tag \'!!str\' van YAML wordt niet ondersteund"]),
        "file fixtures/hostile/tags/2024-04-03-lokaal.md": Recorded(
            "5:10: tag \'!belangrijk\' van YAML wordt niet ondersteund", ["5:10: tag \'!belangrijk\' van YAML wordt niet ondersteund"]),
        "file fixtures/hostile/yaml-syntax/2024-04-01-haakje.md": Recorded(
            "6:1: ongeldige YAML in front matter (did not find expected \',\' or \']\'); het begon op regel 5",
            ["6:1: ongeldige YAML in front matter (did not find expected \',\' or \']\'); het begon op regel 5"]),
        "file fixtures/hostile/yaml-syntax/2024-04-02-tab.md": Recorded(
            "6:1: ongeldige YAML in front matter (found character that cannot start any token); tip: spring in met spaties, niet met tabs",
            ["6:1: ongeldige YAML in front matter (found character that cannot start any token); tip: spring in met spaties, niet met tabs"]),
        "file fixtures/hostile/yaml-syntax/2024-04-03-apostrof.md": Recorded(
            "5:26: ongeldige YAML in front matter (found unexpected end of stream); tip: zet de waarde van \'locatie\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "5:26: ongeldige YAML in front matter (found unexpected end of stream); tip: zet de waarde van \'locatie\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "file fixtures/hostile/yaml-syntax/2024-04-04-dubbele-punt.md": Recorded(
            "3:14: ongeldige YAML in front matter (mapping values are not allowed in this context); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "3:14: ongeldige YAML in front matter (mapping values are not allowed in this context); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "file fixtures/hostile/yaml-syntax/2024-04-05-sterretje.md": Recorded(
            "3:14: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst",
            [
                "3:14: ongeldige YAML in front matter (did not find expected alphabetic or numeric character); tip: zet de waarde van \'titel\' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
            ]),
        "file fixtures/hostile/yaml-syntax/2024-04-06-aanhalingstekens.md": Recorded(
            "3:14: ongeldige YAML in front matter (did not find expected key); het begon op regel 2; tip: schrijf een \" binnen de waarde van \'titel\' als \\\" of zet de waarde tussen enkele aanhalingstekens",
            [
                "3:14: ongeldige YAML in front matter (did not find expected key); het begon op regel 2; tip: schrijf een \" binnen de waarde van \'titel\' als \\\" of zet de waarde tussen enkele aanhalingstekens"
            ]),
        "file fixtures/invalid/date-mismatch/2024-04-01-avond.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Avond\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-02\"/plain@4:8}@2:1",
            []),
        "file fixtures/invalid/duplicate-id/2024-02-01-Startbijeenkomst.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Startbijeenkomst (kopie)\"/plain@3:8, \"datum\"/plain@4:1: \"2024-02-01\"/plain@4:8}@2:1",
            []),
        "file fixtures/invalid/final-incomplete/2024-06-01-terugkoppeling.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Terugkoppelingsavond\"/plain@3:8, \"datum\"/plain@4:1: \"2024-06-01\"/plain@4:8, \"status\"/plain@5:1: \"gepland\"/plain@5:9}@2:1",
            []),
        "file fixtures/invalid/final-incomplete/uitkomsten/markt-blijft.md": Recorded(
            "{\"titel\"/plain@2:1: \"De markt blijft\"/plain@2:8, \"volgorde\"/plain@3:1: \"2\"/plain@3:11}@2:1", []),
        "file fixtures/invalid/invalid-date/2024-02-30-schrikkel.md": Recorded(
            "{\"soort\"/plain@2:1: \"overleg\"/plain@2:8, \"titel\"/plain@3:1: \"Overleg\"/plain@3:8, \"datum\"/plain@4:1: [\"2024-02-30\"/plain@4:9, \"2024-03-01\"/plain@4:21]@4:8}@2:1",
            []),
        "file fixtures/invalid/invalid-date/2024-04-01-datum.md": Recorded(
            "{\"soort\"/plain@2:1: \"overleg\"/plain@2:8, \"titel\"/plain@3:1: \"Overleg\"/plain@3:8, \"datum\"/plain@4:1: \"1 april 2024\"/plain@4:8}@2:1",
            []),
        "file fixtures/invalid/invalid-values/2024-04-01-waarden.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Waarden\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, \"deelnemers\"/plain@5:1: \"veel\"/plain@5:13, \"status\"/plain@6:1: \"gehouden\"/plain@6:9, \"doelgroepen\"/plain@7:1: {\"naam\"/plain@8:3: \"bewoners\"/plain@8:9}@8:3}@2:1",
            []),
        "file fixtures/invalid/missing-key/2024-04-01-zonder-titel.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"datum\"/plain@3:1: \"2024-04-01\"/plain@3:8}@2:1", []),
        "file fixtures/invalid/missing-motivation/reacties/fontein.md": Recorded(
            "{\"titel\"/plain@2:1: \"Geen fontein\"/plain@2:8, \"uitkomsten\"/plain@3:1: [\"meer-groen\"/plain@3:14]@3:13, \"besluit\"/plain@4:1: \"niet-overgenomen\"/plain@4:10}@2:1",
            []),
        "file fixtures/invalid/unknown-kind/2024-04-01-kerngroep.md": Recorded(
            "{\"soort\"/plain@2:1: \"kerngoep\"/plain@2:8, \"titel\"/plain@3:1: \"Vergadering kerngroep\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8}@2:1",
            []),
        "file fixtures/invalid/unknown-reference/reacties/parkeren.md": Recorded(
            "{\"titel\"/plain@2:1: \"Parkeren\"/plain@2:8, \"uitkomsten\"/plain@3:1: [\"minder-autos\"/plain@3:14, \"minder-auto\"/plain@3:28]@3:13, \"besluit\"/plain@4:1: \"overgenomen\"/plain@4:10}@2:1",
            []),
        "file fixtures/invalid/unknown-reference/uitkomsten/minder-auto.md": Recorded(
            "{\"titel\"/plain@2:1: \"Minder auto\\\'s\"/plain@2:8, \"volgorde\"/plain@3:1: \"2\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2024-02-01-startbijeenkomts\"/plain@5:5, \"2024-05-01-bestaat-niet\"/plain@6:5]@5:3}@2:1",
            []),
        "file fixtures/invalid/warnings/2024-04-01-inloop.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Inloopavond\"/plain@3:8, \"datum\"/plain@4:1: \"2024-04-01\"/plain@4:8, \"lokatie\"/plain@5:1: \"Bibliotheek\"/plain@5:10}@2:1",
            []),
        "file fixtures/invalid/warnings/reacties/algemeen.md": Recorded(
            "{\"titel\"/plain@2:1: \"Algemene reactie\"/plain@2:8, \"besluit\"/plain@3:1: \"overgenomen\"/plain@3:10}@2:1", []),
        "file fixtures/invalid/yaml-syntax/2024-04-01-kapot.md": Recorded(
            "5:6: ongeldige YAML in front matter (did not find expected \',\' or \']\'); het begon op regel 4",
            ["5:6: ongeldige YAML in front matter (did not find expected \',\' or \']\'); het begon op regel 4"]),
        "file fixtures/minimal/2024-02-01-startbijeenkomst.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Startbijeenkomst\"/plain@3:8, \"datum\"/plain@4:1: \"2024-02-01\"/plain@4:8, \"locatie\"/plain@5:1: \"Stadhuis\"/plain@5:10, \"deelnemers\"/plain@6:1: \"ca. 40\"/plain@6:13, \"doelgroepen\"/plain@7:1: [\"bewoners\"/plain@8:5, \"ondernemers\"/plain@9:5]@8:3}@2:1",
            []),
        "file fixtures/minimal/2024-03-enquete.md": Recorded(
            "{\"soort\"/plain@2:1: \"enquete\"/plain@2:8, \"titel\"/plain@3:1: \"Enquête Marktplein\"/plain@3:8, \"datum\"/plain@4:1: \"2024-03\"/plain@4:8, \"deelnemers\"/plain@5:1: \"212\"/plain@5:13, \"doelgroepen\"/plain@6:1: [\"bewoners\"/plain@6:15]@6:14}@2:1",
            []),
        "file fixtures/minimal/proces.md": Recorded(
            "{\"titel\"/plain@2:1: \"Herinrichting Marktplein\"/plain@2:8, \"gemeente\"/plain@3:1: \"Voorbeeldstad\"/plain@3:11, \"bestuursorgaan\"/plain@4:1: \"college van burgemeester en wethouders\"/plain@4:17, \"participatieniveau\"/plain@5:1: \"adviseren\"/plain@5:21, \"verordening\"/plain@6:1: \"Participatieverordening gemeente Voorbeeldstad 2023\"/plain@6:14, \"participatieplan\"/plain@7:1: \"2024-01-15\"/plain@7:19, \"status\"/plain@8:1: \"definitief\"/plain@8:9, \"versie\"/plain@9:1: \"2\"/doubleQuoted@9:9}@2:1",
            []),
        "file fixtures/minimal/reacties/bomen.md": Recorded(
            "{\"titel\"/plain@2:1: \"Twaalf nieuwe bomen\"/plain@2:8, \"uitkomsten\"/plain@3:1: [\"meer-groen\"/plain@3:14]@3:13, \"besluit\"/plain@4:1: \"deels-overgenomen\"/plain@4:10, \"motivering\"/plain@5:1: \"Onder een deel van het plein liggen leidingen; daar kunnen geen bomen staan.\"/plain@5:13, \"verwerkt-in\"/plain@6:1: [\"Schetsontwerp Marktplein\"/plain@7:5]@7:3}@2:1",
            []),
        "file fixtures/minimal/uitkomsten/meer-groen.md": Recorded(
            "{\"titel\"/plain@2:1: \"Meer groen\"/plain@2:8, \"volgorde\"/plain@3:1: \"1\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2024-02-01-startbijeenkomst\"/plain@5:5, \"2024-03-enquete\"/plain@6:5]@5:3}@2:1",
            []),
        "file process/2022-04-05-bijeenkomst-stadsdeelmanagement.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Bijeenkomst stadsdeelmanagement\"/plain@3:8, \"datum\"/plain@4:1: \"2022-04-05\"/plain@4:8, \"locatie\"/plain@5:1: \"Vliegveld Twente\"/plain@5:10, \"doelgroepen\"/plain@6:1: [\"stadsdeelmanagement\"/plain@7:5, \"wijkregisseurs\"/plain@8:5]@7:3, \"status\"/plain@9:1: \"afgerond\"/plain@9:9}@2:1",
            []),
        "file process/2022-06-07-besluit-participatieplan.md": Recorded(
            "{\"soort\"/plain@2:1: \"besluit\"/plain@2:8, \"titel\"/plain@3:1: \"Besluit participatieplan\"/plain@3:8, \"datum\"/plain@4:1: \"2022-06-07\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"college\"/plain@6:5, \"gemeenteraad\"/plain@8:5]@6:3, \"status\"/plain@9:1: \"afgerond\"/plain@9:9}@2:1",
            []),
        "file process/2022-06-14-uitnodiging-startbijeenkomst.md": Recorded(
            "{\"soort\"/plain@2:1: \"uitnodiging\"/plain@2:8, \"titel\"/plain@3:1: \"Uitnodiging startbijeenkomst\"/plain@3:8, \"datum\"/plain@4:1: \"2022-06-14\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"wijkorganen\"/plain@6:5, \"gemeenteraad\"/plain@7:5, \"ambtelijke organisatie\"/plain@8:5]@6:3, \"status\"/plain@9:1: \"afgerond\"/plain@9:9}@2:1",
            []),
        "file process/2022-07-04-startbijeenkomst.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Startbijeenkomst\"/plain@3:8, \"datum\"/plain@4:1: \"2022-07-04\"/plain@4:8, \"locatie\"/plain@5:1: \"Mystiek Theater\"/plain@5:10, \"deelnemers\"/plain@6:1: \"ca. 60\"/plain@6:13, \"doelgroepen\"/plain@7:1: [\"wijkorganen\"/plain@8:5]@8:3, \"status\"/plain@9:1: \"afgerond\"/plain@9:9}@2:1",
            []),
        "file process/2022-07-15-nieuwsbrief.md": Recorded(
            "{\"soort\"/plain@2:1: \"nieuwsbrief\"/plain@2:8, \"titel\"/plain@3:1: \"Nieuwsbrief\"/plain@3:8, \"datum\"/plain@4:1: \"2022-07-15\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"wijkorganen\"/plain@6:5, \"gemeenteraad\"/plain@7:5, \"ambtelijke organisatie\"/plain@8:5]@6:3, \"status\"/plain@9:1: \"afgerond\"/plain@9:9}@2:1",
            []),
        "file process/2022-07-27-vergadering-kerngroep.md": Recorded(
            "{\"soort\"/plain@2:1: \"kerngroep\"/plain@2:8, \"titel\"/plain@3:1: \"Vergadering kerngroep\"/plain@3:8, \"datum\"/plain@4:1: \"2022-07-27\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"kerngroep\"/plain@6:5]@6:3, \"status\"/plain@7:1: \"afgerond\"/plain@7:9}@2:1",
            []),
        "file process/2022-08-09-uitnodiging-interne-sessies.md": Recorded(
            "{\"soort\"/plain@2:1: \"uitnodiging\"/plain@2:8, \"titel\"/plain@3:1: \"Uitnodiging interne sessies\"/plain@3:8, \"datum\"/plain@4:1: \"2022-08-09\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"ambtelijke organisatie\"/plain@6:5]@6:3, \"status\"/plain@7:1: \"afgerond\"/plain@7:9}@2:1",
            []),
        "file process/2022-08-10-vergadering-kerngroep.md": Recorded(
            "{\"soort\"/plain@2:1: \"kerngroep\"/plain@2:8, \"titel\"/plain@3:1: \"Vergadering kerngroep\"/plain@3:8, \"datum\"/plain@4:1: \"2022-08-10\"/plain@4:8, \"locatie\"/plain@5:1: \"Service Centrum Oost\"/plain@5:10, \"doelgroepen\"/plain@6:1: [\"kerngroep\"/plain@7:5]@7:3, \"status\"/plain@8:1: \"afgerond\"/plain@8:9}@2:1",
            []),
        "file process/2022-08-31-relevant-gesprek.md": Recorded(
            "{\"soort\"/plain@2:1: \"gesprek\"/plain@2:8, \"titel\"/plain@3:1: \"Relevant Gesprek\"/plain@3:8, \"datum\"/plain@4:1: \"2022-08-31\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"participatieteam\"/plain@6:5, \"kerngroep\"/plain@7:5]@6:3, \"status\"/plain@8:1: \"afgerond\"/plain@8:9}@2:1",
            []),
        "file process/2022-08-31-vergadering-kerngroep.md": Recorded(
            "{\"soort\"/plain@2:1: \"kerngroep\"/plain@2:8, \"titel\"/plain@3:1: \"Vergadering kerngroep\"/plain@3:8, \"datum\"/plain@4:1: \"2022-08-31\"/plain@4:8, \"locatie\"/plain@5:1: \"Service Centrum Oost\"/plain@5:10, \"doelgroepen\"/plain@6:1: [\"kerngroep\"/plain@7:5]@7:3, \"status\"/plain@8:1: \"afgerond\"/plain@8:9}@2:1",
            []),
        "file process/2022-09-09-vergadering-kerngroep.md": Recorded(
            "{\"soort\"/plain@2:1: \"kerngroep\"/plain@2:8, \"titel\"/plain@3:1: \"Vergadering kerngroep\"/plain@3:8, \"datum\"/plain@6:1: \"2022-09-09\"/plain@6:8, \"locatie\"/plain@7:1: \"Service Centrum Oost\"/plain@7:10, \"doelgroepen\"/plain@8:1: [\"kerngroep\"/plain@9:5]@9:3, \"status\"/plain@10:1: \"afgerond\"/plain@10:9}@2:1",
            []),
        "file process/2022-09-13-adviescafe.md": Recorded(
            "{\"soort\"/plain@2:1: \"interne-sessie\"/plain@2:8, \"titel\"/plain@3:1: \"Adviescafé\"/plain@3:8, \"datum\"/plain@4:1: \"2022-09-13\"/plain@4:8, \"deelnemers\"/plain@6:1: \"ca. 20\"/plain@6:13, \"doelgroepen\"/plain@7:1: [\"ambtelijke organisatie\"/plain@8:5, \"beleidsambtenaren\"/plain@9:5, \"fysiek domein\"/plain@10:5, \"stadsdeelmanagement\"/plain@11:5]@8:3, \"status\"/plain@12:1: \"afgerond\"/plain@12:9}@2:1",
            []),
        "file process/2022-09-20-sociaal-in-enschede-sie.md": Recorded(
            "{\"soort\"/plain@2:1: \"interne-sessie\"/plain@2:8, \"titel\"/plain@3:1: \"Sociaal in Enschede (SIE)\"/plain@3:8, \"datum\"/plain@4:1: \"2022-09-20\"/plain@4:8, \"deelnemers\"/plain@5:1: \"ca. 10\"/plain@5:13, \"doelgroepen\"/plain@6:1: [\"ambtelijke organisatie\"/plain@7:5, \"wijkregisseurs\"/plain@8:5, \"directie\"/plain@9:5]@7:3, \"status\"/plain@10:1: \"afgerond\"/plain@10:9}@2:1",
            []),
        "file process/2022-10-05-start-enquete-onder-inwoners.md": Recorded(
            "{\"soort\"/plain@2:1: \"enquete\"/plain@2:8, \"titel\"/plain@3:1: \"Start enquête onder inwoners\"/plain@3:8, \"datum\"/plain@4:1: \"2022-10-05\"/plain@4:8, \"deelnemers\"/plain@5:1: \"1060\"/plain@5:13, \"doelgroepen\"/plain@6:1: [\"inwoners\"/plain@7:5]@7:3, \"status\"/plain@8:1: \"afgerond\"/plain@8:9}@2:1",
            []),
        "file process/2022-10-11-nieuwsbrief.md": Recorded(
            "{\"soort\"/plain@2:1: \"nieuwsbrief\"/plain@2:8, \"titel\"/plain@3:1: \"Nieuwsbrief\"/plain@3:8, \"datum\"/plain@4:1: \"2022-10-11\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"wijkorganen\"/plain@6:5, \"gemeenteraad\"/plain@7:5, \"ambtelijke organisatie\"/plain@8:5]@6:3, \"status\"/plain@9:1: \"afgerond\"/plain@9:9}@2:1",
            []),
        "file process/2022-11-04-vergadering-kerngroep.md": Recorded(
            "{\"soort\"/plain@2:1: \"kerngroep\"/plain@2:8, \"titel\"/plain@3:1: \"Vergadering kerngroep\"/plain@3:8, \"datum\"/plain@4:1: \"2022-11-04\"/plain@4:8, \"locatie\"/plain@5:1: \"Hotel Van der Valk Enschede\"/plain@5:10, \"doelgroepen\"/plain@6:1: [\"kerngroep\"/plain@7:5]@7:3, \"status\"/plain@8:1: \"afgerond\"/plain@8:9}@2:1",
            []),
        "file process/2022-11-09-stedelijke-bijeenkomst.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Stedelijke bijeenkomst\"/plain@3:8, \"datum\"/plain@4:1: \"2022-11-09\"/plain@4:8, \"locatie\"/plain@5:1: \"Mystiek Theater\"/plain@5:10, \"doelgroepen\"/plain@6:1: [\"wijkorganen\"/plain@7:5, \"gemeenteraad\"/plain@8:5, \"ambtelijke organisatie\"/plain@9:5]@7:3, \"status\"/plain@10:1: \"afgerond\"/plain@10:9}@2:1",
            []),
        "file process/2022-12-07-intrekken-regeling-wijkorganen-2008.md": Recorded(
            "{\"soort\"/plain@2:1: \"besluit\"/plain@2:8, \"titel\"/plain@3:1: \"Intrekken Regeling Wijkorganen 2008\"/plain@3:8, \"datum\"/plain@4:1: \"2022-12-07\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"college\"/plain@7:5, \"gemeenteraad\"/plain@8:5]@7:3, \"status\"/plain@9:1: \"afgerond\"/plain@9:9}@2:1",
            []),
        "file process/2022-12-12-brief-aan-de-wijkorganen.md": Recorded(
            "{\"soort\"/plain@2:1: \"brief\"/plain@2:8, \"titel\"/plain@3:1: \"Brief aan de wijkorganen over intrekken Regeling Wijkorganen 2008\"/plain@3:8, \"datum\"/plain@4:1: \"2022-12-12\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"wijkorganen\"/plain@6:5]@6:3, \"status\"/plain@7:1: \"afgerond\"/plain@7:9}@2:1",
            []),
        "file process/2022-12-14-vergadering-kerngroep.md": Recorded(
            "{\"soort\"/plain@2:1: \"kerngroep\"/plain@2:8, \"titel\"/plain@3:1: \"Vergadering kerngroep\"/plain@3:8, \"datum\"/plain@4:1: \"2022-12-14\"/plain@4:8, \"locatie\"/plain@5:1: \"Service Centrum Oost\"/plain@5:10, \"doelgroepen\"/plain@6:1: [\"kerngroep\"/plain@7:5]@7:3, \"status\"/plain@8:1: \"afgerond\"/plain@8:9}@2:1",
            []),
        "file process/2023-01-18-sdm-overleg.md": Recorded(
            "{\"soort\"/plain@2:1: \"overleg\"/plain@2:8, \"titel\"/plain@3:1: \"Stadsdeelmanagement overleg\"/plain@3:8, \"datum\"/plain@4:1: \"2023-01-18\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"stadsdeelmanagement\"/plain@6:5]@6:3, \"status\"/plain@7:1: \"afgerond\"/plain@7:9}@2:1",
            []),
        "file process/2023-01-19-nieuwsbrief.md": Recorded(
            "{\"soort\"/plain@2:1: \"nieuwsbrief\"/plain@2:8, \"titel\"/plain@3:1: \"Nieuwsbrief\"/plain@3:8, \"datum\"/plain@4:1: \"2023-01-19\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"wijkorganen\"/plain@6:5, \"gemeenteraad\"/plain@7:5, \"ambtelijke organisatie\"/plain@8:5]@6:3, \"status\"/plain@9:1: \"afgerond\"/plain@9:9}@2:1",
            []),
        "file process/2023-01-31-bijeenkomst-wijkregisseurs.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"Bijeenkomst wijkregisseurs\"/plain@3:8, \"datum\"/plain@4:1: \"2023-01-31\"/plain@4:8, \"locatie\"/plain@6:1: \"Service Centrum Oost\"/plain@6:10, \"doelgroepen\"/plain@7:1: [\"wijkregisseurs\"/plain@8:5]@8:3, \"status\"/plain@9:1: \"afgerond\"/plain@9:9}@2:1",
            []),
        "file process/2023-02-09-gesprek-dorpsraad-boekelo.md": Recorded(
            "{\"soort\"/plain@2:1: \"gesprek\"/plain@2:8, \"titel\"/plain@3:1: \"Gesprek met Dorpsraad Boekelo\"/plain@3:8, \"datum\"/plain@5:1: \"2023-02-09\"/plain@5:8, \"doelgroepen\"/plain@6:1: [\"dorpsraad Boekelo\"/plain@7:5]@7:3, \"status\"/plain@8:1: \"afgerond\"/plain@8:9}@2:1",
            []),
        "file process/2023-02-13-uitvraag-kerngroep.md": Recorded(
            "{\"soort\"/plain@2:1: \"uitvraag\"/plain@2:8, \"titel\"/plain@3:1: \"Uitvraag kerngroep\"/plain@3:8, \"datum\"/plain@4:1: \"2023-02-13\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"kerngroep\"/plain@6:5]@6:3, \"status\"/plain@7:1: \"afgerond\"/plain@7:9}@2:1",
            []),
        "file process/2023-03-15-sdm-overleg.md": Recorded(
            "{\"soort\"/plain@2:1: \"overleg\"/plain@2:8, \"titel\"/plain@3:1: \"Stadsdeelmanagement overleg\"/plain@3:8, \"datum\"/plain@4:1: \"2023-03-15\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"stadsdeelmanagement\"/plain@6:5]@6:3, \"status\"/plain@7:1: \"afgerond\"/plain@7:9}@2:1",
            []),
        "file process/2023-03-20-vergadering-kerngroep.md": Recorded(
            "{\"soort\"/plain@2:1: \"kerngroep\"/plain@2:8, \"titel\"/plain@3:1: \"Vergadering kerngroep\"/plain@3:8, \"datum\"/plain@4:1: \"2023-03-20\"/plain@4:8, \"locatie\"/plain@6:1: \"Service Centrum Oost\"/plain@6:10, \"doelgroepen\"/plain@7:1: [\"kerngroep\"/plain@8:5]@8:3, \"status\"/plain@9:1: \"afgerond\"/plain@9:9}@2:1",
            []),
        "file process/2023-03-30-concepten-gedeeld-onder-alle-wijkorganen.md": Recorded(
            "{\"soort\"/plain@2:1: \"brief\"/plain@2:8, \"titel\"/plain@3:1: \"Concepten gedeeld onder alle wijkorganen\"/plain@3:8, \"datum\"/plain@4:1: \"2023-03-30\"/plain@4:8, \"doelgroepen\"/plain@5:1: [\"wijkorganen\"/plain@6:5]@6:3, \"status\"/plain@7:1: \"afgerond\"/plain@7:9}@2:1",
            []),
        "file process/2023-04-13-in-het-stadsdeel-in-gesprek.md": Recorded(
            "{\"soort\"/plain@2:1: \"bijeenkomst\"/plain@2:8, \"titel\"/plain@3:1: \"In het stadsdeel in gesprek\"/plain@3:8, \"datum\"/plain@5:1: [\"2023-04-13\"/plain@5:9, \"2023-04-17\"/plain@5:21, \"2023-04-18\"/plain@5:33, \"2023-04-24\"/plain@5:45]@5:8, \"locatie\"/plain@6:1: \"de vijf stadsdelen\"/plain@6:10, \"doelgroepen\"/plain@7:1: [\"wijkorganen\"/plain@8:5, \"kerngroep\"/plain@9:5]@8:3, \"status\"/plain@10:1: \"afgerond\"/plain@10:9}@2:1",
            []),
        "file process/2023-04-20-gesprek-dorpsraad-boekelo.md": Recorded(
            "{\"soort\"/plain@2:1: \"gesprek\"/plain@2:8, \"titel\"/plain@3:1: \"Gesprek met Dorpsraad Boekelo\"/plain@3:8, \"datum\"/plain@5:1: \"2023-04-20\"/plain@5:8, \"doelgroepen\"/plain@6:1: [\"dorpsraad Boekelo\"/plain@7:5]@7:3, \"status\"/plain@8:1: \"afgerond\"/plain@8:9}@2:1",
            []),
        "file process/2023-07-onderzoek-wijken-zonder-wijkraad.md": Recorded(
            "{\"soort\"/plain@2:1: \"onderzoek\"/plain@2:8, \"titel\"/plain@3:1: \"Onderzoek inwonerbetrokkenheid in wijken zonder wijkorgaan\"/plain@3:8, \"datum\"/plain@5:1: \"2023-07\"/plain@5:8, \"status\"/plain@6:1: \"afgerond\"/plain@6:9}@2:1",
            []),
        "file process/proces.md": Recorded(
            "{\"titel\"/plain@2:1: \"Vernieuwing samenwerkingsafspraken met wijkorganen\"/plain@2:8, \"gemeente\"/plain@3:1: \"Enschede\"/plain@3:11, \"bestuursorgaan\"/plain@4:1: \"college van burgemeester en wethouders\"/plain@4:17, \"participatieniveau\"/plain@5:1: \"coproduceren\"/plain@5:21, \"verordening\"/plain@6:1: \"Participatieverordening gemeente Enschede 2022\"/plain@6:14, \"participatieplan\"/plain@7:1: \"2022-06-07\"/plain@7:19, \"status\"/plain@10:1: \"concept\"/plain@10:9, \"versie\"/plain@11:1: \"1.0\"/doubleQuoted@11:9, \"toelichting-proces\"/plain@12:1: \"Deze lijst van bijeenkomsten, vergaderingen, in- en externe uitingen en overige belangrijke momenten zijn benoemd ter onderbouwing en verantwoording van het participatietraject. Daarnaast geeft dit overzicht ook een inkijkje in wat er de afgelopen maanden gedaan is door het projectteam, de kerngroep en andere betrokkenen.\\n\"/literal@12:21, \"toelichting-uitkomsten\"/plain@14:1: \"Het participatieproces heeft niet alleen geleid tot een goed resultaat, maar heeft zeker ook wat losgemaakt bij de wijkorganen in de stad.\\n\"/literal@14:25, \"toelichting-reacties\"/plain@16:1: \"De wijze waarop de inbreng is benut bij de uitwerking van het beleidsvoorstel of uitvoeringsplan.\"/literal@16:23}@2:1",
            []),
        "file process/reacties/handreiking-wijkorganen.md": Recorded(
            "{\"titel\"/plain@2:1: \"Handreiking Wijkorganen\"/plain@2:8, \"volgorde\"/plain@3:1: \"4\"/plain@3:11, \"uitkomsten\"/plain@4:1: [\"er-toe-doen\"/plain@7:5]@7:3, \"besluit\"/plain@8:1: \"overgenomen\"/plain@8:10, \"verwerkt-in\"/plain@9:1: [\"Handreiking Wijkorganen\"/plain@10:5]@10:3}@2:1",
            []),
        "file process/reacties/intrekking-regeling-wijkorganen-2008.md": Recorded(
            "{\"titel\"/plain@2:1: \"Intrekking Regeling Wijkorganen 2008\"/plain@2:8, \"volgorde\"/plain@3:1: \"1\"/plain@3:11, \"uitkomsten\"/plain@4:1: [\"geen-tweedeling\"/plain@6:5]@6:3, \"besluit\"/plain@7:1: \"overgenomen\"/plain@7:10, \"verwerkt-in\"/plain@8:1: [\"intrekking Regeling Wijkorganen 2008\"/plain@9:5]@9:3}@2:1",
            []),
        "file process/reacties/subsidieverordening-wijkorganen-2023.md": Recorded(
            "{\"titel\"/plain@2:1: \"Subsidieverordening Wijkorganen 2023\"/plain@2:8, \"volgorde\"/plain@3:1: \"2\"/plain@3:11, \"uitkomsten\"/plain@4:1: [\"belang-van-diversiteit\"/plain@6:5, \"doorontwikkeling\"/plain@8:5]@6:3, \"besluit\"/plain@9:1: \"overgenomen\"/plain@9:10, \"verwerkt-in\"/plain@10:1: [\"Subsidieverordening Wijkorganen 2023\"/plain@11:5]@11:3}@2:1",
            []),
        "file process/reacties/uitvoeringsplan.md": Recorded(
            "{\"titel\"/plain@2:1: \"Uitvoeringsplan\"/plain@2:8, \"volgorde\"/plain@3:1: \"5\"/plain@3:11, \"uitkomsten\"/plain@5:1: []@5:13, \"besluit\"/plain@6:1: \"overgenomen\"/plain@6:10, \"verwerkt-in\"/plain@7:1: [\"Uitvoeringsplan\"/plain@8:5]@8:3}@2:1",
            []),
        "file process/reacties/wijziging-participatieverordening-artikel-10.md": Recorded(
            "{\"titel\"/plain@2:1: \"Wijziging Participatieverordening (artikel 10)\"/plain@2:8, \"volgorde\"/plain@3:1: \"3\"/plain@3:11, \"uitkomsten\"/plain@4:1: [\"er-toe-doen\"/plain@6:5]@6:3, \"besluit\"/plain@7:1: \"overgenomen\"/plain@7:10, \"verwerkt-in\"/plain@8:1: [\"wijzigingsvoorstel Participatieverordening (artikel 10)\"/plain@9:5]@9:3}@2:1",
            []),
        "file process/uitkomsten/belang-van-diversiteit.md": Recorded(
            "{\"titel\"/plain@2:1: \"Belang van diversiteit\"/plain@2:8, \"volgorde\"/plain@3:1: \"3\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2022-12-14-vergadering-kerngroep\"/plain@6:5]@6:3}@2:1",
            []),
        "file process/uitkomsten/doorontwikkeling.md": Recorded(
            "{\"titel\"/plain@2:1: \"Doorontwikkeling\"/plain@2:8, \"volgorde\"/plain@3:1: \"5\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2022-12-14-vergadering-kerngroep\"/plain@6:5, \"2023-01-31-bijeenkomst-wijkregisseurs\"/plain@8:5]@6:3}@2:1",
            []),
        "file process/uitkomsten/er-toe-doen.md": Recorded(
            "{\"titel\"/plain@2:1: \"Er toe doen\"/plain@2:8, \"volgorde\"/plain@3:1: \"1\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2022-07-04-startbijeenkomst\"/plain@7:5]@7:3}@2:1",
            []),
        "file process/uitkomsten/geen-tweedeling.md": Recorded(
            "{\"titel\"/plain@2:1: \"Geen tweedeling\"/plain@2:8, \"volgorde\"/plain@3:1: \"2\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2022-07-27-vergadering-kerngroep\"/plain@6:5, \"2022-08-10-vergadering-kerngroep\"/plain@8:5, \"2022-11-09-stedelijke-bijeenkomst\"/plain@10:5]@6:3}@2:1",
            []),
        "file process/uitkomsten/wens-voor-ondersteuning.md": Recorded(
            "{\"titel\"/plain@2:1: \"Wens voor ondersteuning\"/plain@2:8, \"volgorde\"/plain@3:1: \"4\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2022-10-05-start-enquete-onder-inwoners\"/plain@7:5]@7:3}@2:1",
            []),
        "file process/uitkomsten/wijken-zonder-wijkraad.md": Recorded(
            "{\"titel\"/plain@2:1: \"Wijken zonder wijkraad\"/plain@2:8, \"volgorde\"/plain@3:1: \"6\"/plain@3:11, \"bronnen\"/plain@4:1: [\"2023-07-onderzoek-wijken-zonder-wijkraad\"/plain@6:5]@6:3}@2:1",
            []),
    ]
}
