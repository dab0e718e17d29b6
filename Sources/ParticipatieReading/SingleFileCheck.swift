import ParticipatieModel

/// Runs one file's bytes through every step the reader takes for a single file: decoding, front
/// matter, YAML, the field parsers of all four file roles and the checks of bodies and values.
/// For the fuzzer (`scripts/fuzz.sh`), not for users.
package enum SingleFileCheck {
    /// The diagnostics for `bytes` read as `process/2024-01-01-fuzz.md` in every role, and the
    /// Markdown body (empty when the file could not be split).
    package static func run(_ bytes: [UInt8]) -> (diagnostics: [Diagnostic], body: String) {
        let path = "process/2024-01-01-fuzz.md"
        switch SourceFile.parse(bytes: bytes, path: path, id: "2024-01-01-fuzz") {
        case .failure(let diagnostic):
            return ([diagnostic], "")
        case .success(let source):
            var event = source, outcome = source, response = source, process = source
            _ = EventParser.parse(&event)
            _ = OutcomeParser.parse(&outcome)
            _ = ResponseParser.parse(&response)
            _ = ProcessDescriptionParser.parse(&process)
            let diagnostics =
                event.fields.diagnostics + outcome.fields.diagnostics
                + response.fields.diagnostics + process.fields.diagnostics
                + BodyCheck.diagnostics(inFields: ["motivering", "toelichting-proces", "oordeel-gemeente"], of: source.fields)
                + PlaceholderScan.diagnostics(in: source)
            return (diagnostics, source.body)
        }
    }
}
