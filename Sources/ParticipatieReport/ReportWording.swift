import ParticipatieReading
// Dutch wording of the report layer: dates, numbers, counts and lists as the report and the
// terminal show them. The report's own sentences are in the templates.

import ParticipatieModel

/// Dutch words for values in the report.
package enum ReportWording {
    package static let months = ["januari", "februari", "maart", "april", "mei", "juni",
                         "juli", "augustus", "september", "oktober", "november", "december"]

    /// "1e", "2e", … (Dutch ordinals are written with a plain "e").
    package static func ordinal(_ number: Int) -> String { "\(number)e" }

    /// "4 juli 2022" or "juli 2023".
    package static func date(_ date: EventDate) -> String {
        let month = months[date.month - 1]
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
        return sameMonth ? "\(list) \(months[first.month - 1]) \(first.year)" : list
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

    /// "ca. 60" for an estimate, "1.060" for a count.
    package static func participants(_ participants: Participants) -> String {
        (participants.isApproximate ? "ca. " : "") + number(participants.count)
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

    /// "2e kerngroep-vergadering" or, when the process has only one event of that kind, "kerngroep-vergadering".
    package static func numberedKind(_ kind: EventKind, number: Int, of total: Int) -> String {
        total > 1 ? ordinal(number) + " " + kind.label : kind.label
    }
}
