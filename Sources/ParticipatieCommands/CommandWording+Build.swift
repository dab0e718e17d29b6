import ParticipatieModel
import ParticipatieReading
import ParticipatieReport

// Dutch wording of `participatie build`, kept next to the other command wording.

extension CommandWording {
    /// "output/eindverslag.html geschreven (31 momenten, 6 uitkomsten, 5 reacties; vingerafdruk 3f2a9c1b7d4e; 3 waarschuwingen)".
    public static func buildSummary(_ result: ReportBuilder.Result) -> String {
        let files =
            result.writtenFiles.count == 1
            ? result.writtenFiles[0]
            : result.writtenFiles.dropLast().joined(separator: ", ") + " en " + (result.writtenFiles.last ?? "")
        var details: [String] = []
        if let timeline = result.timeline {
            details.append(
                ReportWording.count(timeline.events.count, "moment", "momenten") + ", "
                    + ReportWording.count(timeline.outcomes.count, "uitkomst", "uitkomsten") + ", "
                    + ReportWording.count(timeline.responses.count, "reactie", "reacties"))
        }
        if !result.copiedAttachments.isEmpty {
            details.append(ReportWording.count(result.copiedAttachments.count, "bijlage", "bijlagen") + " gekopieerd")
        }
        if let fingerprint = result.fingerprint { details.append("vingerafdruk " + fingerprint.short) }
        let warnings = result.diagnostics.warningCount
        if warnings > 0 { details.append(ReportWording.count(warnings, "waarschuwing", "waarschuwingen")) }
        return files + " geschreven (" + details.joined(separator: "; ") + ")"
    }

    /// Printed when errors stop the build.
    public static func buildRefused(errors: Int, output: String) -> String {
        "geen eindverslag gemaakt: \(ReportWording.count(errors, "fout", "fouten")) hierboven; "
            + "\(output) is niet gewijzigd"
    }

    /// `--sinds` in `participatie build --help`.
    public static let buildSinceHelp =
        "Zet bovenaan het verslag wat er is veranderd sinds deze git-revisie (een tag, branch of commit), met koppelingen."

    /// The one-line description in `participatie --help`.
    public static let buildAbstract = "Maak het eindverslag (output/eindverslag.html) van het proces met de sjablonen."
    /// The longer text in `participatie build --help`.
    public static let buildDiscussion = """
        Voert eerst dezelfde controles uit als 'participatie check'. Bij fouten wordt niets geschreven en blijft \
        een eerder verslag ongewijzigd; waarschuwingen worden gemeld en staan, zolang de status 'concept' is, \
        ook in het verslag. Hetzelfde proces en dezelfde sjablonen geven altijd precies hetzelfde bestand.

        De sjablonen zitten in het programma zelf; een map templates/ is niet nodig. Bestanden in \
        templates/ (of de map bij --templates) gaan voor de ingebouwde met dezelfde naam. \
        'participatie sjablonen' zet de ingebouwde sjablonen in templates/ om ze aan te passen.

        Voorbeelden:
          participatie build
          participatie build --format md
          participatie build --process process --templates templates --output output
        """
    /// The exit codes, last in `participatie build --help`.
    public static let buildExitCodes = """
        Exitcodes:
          0  verslag geschreven (met --watch: gestopt met Ctrl-C)
          1  fouten in het proces of de sjablonen; er is niets geschreven
          2  verkeerd gebruik van de opdracht
        """
    /// Help texts of the options.
    public static let buildTemplatesHelp =
        "De map met eigen sjablonen (*.mustache); die gaan voor de ingebouwde. Standaard: templates/ van het project, als die bestaat."
    public static let buildOutputHelp =
        "De map waarin het verslag wordt geschreven; wordt zo nodig gemaakt. Standaard: output/ van het project."
    public static let buildFormatHelp = "html: alleen eindverslag.html; md: ook eindverslag.md (CommonMark)."
}
