import Foundation
import Testing

/// Compares `actual` with `Golden/<name>`. With `UPDATE_GOLDEN=1` the file is rewritten and the
/// test fails on purpose, so a re-recording is never mistaken for a pass.
func expectMatchesGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = testsDirectory.appendingPathComponent("Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url, options: .atomic)
        Issue.record(
            "Golden/\(name) opnieuw vastgelegd; draai de tests nogmaals zonder UPDATE_GOLDEN.",
            sourceLocation: sourceLocation)
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("Golden/\(name) ontbreekt; leg het vast met UPDATE_GOLDEN=1.", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard actual != expected else { return }
    // Name the first line that differs instead of printing two whole reports.
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let index =
        zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(actualLines.count, expectedLines.count)
    let got = index < actualLines.count ? String(actualLines[index]) : "(einde)"
    let wanted = index < expectedLines.count ? String(expectedLines[index]) : "(einde)"
    Issue.record(
        "verschilt van Golden/\(name) vanaf regel \(index + 1):\n  verwacht: \(wanted)\n  gekregen: \(got)",
        sourceLocation: sourceLocation)
}
