import MustacheEngine
import ParticipatieModel
import ParticipatieReading

/// The timeline of section (a) as inline SVG: one lane per kind of event, time running left to right.
///
/// A day is a dot, a month-only (or year-only) date a bar over that month (or year), an event on several
/// days dots joined by a line; planned events are hollow. Phases are bands behind the lanes, named in a
/// row above them. The figure carries `<title>` and `<desc>` for assistive
/// technology; the report's list of events is its full text alternative. Colours and fonts come from
/// the classes (`tijdlijn-…`) in the report's stylesheet, with presentation attributes as fallback.
/// Coordinates are written with one decimal, so the same timeline always gives the same bytes.
struct TimelineFigure {
    /// The `<svg>` element.
    let svg: String

    static let titleID = "tijdlijn-titel"
    static let descriptionID = "tijdlijn-beschrijving"

    private static let width = 760
    private static let labelRight = 196
    private static let plotLeft = 208
    private static let plotRight = 744
    private static let top = 6
    private static let laneHeight = 24

    init(timeline: Timeline) {
        let statistics = timeline.statistics
        let phases = timeline.process.phases
        guard let firstEvent = statistics.firstDate, let lastEvent = statistics.lastDate else {
            svg = ""
            return
        }
        // The axis runs over the events and the phases, whole months at each end.
        var first = firstEvent.firstDay, last = lastEvent.lastDay
        if let start = phases.map(\.start.firstDay).min(), start < first { first = start }
        if let end = phases.map(\.end.lastDay).max(), last < end { last = end }
        let lanes = statistics.countsByKind
        let top = Self.top + (phases.isEmpty ? 0 : Self.phaseRowHeight)
        let plotBottom = top + lanes.count * Self.laneHeight
        let height = plotBottom + 42
        let startMonth = first.year * 12 + first.month! - 1
        let endMonth = last.year * 12 + last.month! - 1
        let startDay = Self.dayNumber(year: first.year, month: first.month!, day: 1)
        let endDay = Self.dayNumber(year: (endMonth + 1) / 12, month: (endMonth + 1) % 12 + 1, day: 1)
        let scale = Double(Self.plotRight - Self.plotLeft) / Double(max(endDay - startDay, 1))
        func x(_ day: Double) -> String { Self.format(Double(Self.plotLeft) + (day - Double(startDay)) * scale) }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tijdlijn-figuur\" viewBox=\"0 0 \(Self.width) \(height)\""
        out += " width=\"\(Self.width)\" height=\"\(height)\" role=\"img\""
        out += " aria-labelledby=\"\(Self.titleID) \(Self.descriptionID)\" font-size=\"12\">\n"
        out += "<title id=\"\(Self.titleID)\">Tijdlijn van het participatieproces</title>\n"
        out += "<desc id=\"\(Self.descriptionID)\">" + Self.escape(Self.description(statistics, phases: phases)) + "</desc>\n"

        // Lanes with their labels.
        for (index, lane) in lanes.enumerated() {
            let y = top + index * Self.laneHeight
            if index % 2 == 0 {
                out += "<rect class=\"tijdlijn-baan\" x=\"0\" y=\"\(y)\" width=\"\(Self.width)\" height=\"\(Self.laneHeight)\" fill=\"#f2f4f7\"/>\n"
            }
            // A long name of a declared kind is shortened, never its count.
            let count = " (\(lane.count))"
            let name = ReportWording.capitalized(lane.count == 1 ? lane.kind.label : lane.kind.pluralLabel)
            let label = Self.truncated(name, width: Double(Self.labelRight) - 4 - 6.5 * Double(count.count)) + count
            out +=
                "<text class=\"tijdlijn-label\" x=\"\(Self.labelRight)\" y=\"\(y + 16)\" text-anchor=\"end\" fill=\"#1b1b1b\">"
                + Self.escape(label) + "</text>\n"
        }

        // Phases as bands over the lanes, each named in a row above them.
        for (index, phase) in phases.enumerated() {
            let from = Double(Self.dayNumber(phase.start.firstDay)), to = Double(Self.dayNumber(phase.end.lastDay) + 1)
            let left = Double(Self.plotLeft) + (from - Double(startDay)) * scale
            let width = (to - from) * scale
            let name = "Fase \(index + 1): " + phase.name
            out += "<g class=\"tijdlijn-fase tijdlijn-fase-\(index % 2 == 0 ? "even" : "oneven")\">"
            out +=
                "<title>"
                + Self.escape(
                    name + ", " + ReportWording.period(from: phase.start, to: phase.end) + ", participatieniveau "
                        + ReportWording.levelLabel(phase.level)) + "</title>"
            out +=
                "<rect x=\"\(Self.format(left))\" y=\"\(Self.top)\" width=\"\(Self.format(max(width, 1)))\" height=\"\(plotBottom - Self.top)\""
                + " fill=\"\(index % 2 == 0 ? "#dce6f2" : "#f3e6cf")\" fill-opacity=\"0.7\"/>"
            out +=
                "<text x=\"\(Self.format(left + 3))\" y=\"\(Self.top + 14)\" fill=\"#1b1b1b\" font-size=\"11\">"
                + Self.escape(Self.truncated(name, width: width - 6)) + "</text>"
            out += "</g>\n"
        }

        // Month ticks, labels and a line at each new year.
        let totalMonths = endMonth - startMonth + 1
        let step = [1, 2, 3, 6, 12, 24, 36, 60].first { (totalMonths + $0 - 1) / $0 <= 12 } ?? 120
        out += "<g class=\"tijdlijn-as\" fill=\"#1b1b1b\" stroke=\"#6b7785\">\n"
        out += "<line x1=\"\(Self.plotLeft)\" y1=\"\(plotBottom)\" x2=\"\(Self.plotRight)\" y2=\"\(plotBottom)\"/>\n"
        var yearShown = false
        for monthIndex in startMonth...endMonth {
            let year = monthIndex / 12, month = monthIndex % 12 + 1
            let monthStart = Double(Self.dayNumber(year: year, month: month, day: 1))
            let monthEnd = Double(Self.dayNumber(year: (monthIndex + 1) / 12, month: (monthIndex + 1) % 12 + 1, day: 1))
            if month == 1, monthIndex != startMonth {
                out +=
                    "<line class=\"tijdlijn-jaargrens\" x1=\"\(x(monthStart))\" y1=\"\(top)\" x2=\"\(x(monthStart))\" y2=\"\(plotBottom + 6)\"/>\n"
            } else if step <= 12 {
                out += "<line x1=\"\(x(monthStart))\" y1=\"\(plotBottom)\" x2=\"\(x(monthStart))\" y2=\"\(plotBottom + 4)\"/>\n"
            }
            if step > 12 {
                // Years only: a label in the middle of every (step / 12)-th year.
                guard month == 7, (year - first.year) % (step / 12) == 0 else { continue }
                out +=
                    "<text class=\"tijdlijn-jaar\" x=\"\(x(monthStart))\" y=\"\(plotBottom + 17)\" text-anchor=\"middle\" stroke=\"none\""
                    + " font-size=\"11\" font-weight=\"bold\">\(year)</text>\n"
                continue
            }
            guard (month - 1) % step == 0 else { continue }
            let middle = x((monthStart + monthEnd) / 2)
            out +=
                "<text x=\"\(middle)\" y=\"\(plotBottom + 17)\" text-anchor=\"middle\" stroke=\"none\" font-size=\"11\">"
                + ReportWording.monthAbbreviations[month - 1] + "</text>\n"
            if !yearShown || month == 1 {
                out +=
                    "<text class=\"tijdlijn-jaar\" x=\"\(middle)\" y=\"\(plotBottom + 32)\" text-anchor=\"middle\" stroke=\"none\""
                    + " font-size=\"11\" font-weight=\"bold\">\(year)</text>\n"
                yearShown = true
            }
        }
        out += "<line x1=\"\(Self.plotRight)\" y1=\"\(plotBottom)\" x2=\"\(Self.plotRight)\" y2=\"\(plotBottom + 4)\"/>\n"
        out += "</g>\n"

        // The events.
        let laneIndex = Dictionary(uniqueKeysWithValues: lanes.enumerated().map { ($0.element.kind.id, $0.offset) })
        // Each piece is added to the text as it is, without joining pieces into temporary texts first:
        // a third fewer instructions for the figure (docs/prestaties.md).
        for event in timeline.events {
            guard let lane = laneIndex[event.kind.id] else { continue }
            let middle = top + lane * Self.laneHeight + Self.laneHeight / 2
            let y = String(middle)
            let planned = event.status == .gepland
            out += planned ? "<g class=\"tijdlijn-moment tijdlijn-gepland\" fill=\"#ffffff\"" : "<g class=\"tijdlijn-moment\" fill=\"#154273\""
            out += " stroke=\"#154273\" stroke-width=\"1.5\"><title>"
            var title = ReportWording.dates(event.dates)
            if let time = event.time {
                title += ", "
                title += ReportWording.time(time)
            }
            title += ": "
            title += event.title
            title += " ("
            title += ReportWording.numberedKind(event)
            title += planned ? ", gepland)" : ")"
            out += Self.escape(title)
            out += "</title>"
            if event.dates.count > 1 {
                let from = Double(Self.dayNumber(event.firstDate)) + 0.5, to = Double(Self.dayNumber(event.lastDate)) + 0.5
                out += "<line x1=\""
                out += x(from)
                out += "\" y1=\""
                out += y
                out += "\" x2=\""
                out += x(to)
                out += "\" y2=\""
                out += y
                out += "\"/>"
            }
            for date in event.dates {
                if date.isDay {
                    out += "<circle cx=\""
                    out += x(Double(Self.dayNumber(date)) + 0.5)
                    out += "\" cy=\""
                    out += y
                    out += "\" r=\"5\"/>"
                } else {
                    // A month or a year: a bar over the days it covers.
                    let from = Double(Self.dayNumber(date.firstDay)), to = Double(Self.dayNumber(date.lastDay) + 1)
                    let barX = Double(Self.plotLeft) + (from - Double(startDay)) * scale
                    out += date.isYearOnly ? "<rect class=\"tijdlijn-jaar-balk\" x=\"" : "<rect class=\"tijdlijn-maand\" x=\""
                    out += Self.format(barX + 1)
                    out += "\" y=\""
                    out += String(middle - 5)
                    out += "\" width=\""
                    out += Self.format(max((to - from) * scale - 2, 2))
                    out += "\" height=\"10\" rx=\"3\"/>"
                }
            }
            out += "</g>\n"
        }
        out += "</svg>"
        svg = out
    }

