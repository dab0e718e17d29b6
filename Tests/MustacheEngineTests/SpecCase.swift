import Foundation
import Testing

/// One test of the official Mustache specification, read from its JSON files.
struct SpecCase: Sendable, CustomTestStringConvertible {
    struct File: Decodable {
        let tests: [Test]
    }

    struct Test: Decodable, Sendable {
        let name: String
        let desc: String
        let data: JSONValue
        let template: String
        let partials: [String: String]?
        let expected: String
    }

    /// The file the test is in, without `.json`.
    let file: String
    let test: Test?
    /// Why the file could not be read; such a case fails.
    let problem: String?

    var testDescription: String {
        "\(file): \(test?.name ?? "not read")"
    }

    /// `../shared/mustache-spec/` next to the package, or `MUSTACHE_SPEC_DIR` when that is set.
    static let folder: URL = {
        if let override = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // MustacheEngineTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // the package
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/mustache-spec", isDirectory: true)
            .standardizedFileURL
    }()

    /// Every test of `file` (`interpolation`, `~inheritance` …); one failing case when it cannot be read.
    static func cases(in file: String) -> [SpecCase] {
        let url = folder.appendingPathComponent(file + ".json")
        do {
            let data = try Data(contentsOf: url)
            let tests = try JSONDecoder().decode(File.self, from: data).tests
            guard !tests.isEmpty else { return [SpecCase(file: file, test: nil, problem: "\(url.path) has no tests")] }
            return tests.map { SpecCase(file: file, test: $0, problem: nil) }
        } catch {
            return [
                SpecCase(
                    file: file, test: nil,
                    problem: "cannot read the Mustache specification at \(url.path) (set MUSTACHE_SPEC_DIR to its folder): \(error)")
            ]
        }
    }
}
