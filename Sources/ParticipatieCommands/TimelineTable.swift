import ParticipatieModel
import ParticipatieReading
import ParticipatieReport

/// The timeline as an aligned table for the terminal (`participatie timeline`): date (and time), kind,
/// number within the series or kind, people present, responses and title of every event, then the
/// summary figures.
///
/// With `colors` the header is bold and planned events are yellow (ANSI escapes); without, the
/// text is plain. Columns are padded on the plain text, so colours never shift the alignment.
public enum TimelineTable {
    public static func render(_ timeline: Timeline, colors: Bool) -> String {
        let style = Style(enabled: colors)
        let header = CommandWording.timelineColumns
        let rows = timeline.events.map { event in
            [
                event.firstDate.iso + (event.time.map { " " + $0.iso } ?? ""), event.kind.label, ReportWording.numberLabel(event),
                event.participants.map(\.text) ?? "", event.reactions.map(\.text) ?? "", terminalSafe(titleText(event)),
            ]
        }
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        // Nr, Deelnemers and Reacties are numbers: right-aligned. The title is last and not padded.
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                switch index {
                case 2, 3, 4: DisplayWidth.padLeft(cell, to: widths[index])
                case cells.count - 1: cell
                default: DisplayWidth.padRight(cell, to: widths[index])
                }
            }.joined(separator: "  ")
        }

        var output = style.bold(terminalSafe(CommandWording.timelineHeading(timeline.process))) + "\n\n"
        output += style.bold(line(header)) + "\n"
        for (event, row) in zip(timeline.events, rows) {
            let text = line(row)
            output += (event.status == .gepland ? style.yellow(text) : text) + "\n"
        }
        output += "\n"
        for (index, summary) in CommandWording.timelineSummary(timeline).enumerated() {
            let safe = terminalSafe(summary)
            output += (index == 0 ? style.bold(safe) : safe) + "\n"
        }
        return output
    }

    /// Control characters from the files (an escape sequence in a title) would steer the terminal;
    /// they are shown as U+FFFD instead.
    static func terminalSafe(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.append(
            contentsOf: text.unicodeScalars.map { scalar in
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
                    || (0x2066...0x2069).contains(scalar.value) ? "\u{FFFD}" : scalar
            })
        return result
    }

    static func titleText(_ event: Event) -> String {
        var title = event.title
        if let series = event.series { title += " " + CommandWording.timelineSeries(series) }
        if event.dates.count > 1 { title += " " + CommandWording.timelineDays(event.dates.count) }
        if event.status == .gepland { title += " " + CommandWording.timelinePlanned }
        return title
    }

    private struct Style {
        let enabled: Bool
        func bold(_ text: String) -> String { wrap(text, "1") }
        func yellow(_ text: String) -> String { wrap(text, "33") }
        private func wrap(_ text: String, _ code: String) -> String {
            enabled ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
        }
    }
}
