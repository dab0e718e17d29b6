import ArgumentParser
import Foundation
import ParticipatieModel
import ParticipatieReading
import ParticipatieReport

// Dutch wording of the command-line tool: summaries and help. Kept with the other messages.

/// Dutch texts printed by the `participatie` command.
public enum CommandWording {
    /// "43 bestanden gecontroleerd: 0 fouten, 1 waarschuwing".
    public static func checkSummary(files: Int, diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        return "\(files) \(files == 1 ? "bestand" : "bestanden") gecontroleerd: "
            + "\(errors) \(errors == 1 ? "fout" : "fouten"), "
            + "\(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")"
    }

    /// An empty folder option (`--process ''`) is wrong use, not the current folder.
    static func requireFolder(_ value: String, option: String) throws {
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("\(option) is leeg; geef een map op, bijvoorbeeld \(option) \(option.dropFirst(2))")
        }
    }

    /// Help of `--process`, the same for every command.
    static let processOptionHelp =
        "De map met het proces. Standaard: de map process/ van het project, gezocht vanaf de huidige map naar boven."

    /// An empty folder argument (`participatie init ''`) is wrong use, not the current folder.
    static func requireFolderArgument(_ value: String) throws {
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("de map is leeg; geef een map op, of laat hem weg")
        }
    }

    public static let strictFailure = "--strict: waarschuwingen tellen als fouten"
    public static let exportRefused = "geen export: los eerst de fouten hierboven op"

    // MARK: participatie new: wrong use and files that cannot be made
    /// Without a near kind to suggest, it says how to declare a kind of one's own (as `check` does).
    static func unknownEntryKind(_ value: String, suggestion: String?, allowed: [String]) -> String {
        "onbekende soort '\(value)'" + Message.suggestionSuffix(suggestion) + " (kies uit: \(allowed.joined(separator: ", ")))"
            + (suggestion == nil ? "; " + Message.declareKind(value) : "")
    }
    static let emptyTitle = "de titel is leeg; zet de titel tussen aanhalingstekens, bijvoorbeeld \"Bewonersavond Marktplein\""
    static func optionOnlyForEvents(_ option: String, kind: String) -> String {
        "\(option) geldt alleen voor gebeurtenissen, niet voor '\(kind)'"
    }
    static func optionOnlyFor(_ option: String, kind: String, allowedKind: String) -> String {
        "\(option) geldt alleen voor '\(allowedKind)', niet voor '\(kind)'"
    }
    static func emptyReference(_ option: String) -> String { "\(option) is leeg" }
    static func entryExists(_ path: String) -> String {
        "\(path) bestaat al; kies een andere titel, of pas het bestaande bestand aan"
    }
    static func cannotCreateFolder(_ folder: String, _ reason: String) -> String {
        "kan map '\(folder)' niet maken (\(reason))"
    }
    static func cannotWriteFile(_ path: String, _ reason: String) -> String {
        "kan \(path) niet schrijven (\(reason))"
    }
    static func folderIsSymbolicLink(_ folder: String) -> String {
        "'\(folder)' is een symbolische koppeling; maak er een gewone map van"
    }

    // MARK: participatie new

    /// Printed on standard error after the path of a new file.
    public static let newFileHint =
        "vul de tekst bij '[VUL IN: …]' in en controleer het bestand daarna met 'participatie check'"

    /// `--datum` that is not JJJJ-MM-DD or JJJJ-MM.
    public static func invalidDateOption(_ value: String) -> String { Message.invalidDate("--datum", value) }

    /// `PARTICIPATIE_VANDAAG` that is not a day.
    public static func invalidToday(variable: String, _ value: String) -> String {
        "de waarde '\(value)' van \(variable) is geen geldige datum; schrijf JJJJ-MM-DD"
    }

    // MARK: participatie timeline

    /// Column headings of the timeline table.
    public static let timelineColumns = ["Datum", "Soort", "Nr", "Deelnemers", "Reacties", "Titel"]

    /// "Herinrichting Marktplein — Voorbeeldstad, participatieniveau: adviseren, status: concept".
    public static func timelineHeading(_ process: ProcessDescription) -> String {
        "\(process.title) — \(list(process.municipalities)), participatieniveau: \(process.level.rawValue), status: \(process.status.rawValue)"
    }

    /// Added to the title of an event held on several days: "(op 4 dagen)".
    public static func timelineDays(_ count: Int) -> String { "(op \(count) dagen)" }
    public static let timelinePlanned = "(gepland)"
    /// Added to the title of an event in a series: "(reeks Stedelijke bijeenkomsten)".
    public static func timelineSeries(_ series: String) -> String { "(reeks \(series))" }

    /// The summary figures under the table, one line each.
    public static func timelineSummary(_ timeline: Timeline) -> [String] {
        let statistics = timeline.statistics
        var lines: [String] = []
        var span = count(statistics.eventCount, "gebeurtenis", "gebeurtenissen")
        if let first = statistics.firstDate, let last = statistics.lastDate {
            span += first == last ? " op \(ReportWording.date(first))" : " van \(ReportWording.date(first)) tot en met \(ReportWording.date(last))"
        }
        lines.append(span)
        if !statistics.countsByKind.isEmpty {
            lines.append(
                "Per soort: "
                    + statistics.countsByKind
                    .map { count($0.count, $0.kind.label, $0.kind.pluralLabel) }.joined(separator: ", "))
        }
        lines.append(totalLine("Deelnemers, opgeteld", statistics.participants))
        if statistics.reactions.eventCount > 0 {
            lines.append(totalLine("Reacties van deelnemers, opgeteld", statistics.reactions))
        }
        if !statistics.audiences.isEmpty {
            lines.append("Doelgroepen: " + statistics.audiences.joined(separator: ", "))
        }
        lines.append("Afgerond: \(statistics.heldCount), gepland: \(statistics.plannedCount)")
        lines.append(
            "Uitkomsten: \(timeline.outcomes.count), reacties: \(timeline.responses.count), "
                + "uitkomsten zonder reactie: \(timeline.unansweredOutcomes.count)")
        return lines
    }

    /// "Deelnemers, opgeteld: ca. 90 bij 3 gebeurtenissen (10 geteld); dezelfde mensen kunnen meer keer zijn geteld".
    private static func totalLine(_ label: String, _ total: CountTotal) -> String {
        guard total.eventCount > 0 else { return label + ": geen aantallen bekend" }
        var line = label + ": " + ReportWording.total(total) + " bij " + count(total.eventCount, "gebeurtenis", "gebeurtenissen")
        if total.hasInexact, total.exact > 0 { line += " (\(ReportWording.number(total.exact)) geteld)" }
        if total.eventCount > 1 { line += "; dezelfde mensen kunnen meer keer zijn geteld" }
        return line
    }

    /// Printed on standard error when the timeline cannot be shown.
    public static let timelineRefused = "geen tijdlijn: los eerst de fouten hierboven op"

    private static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }

    // MARK: participatie build --watch

    public static let buildWatchHelp =
        "Blijf kijken: maak het verslag opnieuw bij elke wijziging in de proces- of sjablonenmap (stoppen: Ctrl-C)."
    public static let buildWatchDiscussion = """
        Met --watch maakt participatie het verslag opnieuw zodra een bestand in de procesmap of de \
        sjablonenmap wordt opgeslagen, toegevoegd of verwijderd, en toont het de meldingen van elke poging. \
        Mislukt een poging, dan blijft het laatste goede verslag staan. Stoppen met Ctrl-C (exitcode 0).
          participatie build --watch
        """

    /// Printed once when watching starts.
    public static func watchStarted(_ folders: [String]) -> String {
        "kijkt naar \(list(folders.map { $0.hasSuffix("/") ? $0 : $0 + "/" })): bij elke wijziging wordt het verslag "
            + "opnieuw gemaakt (stoppen: Ctrl-C)"
    }

    /// Printed before each rebuild: "wijziging in process/a.md; opnieuw maken".
    public static func watchChanged(_ paths: [String]) -> String {
        let shown = paths.count <= 3 ? paths : Array(paths.prefix(2)) + ["\(paths.count - 2) andere"]
        return "\n\(paths.count == 1 ? "wijziging" : "wijzigingen") in \(list(shown)); het verslag wordt opnieuw gemaakt"
    }

    /// Printed after a rebuild that failed: the previous report stays.
    public static func watchKeptLastGood(_ report: String?) -> String {
        guard let report else { return "geen verslag gemaakt: los eerst de fouten hierboven op" }
        return "geen nieuw verslag: los eerst de fouten hierboven op; het laatste goede verslag blijft staan (\(report))"
    }

    /// Printed on Ctrl-C.
    public static let watchStopped = "gestopt met kijken; tot ziens"

    /// "a", "a en b", "a, b en c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " en " + last
    }

    // MARK: Wrong use

    /// `participatie frob`: "fout: onbekende opdracht 'frob'; bedoelde u …? (kies uit: …)".
    public static func unknownCommand(_ word: String, known: [String]) -> String {
        let suggestion = Suggestion.nearest(to: word, in: known).map { "; bedoelde u '\($0)'?" } ?? ""
        return "fout: onbekende opdracht '\(word)'\(suggestion) (kies uit: \(known.joined(separator: ", ")))\n"
            + "zie 'participatie --help' voor uitgebreide hulp"
    }

    /// Replaces argument-parser's English headings and stock phrases with Dutch ones. Its error
    /// messages (and the help line under them) are made to start like every other message: lower
    /// case, without a full stop at the end.
    public static func translateHelp(_ text: String) -> String {
        var result = text
        for (english, dutch) in helpTranslations {
            result = result.replacingOccurrences(of: english, with: dutch)
        }
        return result.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            (line.hasPrefix("fout: ") || line.hasPrefix("hulp: ")) && line.hasSuffix(".") ? String(line.dropLast()) : String(line)
        }.joined(separator: "\n")
    }

    private static let helpTranslations: [(String, String)] = [
        (". Please provide one of the following:", "; kies uit:"),
        (". Please provide one of ", "; kies uit "),
        ("OVERVIEW:", "OVERZICHT:"),
        ("USAGE:", "GEBRUIK:"),
        ("ARGUMENTS:", "ARGUMENTEN:"),
        ("OPTIONS:", "OPTIES:"),
        ("SUBCOMMANDS:", "OPDRACHTEN:"),
        ("<subcommand>", "<opdracht>"),
        ("Show help information.", "Toon deze hulptekst."),
        ("Show the version.", "Toon het versienummer."),
        ("(default: ", "(standaard: "),
        ("(default:", "(standaard:"),
        ("(values:", "(waarden:"),
        ("; default:", "; standaard:"),
        ("(default)", "(standaard)"),
        ("(values: ", "(waarden: "),
        ("; default: ", "; standaard: "),
        ("Please provide one of ", "kies uit "),
        ("' and '", "' en '"),
        ("' for more information.", "' voor meer informatie"),
        ("  See '", "  zie '"),
        ("' for detailed help.", "' voor uitgebreide hulp"),
        ("Error: ", "fout: "),
        ("Missing expected argument", "verplicht argument ontbreekt:"),
        ("Unknown option", "onbekende optie"),
        ("Unexpected argument", "onverwacht argument"),
        ("Missing value for", "waarde ontbreekt voor"),
        ("The value", "de waarde"),
        ("is invalid for", "is ongeldig voor"),
        ("Help:  ", "hulp:  "),
        ("Usage: ", "gebruik: "),
        ("' for more information.", "' voor meer informatie"),
        (". Did you mean '", "; bedoelde u '"),
        ("Missing one of:", "een van deze ontbreekt:"),
        ("Invalid option:", "ongeldige optie:"),
        ("The option '", "de optie '"),
        ("' does not take any value, but '", "' heeft geen waarde, maar kreeg '"),
        ("' was specified.", "'"),
        ("' or '", "' of '"),
        ("' and '", "' en '"),
        ("Show subcommand help information.", "Toon de hulptekst van een opdracht."),
        ("Unspecified version", "onbekende versie"),
    ]
}
