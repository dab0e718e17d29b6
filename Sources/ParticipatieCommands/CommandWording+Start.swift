import ParticipatieReport

// Dutch wording of `participatie init`, `participatie sjablonen` and `participatie --version`, kept
// next to the other command wording.

extension CommandWording {
    // MARK: participatie init

    static let initAbstract = "Begin een nieuw proces: een map process/ met een voorbeeld van elk soort bestand."
    static let initDiscussion = """
        Maakt in de map (standaard: de huidige) process/proces.md, één gebeurtenis, één uitkomst en één \
        reactie, en een .gitignore. Het resultaat is meteen een volledig proces: 'participatie check' \
        slaagt en noemt elke plek met '[VUL IN: …]' die u nog moet invullen, en 'participatie build' \
        maakt er al een conceptverslag van. Een bestaande map process/ blijft onaangeroerd.

        Voorbeelden:
          participatie init
          participatie init marktplein --titel "Herinrichting Marktplein"

        Exitcodes:
          0  proces gemaakt; de volgende stappen staan op standaarduitvoer
          1  er is al een map process/, of een bestand kan niet worden geschreven
          2  verkeerd gebruik van de opdracht
        """
    static let initFolderHelp = "De map van het nieuwe project; wordt zo nodig gemaakt. Standaard: de huidige map."
    static let initTitleHelp = "De titel van het proces, tussen aanhalingstekens. Zonder: een plek om in te vullen."
    /// The placeholder for the title of a process started without `--titel`.
    static let initTitleQuestion = "titel van het proces"
    /// The example event, outcome and response of a new process.
    static let initEventTitle = "Startbijeenkomst"
    static let initOutcomeTitle = "Eerste uitkomst"
    static let initResponseTitle = "Reactie op de eerste uitkomst"
    /// The `.gitignore` of a new project.
    static let initGitignore = """
        # Het verslag maakt u steeds opnieuw met 'participatie build'; het hoort niet in git.
        output/
        .build/
        # Tijdelijke bestanden van editors.
        *.swp
        *~
        .DS_Store

        """
    static func processExists(_ path: String) -> String {
        "\(path) bestaat al; begin een nieuw proces in een andere map, of voeg iets toe met 'participatie new'"
    }
    static func fileKept(_ path: String) -> String { "\(path) bestaat al en blijft zoals het is" }

    /// Printed after the files of a new process: what to do next, three commands (after a `cd` when
    /// the project is not the current folder).
    static func initNextSteps(folder: String, today: String) -> String {
        let change = folder == "." ? "" : "  cd \(shellWord(folder))\n"
        return """

            nieuw proces gemaakt\(folder == "." ? "" : " in \(folder.hasSuffix("/") ? folder : folder + "/")"); de volgende stappen:
            \(change)  participatie check      # elke plek met [VUL IN: …] die u nog moet invullen
              participatie build      # het (concept)verslag: output/eindverslag.html
              participatie new bijeenkomst "Bewonersavond" --datum \(today)   # de volgende gebeurtenis

            """
    }

    /// `folder` as one word for a shell: as is when that is safe, otherwise between single quotes.
    static func shellWord(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./".unicodeScalars.contains(scalar)
        }
        return safe && !text.isEmpty ? text : "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    // MARK: participatie sjablonen

    static let templatesAbstract = "Zet de ingebouwde sjablonen in een map om de opmaak van het verslag aan te passen."
    static let templatesDiscussion = """
        Schrijft elk ingebouwd sjabloon (het verslag, de opmaak en de deelsjablonen) in de map, \
        standaard templates/ van het project. Een bestand dat er al staat wordt nooit overschreven. \
        Daarna gaan de bestanden in templates/ voor de ingebouwde: pas ze aan en maak het verslag \
        opnieuw met 'participatie build'. Een sjabloon dat u weghaalt, is weer het ingebouwde. Zie \
        docs/sjablonen.md.

        Voorbeelden:
          participatie sjablonen
          participatie sjablonen huisstijl     (daarna: participatie build --templates huisstijl)

        Exitcodes:
          0  de ontbrekende sjablonen zijn geschreven; de paden staan op standaarduitvoer
          1  een map of bestand kan niet worden geschreven
          2  verkeerd gebruik van de opdracht
        """
    static let templatesFolderHelp = "De map voor de sjablonen; wordt zo nodig gemaakt. Standaard: templates/ van het project."
    /// Printed on standard error after writing the templates.
    static func templatesWritten(_ written: Int, kept: Int, folder: String, usedByDefault: Bool) -> String {
        let shown = folder.hasSuffix("/") ? folder : folder + "/"
        var text =
            written == 0
            ? "alle sjablonen stonden al in \(shown); er is niets geschreven"
            : ReportWording.count(written, "sjabloon", "sjablonen") + " geschreven in \(shown)"
                + (kept > 0 ? " (" + ReportWording.count(kept, "bestond", "bestonden") + " al)" : "")
        text +=
            usedByDefault
            ? "; ze gaan voor de ingebouwde: pas ze aan en maak het verslag opnieuw met 'participatie build'"
            : "; gebruik ze met 'participatie build --templates \(shellWord(folder))'"
        return text
    }

    // MARK: participatie --version

    /// `participatie --version`: "participatie 0.1.0 (libcmark 0.30.3)".
    static func version(_ version: String, libcmark: String) -> String { "participatie \(version) (libcmark \(libcmark))" }
}
