import ParticipatieModel
import ParticipatieReading
import ParticipatieReport

// Dutch wording of `participatie verschil`, kept next to the other command wording.

extension CommandWording {
    static let verschilAbstract = "Toon wat er in het proces is veranderd sinds een eerdere versie in git."
    static let verschilDiscussion = """
        Vergelijkt de procesmap in de werkmap met dezelfde map in een git-revisie: gebeurtenissen, \
        uitkomsten en reacties die zijn toegevoegd, verwijderd of gewijzigd (veld voor veld, tekst voor \
        tekst; een hernoemd bestand wordt herkend), en de velden van proces.md.
        Zonder revisie vergelijkt participatie met de laatste commit waarin proces.md een andere 'versie' \
        had, dus met de vorige versie van het verslag.

        Voorbeelden:
          participatie verschil
          participatie verschil v1.0
          participatie verschil HEAD~3 --format json

        Exitcodes:
          0  vergeleken (ook als er verschillen zijn)
          1  fouten in het proces, geen git-repository of geen eerdere versie
          2  verkeerd gebruik van de opdracht, of een revisie die niet bestaat
        """
    static let verschilRevisionHelp = "De git-revisie om mee te vergelijken: een tag, een branch, een commit of bijvoorbeeld HEAD~1."
    static let verschilFormatHelp = "Het uitvoerformaat."
    static let verschilRefused = "geen vergelijking: los eerst de fouten hierboven op"
    static func verschilBaseRefused(_ commit: String) -> String {
        "geen vergelijking: de procesmap in revisie \(commit) heeft fouten (hierboven); vergelijk met een andere revisie"
    }

    /// "versie 1.0 (revisie 1a2b3c4)" or "revisie 1a2b3c4".
    static func revisionLabel(version: String, commit: String) -> String {
        version.isEmpty ? "revisie \(commit)" : "versie \(version) (revisie \(commit))"
    }

    static func verschilHeading(base: String, currentVersion: String) -> String {
        "Verschil tussen \(base) en de werkmap" + (currentVersion.isEmpty ? "" : " (versie \(currentVersion))")
    }

    static let noChanges = "geen wijzigingen"
    static let processSection = "Proces"
    static let eventsSection = "Gebeurtenissen"
    static let outcomesSection = "Uitkomsten"
    static let responsesSection = "Reacties"

    /// "1 toegevoegd, 2 gewijzigd".
    static func changeCounts(_ changes: ProcessChanges.ItemChanges) -> String {
        var parts: [String] = []
        if !changes.added.isEmpty { parts.append("\(changes.added.count) toegevoegd") }
        if !changes.removed.isEmpty { parts.append("\(changes.removed.count) verwijderd") }
        if !changes.changed.isEmpty { parts.append("\(changes.changed.count) gewijzigd") }
        return parts.isEmpty ? noChanges : parts.joined(separator: ", ")
    }

    /// "2 velden gewijzigd".
    static func fieldCount(_ count: Int) -> String {
        count == 0 ? noChanges : "\(count) \(count == 1 ? "veld" : "velden") gewijzigd"
    }

    static func renamedFrom(_ file: String) -> String { "(was \(file))" }
    /// A field without a value.
    static let noValue = "(geen)"
}
