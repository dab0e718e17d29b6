import MustacheEngine
import ParticipatieModel
import ParticipatieReading

// Dutch wording of the report layer: dates, numbers, counts and lists as the report and the
// terminal show them. The report's own sentences are in the templates.

/// Dutch words for values in the report.
package enum ReportWording {
    package static let months = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// "1e", "2e", … (Dutch ordinals are written with a plain "e").
    package static func ordinal(_ number: Int) -> String { "\(number)e" }

    /// "4 juli 2022", "juli 2023" or "2022".
    package static func date(_ date: EventDate) -> String {
        guard let monthNumber = date.month else { return "\(date.year)" }
        let month = months[monthNumber - 1]
        guard let day = date.day else { return "\(month) \(date.year)" }
        return "\(day) \(month) \(date.year)"
    }

    /// "13, 17, 18 en 24 april 2023"; dates in different months or years are written in full.
    package static func dates(_ dates: [EventDate]) -> String {
        guard let first = dates.first else { return "" }
        if dates.count == 1 { return date(first) }
        let sameMonth = dates.allSatisfy { $0.year == first.year && $0.month == first.month && $0.day != nil }
        let parts = sameMonth ? dates.map { "\($0.day!)" } : dates.map(date)
        let list = parts.dropLast().joined(separator: ", ") + " en " + parts.last!
        return sameMonth ? "\(list) \(months[first.month! - 1]) \(first.year)" : list
    }

    /// "19.30 uur", as Dutch writes a time of day.
    package static func time(_ time: EventTime) -> String {
        "\(time.hour).\(time.minute < 10 ? "0" : "")\(time.minute) uur"
    }

    // MARK: Report

    /// "1.060": Dutch digit grouping with a full stop.
    package static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// "1 moment", "31 momenten".
    package static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(number(value)) \(value == 1 ? singular : plural)"
    }

    /// "jan", "feb", "mrt", …: the usual Dutch abbreviations, for the timeline's axis.
    package static let monthAbbreviations = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    /// A count as written, with a full stop between thousands where the writer left it out:
    /// "ca. 60", "1.060", "meer dan 1.400", "80 à 100".
    package static func count(_ count: Count) -> String {
        // In an accepted count, a run of four or more digits is never part of a number grouped with full stops.
        var result = ""
        var digits = ""
        for character in count.text + " " {
            if character.isASCII, character.isWholeNumber {
                digits.append(character)
                continue
            }
            if !digits.isEmpty {
                result += digits.count >= 4 ? number(Int(digits)!) : digits
                digits = ""
            }
            result.append(character)
        }
        return String(result.dropLast())
    }

    /// A total of counts: "1.060", "ca. 90", "ten minste ca. 330", "380 tot 420".
    package static func total(_ total: CountTotal) -> String {
        amount(lower: total.lower, upper: total.upper, estimate: total.hasEstimate)
    }

    /// The part of a total that is not exact: "ca. 30", "ten minste 200", "80 tot 100"; `nil` when all is exact.
    package static func inexactPart(_ total: CountTotal) -> String? {
        guard total.hasInexact else { return nil }
        return amount(lower: total.approximate, upper: total.approximateUpper, estimate: total.hasEstimate)
    }

    private static func amount(lower: Int, upper: Int?, estimate: Bool) -> String {
        let about = estimate ? "ca. " : ""
        guard let upper else { return "ten minste " + about + number(lower) }
        return upper == lower ? about + number(lower) : about + number(lower) + " tot " + number(upper)
    }

    /// "5 april 2022 tot en met juli 2023"; one date alone when both are the same.
    package static func period(from first: EventDate, to last: EventDate) -> String {
        first == last ? date(first) : "\(date(first)) tot en met \(date(last))"
    }

    /// "bijeenkomst" → "Bijeenkomst".
    package static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// "a", "a en b", "a, b en c".
    package static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " en " + items.last!
    }

    /// Dutch name of a report status, e.g. "concept".
    package static func reportStatusLabel(_ status: ReportStatus) -> String {
        switch status {
        case .concept: "concept"
        case .definitief: "definitief"
        }
    }

    /// Dutch name of a participation level, e.g. "coproduceren".
    package static func levelLabel(_ level: ParticipationLevel) -> String { level.rawValue }

    // MARK: Changes since an earlier version (build --sinds)

    /// "versie 1.0", or "revisie 1a2b3c4" when that version had no `versie`.
    static func comparisonLabel(version: String, revision: String) -> String {
        version.isEmpty ? "revisie \(revision)" : "versie \(version)"
    }
    static let changeAdded = "toegevoegd"
    static let changeChanged = "gewijzigd"
    static let changeRemoved = "verwijderd"
    static let changesOfProcess = "Het proces"
    static let changesOfEvents = "Gebeurtenissen"
    static let changesOfOutcomes = "Uitkomsten"
    static let changesOfResponses = "Reacties"
    /// "datum en tekst gewijzigd; hernoemd (was 2024-02-01-start)".
    static func changeDetail(fields: [String], previousID: String?) -> String? {
        var parts: [String] = []
        if !fields.isEmpty { parts.append(list(fields.map { $0 == "tekst" ? "tekst" : "‘\($0)’" }) + " gewijzigd") }
        if let previousID { parts.append("hernoemd (was \(previousID))") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
    static func sinceFailed(_ revision: String, _ reason: String) -> String {
        "kan niet vergelijken met --sinds '\(revision)': \(reason)"
    }
    static func sinceHasErrors(_ revision: String, commit: String) -> String {
        "kan niet vergelijken met --sinds '\(revision)': de procesmap in revisie \(commit) heeft fouten (zie 'participatie verschil \(revision)')"
    }

    // MARK: What was checked (verantwoording)

    static func checkOutcome(_ isMet: Bool) -> String { isMet ? "in orde" : "niet in orde" }
    static let articleFive = "Artikel 5 van de participatieverordening"
    static let articleFiveOverview = "(a) een overzicht van het gevolgde participatieproces"
    static let articleFiveOutcomes = "(b) een weergave van de belangrijkste uitkomsten"
    static let articleFiveResponses = "(c) een reactie van de gemeente op elke uitkomst, met een besluit"
    static let motivationCheck = "een motivering bij elke reactie die de inbreng niet of deels overneemt"
    static let noOutcomesYet = "nog geen uitkomst vastgelegd"
    static func responsesDetail(unanswered: Int, outcomes: Int, responses: Int) -> String {
        if unanswered > 0 {
            return "\(number(unanswered)) van de \(number(outcomes)) uitkomsten \(unanswered == 1 ? "heeft" : "hebben") nog geen reactie"
        }
        return count(responses, "reactie", "reacties") + " op " + count(outcomes, "uitkomst", "uitkomsten")
    }
    static let privacyGroup = "Persoonsgegevens (AVG)"
    static let privacyCheck =
        "geen e-mailadressen, telefoonnummers, burgerservicenummers, rekeningnummers, adressen met postcode en huisnummer "
        + "of namen met aanhef of titel in de tekst"
    static func privacyDetail(found: Int, allowed: Int) -> String {
        let allowedText = allowed > 0 ? "; \(count(allowed, "tekst is", "teksten zijn")) met een reden toegestaan, zie hieronder" : ""
        if found > 0 { return "\(number(found)) gevonden" + allowedText }
        return "niets gevonden" + allowedText
    }
    static func levelGroup(_ level: ParticipationLevel, phase: String? = nil) -> String {
        "Participatieniveau \(level.rawValue)" + (phase.map { ", fase ‘\($0)’" } ?? "")
    }
    static func noLevelRules(_ level: ParticipationLevel) -> String {
        "bij \(level.rawValue) hebben de deelnemers geen invloed op het besluit; het niveau vraagt niets naast artikel 5"
    }
    static func levelRuleLabel(_ rule: LevelRule) -> String {
        switch rule {
        case .outcomesRecorded: "vanaf raadplegen is de inbreng vastgelegd in ten minste één uitkomst"
        case .everyOutcomeAnswered: "vanaf adviseren heeft elke uitkomst een reactie met een besluit"
        case .planBeforeStart: "vanaf coproduceren is het participatieplan vastgesteld vóór de eerste gebeurtenis"
        case .decisionAdoptsOutcomes: "bij meebeslissen noemt een besluit de uitkomsten die het overneemt"
        }
    }
    static func levelRuleDetail(_ result: CheckResults.LevelRuleResult, in timeline: Timeline) -> String? {
        if result.phase != nil { return phaseRuleDetail(result, in: timeline) }
        switch result.rule {
        case .outcomesRecorded:
            return result.isMet ? count(timeline.outcomes.count, "uitkomst", "uitkomsten") : noOutcomesYet
        case .everyOutcomeAnswered:
            return result.isMet ? nil : count(result.problems, "uitkomst zonder reactie", "uitkomsten zonder reactie")
        case .planBeforeStart:
            guard let plan = timeline.process.participationPlan else { return "geen participatieplan opgegeven" }
            return "vastgesteld op \(date(plan))" + (result.isMet ? "" : ", na het begin van het proces")
        case .decisionAdoptsOutcomes:
            let adopted = Set(timeline.events.filter { $0.kind == .besluit && $0.status == .afgerond }.flatMap(\.adoptedOutcomes))
            return result.isMet ? count(adopted.count, "uitkomst overgenomen", "uitkomsten overgenomen") : "nog geen besluit met 'neemt-over'"
        }
    }

    /// The detail of a rule checked for one phase: what the phase misses, nothing when it is met.
    static func phaseRuleDetail(_ result: CheckResults.LevelRuleResult, in timeline: Timeline) -> String? {
        switch result.rule {
        case .outcomesRecorded:
            return result.isMet ? nil : "geen uitkomst met een bron uit deze fase"
        case .everyOutcomeAnswered:
            return result.isMet ? nil : count(result.problems, "uitkomst zonder reactie", "uitkomsten zonder reactie")
        case .planBeforeStart:
            guard let plan = timeline.process.participationPlan else { return "geen participatieplan opgegeven" }
            return "vastgesteld op \(date(plan))" + (result.isMet ? "" : ", na het begin van deze fase")
        case .decisionAdoptsOutcomes:
            return result.isMet ? nil : "nog geen besluit dat een uitkomst uit deze fase overneemt"
        }
    }

    /// "2e kerngroep-vergadering" or, when the process has only one event of that kind, "kerngroep-vergadering";
    /// in a series "bijeenkomst, 2e in de reeks Stedelijke bijeenkomsten", and with the number the
    /// municipality gave it "klankbordgroep-bijeenkomst, nr. 24 in de reeks Klankbordgroep Stationsgebied".
    package static func numberedKind(_ event: Event) -> String {
        guard let series = event.series else {
            if event.officialNumber != nil { return event.kind.label + " " + numberLabel(event) }
            return event.groupSize > 1 ? ordinal(event.number) + " " + event.kind.label : event.kind.label
        }
        let number = event.groupSize > 1 || event.officialNumber != nil ? numberLabel(event) + " " : ""
        return event.kind.label + ", " + number + "in de reeks " + series
    }

    /// "2e" for a number from the order of dates, "nr. 24" for a number the municipality gave.
    package static func numberLabel(_ event: Event) -> String {
        event.officialNumber == nil ? ordinal(event.number) : "nr. \(event.number)"
    }

    // MARK: Templates and the output folder
    /// How diagnostics name the folder of the compiled-in default templates, which is no folder on disk.
    static let defaultTemplatesFolder = "(ingebouwd)"
    static func missingTemplate(_ fileName: String, folder: String) -> String {
        "sjabloon '\(fileName)' ontbreekt in \(folder)/: het eindverslag wordt ermee gemaakt"
    }
    static let templateSectionCloseMismatch = "deze afsluitende tag hoort niet bij de sectie die hier open staat"
    static let templateUnfinishedTag = "tag wordt niet goed afgesloten: verwacht '}}' na een naam zonder spaties of leestekens"
    static func templateUnclosedSection(_ name: String) -> String {
        "sectie '\(name)' wordt niet afgesloten: voeg '{{/\(name)}}' toe"
    }
    static let templateInheritance = "ongeldige overerving ('{{<…}}' met '{{$…}}'-blokken)"
    static let templateDelimiters = "andere scheidingstekens ('{{=… …=}}') worden niet ondersteund; gebruik '{{' en '}}'"
    static let templatePragma =
        "instellingen ('{{%…}}') worden niet ondersteund: .html.mustache-sjablonen schonen waarden voor HTML, .md.mustache-sjablonen voor Markdown"
    static let unusedTemplate =
        "sjabloon wordt niet gebruikt: de naam moet eindigen op .html.mustache (voor het HTML-verslag) of .md.mustache (voor Markdown)"
    static func templateUnescaped(_ name: String, suffix: String) -> String {
        "'\(name)' wordt ongeschoond ingevoegd; alleen variabelen waarvan de naam op '\(suffix)' eindigt mogen tussen '{{{ }}}' of na '{{&'"
    }
    static func missingPartial(_ name: String, folder: String, suggestion: String?) -> String {
        "deelsjabloon '\(name)' bestaat niet (verwacht \(folder)/\(name).mustache)" + Message.suggestionSuffix(suggestion)
    }
    static func partialFormatMismatch(_ name: String, expected: String) -> String {
        "deelsjabloon '\(name)' hoort bij een ander formaat: gebruik hier alleen deelsjablonen die op '\(expected).mustache' eindigen"
    }
    static func unknownTemplateVariable(_ name: String, suggestion: String?) -> String {
        "onbekende variabele '\(name)'" + Message.suggestionSuffix(suggestion) + " (zie docs/sjablonen.md); hij blijft leeg"
    }
    static func unknownTemplateTransform(_ name: String) -> String {
        "onbekende bewerking '\(name)()'; toegestaan: first, last, index, even, odd, count, empty, reversed"
    }
    static func outputInsideProcess(_ output: String, process: String) -> String {
        "uitvoermap '\(output)' ligt in de procesmap '\(process)'; daar schrijft participatie nooit: kies een andere map met --output"
    }
    static func cannotCreateOutputFolder(_ folder: String, _ reason: String) -> String {
        "kan uitvoermap '\(folder)' niet maken (\(reason))"
    }
    static func cannotWriteReport(_ reason: String) -> String { "kan het verslag niet schrijven (\(reason))" }
    static func cannotCopyAttachment(_ reason: String) -> String { "kan de bijlage niet kopiëren (\(reason))" }

    // MARK: Template cycles
    static func partialCycle(_ names: [String]) -> String {
        "deelsjablonen voegen elkaar eindeloos in: " + names.joined(separator: " → ") + "; haal één van deze verwijzingen weg"
    }
    static func partialsTooDeep(limit: Int) -> String {
        "deelsjablonen zijn meer dan \(limit) lagen diep in elkaar ingevoegd; voeg ze minder diep in"
    }
    static func sectionsTooDeep(limit: Int) -> String {
        "secties zijn meer dan \(limit) lagen diep genest; sluit eerder af"
    }

}

extension ReportWording {
    /// Why a template cannot be parsed.
    static func templateSyntax(_ kind: TemplateSyntaxError.Kind) -> String {
        switch kind {
        case .unfinishedTag: templateUnfinishedTag
        case .closeMismatch: templateSectionCloseMismatch
        case .unclosedSection(let name): templateUnclosedSection(name)
        case .invalidInheritance: templateInheritance
        case .sectionsTooDeep(let limit): sectionsTooDeep(limit: limit)
        case .invalidDelimiters: "ongeldige scheidingstekens in '{{=… …=}}'; gebruik '{{' en '}}'"
        }
    }

    /// `{{>../x}}` or `{{>/etc/x}}`: only templates inside the folder are used.
    static func partialOutsideFolder(_ name: String, folder: String) -> String {
        "deelsjabloon '\(name)' ligt buiten de map \(folder)/ en wordt daarom niet gebruikt; zet het in \(folder)/"
    }

    /// `{{>*naam}}`: the name would come from the data, so the checks could not see which template is used.
    static func dynamicPartial(_ name: String) -> String {
        "deelsjabloon met een naam uit de gegevens ('\(name)') wordt niet ondersteund; noem het deelsjabloon bij naam"
    }

    /// Why rendering the report stopped at a limit.
    static func templateRender(_ kind: TemplateRenderError.Kind, template: String) -> String {
        switch kind {
        case .outputTooLarge(let limit):
            "het verslag wordt groter dan \(number(limit)) bytes bij het invullen van sjabloon '\(template)': "
                + "waarschijnlijk voegen deelsjablonen of secties elkaar steeds opnieuw in; het vorige verslag blijft staan"
        case .partialsTooDeep(let limit):
            partialsTooDeep(limit: limit - 1)
        case .tooManySteps(let limit):
            "sjabloon '\(template)' doet meer dan \(number(limit)) stappen: waarschijnlijk voegen deelsjablonen of secties "
                + "elkaar steeds opnieuw in; het vorige verslag blijft staan"
        }
    }
}
