import MustacheEngine
import ParticipatieModel
import ParticipatieReading

/// The timeline of section (a) as inline SVG: one lane per kind of event, time running left to right.
///
/// A day is a dot, a month-only date a bar over that month, an event on several days dots joined by
/// a line; planned events are hollow. The figure carries `<title>` and `<desc>` for assistive
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
        guard let first = statistics.firstDate, let last = statistics.lastDate else {
            svg = ""
            return
        }
        let lanes = statistics.countsByKind
        let plotBottom = Self.top + lanes.count * Self.laneHeight
        let height = plotBottom + 42
        let startMonth = first.year * 12 + first.month - 1
        let endMonth = last.year * 12 + last.month - 1
        let startDay = Self.dayNumber(year: first.year, month: first.month, day: 1)
        let endDay = Self.dayNumber(year: (endMonth + 1) / 12, month: (endMonth + 1) % 12 + 1, day: 1)
        let scale = Double(Self.plotRight - Self.plotLeft) / Double(max(endDay - startDay, 1))
        func x(_ day: Double) -> String { Self.format(Double(Self.plotLeft) + (day - Double(startDay)) * scale) }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tijdlijn-figuur\" viewBox=\"0 0 \(Self.width) \(height)\""
        out += " width=\"\(Self.width)\" height=\"\(height)\" role=\"img\""
        out += " aria-labelledby=\"\(Self.titleID) \(Self.descriptionID)\" font-size=\"12\">\n"
        out += "<title id=\"\(Self.titleID)\">Tijdlijn van het participatieproces</title>\n"
        out += "<desc id=\"\(Self.descriptionID)\">" + Self.escape(Self.description(statistics)) + "</desc>\n"

        // Lanes with their labels.
        for (index, lane) in lanes.enumerated() {
            let y = Self.top + index * Self.laneHeight
            if index % 2 == 0 {
                out += "<rect class=\"tijdlijn-baan\" x=\"0\" y=\"\(y)\" width=\"\(Self.width)\" height=\"\(Self.laneHeight)\" fill=\"#f2f4f7\"/>\n"
            }
            let label = ReportWording.capitalized(lane.count == 1 ? lane.kind.label : lane.kind.pluralLabel) + " (\(lane.count))"
            out +=
                "<text class=\"tijdlijn-label\" x=\"\(Self.labelRight)\" y=\"\(y + 16)\" text-anchor=\"end\" fill=\"#1b1b1b\">"
                + Self.escape(label) + "</text>\n"
        }

        // Month ticks, labels and a line at each new year.
        let totalMonths = endMonth - startMonth + 1
        let step = [1, 2, 3, 6, 12].first { (totalMonths + $0 - 1) / $0 <= 12 } ?? 12
        out += "<g class=\"tijdlijn-as\" fill=\"#1b1b1b\" stroke=\"#6b7785\">\n"
        out += "<line x1=\"\(Self.plotLeft)\" y1=\"\(plotBottom)\" x2=\"\(Self.plotRight)\" y2=\"\(plotBottom)\"/>\n"
        var yearShown = false
        for monthIndex in startMonth...endMonth {
            let year = monthIndex / 12, month = monthIndex % 12 + 1
            let monthStart = Double(Self.dayNumber(year: year, month: month, day: 1))
            let monthEnd = Double(Self.dayNumber(year: (monthIndex + 1) / 12, month: (monthIndex + 1) % 12 + 1, day: 1))
            if month == 1, monthIndex != startMonth {
                out +=
                    "<line class=\"tijdlijn-jaargrens\" x1=\"\(x(monthStart))\" y1=\"\(Self.top)\" x2=\"\(x(monthStart))\" y2=\"\(plotBottom + 6)\"/>\n"
            } else {
                out += "<line x1=\"\(x(monthStart))\" y1=\"\(plotBottom)\" x2=\"\(x(monthStart))\" y2=\"\(plotBottom + 4)\"/>\n"
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
        let laneIndex = Dictionary(uniqueKeysWithValues: lanes.enumerated().map { ($0.element.kind, $0.offset) })
        for event in timeline.events {
            guard let lane = laneIndex[event.kind] else { continue }
            let y = Self.top + lane * Self.laneHeight + Self.laneHeight / 2
            let planned = event.status == .gepland
            let fill = planned ? "#ffffff" : "#154273"
            out += "<g class=\"tijdlijn-moment\(planned ? " tijdlijn-gepland" : "")\" fill=\"\(fill)\" stroke=\"#154273\" stroke-width=\"1.5\">"
            out += "<title>" + Self.escape(ReportWording.dates(event.dates) + ": " + event.title + (planned ? " (gepland)" : "")) + "</title>"
            if event.dates.count > 1 {
                let from = Double(Self.dayNumber(event.firstDate)) + 0.5, to = Double(Self.dayNumber(event.lastDate)) + 0.5
                out += "<line x1=\"\(x(from))\" y1=\"\(y)\" x2=\"\(x(to))\" y2=\"\(y)\"/>"
            }
            for date in event.dates {
                if date.isMonthOnly {
                    let from = Double(Self.dayNumber(year: date.year, month: date.month, day: 1))
                    let next = date.year * 12 + date.month
                    let to = Double(Self.dayNumber(year: next / 12, month: next % 12 + 1, day: 1))
                    let barX = Double(Self.plotLeft) + (from - Double(startDay)) * scale
                    out +=
                        "<rect class=\"tijdlijn-maand\" x=\"\(Self.format(barX + 1))\" y=\"\(y - 5)\""
                        + " width=\"\(Self.format(max((to - from) * scale - 2, 2)))\" height=\"10\" rx=\"3\"/>"
                } else {
                    out += "<circle cx=\"\(x(Double(Self.dayNumber(date)) + 0.5))\" cy=\"\(y)\" r=\"5\"/>"
                }
            }
            out += "</g>\n"
        }
        out += "</svg>"
        svg = out
    }

    /// "Tijdlijn van 31 momenten van 5 april 2022 tot en met juli 2023. Per soort: …".
    static func description(_ statistics: Statistics) -> String {
        guard let first = statistics.firstDate, let last = statistics.lastDate else { return "" }
        let kinds = statistics.countsByKind.map { ReportWording.count($0.count, $0.kind.label, $0.kind.pluralLabel) }
        return "Tijdlijn van \(ReportWording.count(statistics.eventCount, "moment", "momenten")) van "
            + ReportWording.period(from: first, to: last) + ". Per soort: " + ReportWording.list(kinds)
            + ". Alle momenten staan ook in de tabel en de lijst hieronder."
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
        dayNumber(year: date.year, month: date.month, day: date.day ?? 1)
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