    /// Height of the row that names the phases.
    private static let phaseRowHeight = 20

    /// `text`, cut with "…" to about `width` pixels at the figure's font size (an average character is
    /// about 6.5 pixels wide); the whole text is in the `<title>`.
    static func truncated(_ text: String, width: Double) -> String {
        let fits = max(Int(width / 6.5), 1)
        guard text.count > fits else { return text }
        return fits <= 1 ? "…" : String(text.prefix(fits - 1)) + "…"
    }

    /// "Tijdlijn van 31 momenten van 5 april 2022 tot en met juli 2023. Per soort: …", and the phases.
    static func description(_ statistics: Statistics, phases: [Phase] = []) -> String {
        guard let first = statistics.firstDate, let last = statistics.lastDate else { return "" }
        let kinds = statistics.countsByKind.map { ReportWording.count($0.count, $0.kind.label, $0.kind.pluralLabel) }
        let phaseText =
            phases.isEmpty
            ? ""
            : " In fasen: "
                + ReportWording.list(
                    phases.map {
                        $0.name + " (" + ReportWording.period(from: $0.start, to: $0.end) + ", " + ReportWording.levelLabel($0.level) + ")"
                    }) + "."
        return "Tijdlijn van \(ReportWording.count(statistics.eventCount, "moment", "momenten")) van "
            + ReportWording.period(from: first, to: last) + ". Per soort: " + ReportWording.list(kinds) + "." + phaseText
            + " Alle momenten staan ook in de tabel en de lijst hieronder."
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func dayNumber(_ date: EventDate) -> Int {
        dayNumber(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
    }

    /// One decimal, without locale: 212.0 → "212", 212.46 → "212.5".
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// Escapes text for an SVG element or attribute inside HTML, exactly as template values are.
    static func escape(_ text: String) -> String {
        ContentType.html.escaped(text)
    }
}
