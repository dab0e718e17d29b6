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

    public static let strictFailure = "--strict: waarschuwingen tellen als fouten"
    public static let exportRefused = "geen export: los eerst de fouten hierboven op"

    /// Replaces argument-parser's English headings and stock phrases with Dutch ones.
    public static func translateHelp(_ text: String) -> String {
        var result = text
        for (english, dutch) in helpTranslations {
            result = result.replacingOccurrences(of: english, with: dutch)
        }
        return result
    }

    private static let helpTranslations: [(String, String)] = [
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
        ("(default)", "(standaard)"),
        ("(values: ", "(waarden: "),
        ("; default: ", "; standaard: "),
        ("Please provide one of ", "Kies uit "),
        ("' and '", "' en '"),
        ("' for more information.", "' voor meer informatie."),
        ("  See '", "  Zie '"),
        ("' for detailed help.", "' voor uitgebreide hulp."),
        ("Error: ", "fout: "),
        ("Missing expected argument", "Verplicht argument ontbreekt:"),
        ("Unknown option", "Onbekende optie"),
        ("Unexpected argument", "Onverwacht argument"),
        ("Missing value for", "Waarde ontbreekt voor"),
        ("The value", "De waarde"),
        ("is invalid for", "is ongeldig voor"),
        ("Help:  ", "Hulp:  "),
        ("Usage: ", "Gebruik: "),
    ]
}

import Foundation
