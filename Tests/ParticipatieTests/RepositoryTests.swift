import Foundation
import Testing

/// What the repository says about itself stays true: the README's list of checks is the list that
/// `scripts/test.sh` runs, in the same order.
@Suite("De repository")
struct RepositoryTests {
    static func text(_ relative: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relative), encoding: .utf8)
    }

    /// `(number, name)` for every match of `pattern` (two capture groups) in `text`.
    static func steps(_ text: some StringProtocol, _ pattern: String) throws -> [String] {
        let expression = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        let text = String(text)
        let whole = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: whole.length)).map {
            whole.substring(with: $0.range(at: 1)) + " " + whole.substring(with: $0.range(at: 2))
        }
    }

    @Test("de controles in de README staan in de volgorde waarin scripts/test.sh ze draait")
    func readmeListsTheChecksOfTheTestScript() throws {
        let script = try Self.text("scripts/test.sh")
        let readme = try Self.text("README.md")
        let section = try #require(
            readme.components(separatedBy: "\n## Controles\n").dropFirst().first?
                .components(separatedBy: "\n## ").first)
        let described = try Self.steps(script, #"^#   ([0-9]+)\. ([^:]+):"#)
        let run = try Self.steps(script, #"^step "([0-9]+) ([^:"]+)"#)
        let listed = try Self.steps(section, #"^([0-9]+)\. \*\*([^*]+)\*\*"#)
        #expect(described.count == 7)
        #expect(described.map { $0.split(separator: " ").first! } == (1...7).map { Substring(String($0)) })
        #expect(run == described)
        #expect(listed == described)
    }

    @Test(".ci/run draait precies het testcommando van de README")
    func ciRunsTheReadmeTestCommand() throws {
        let readme = try Self.text("README.md")
        #expect(readme.contains("scripts/test.sh           # draait alle tests"))
        #expect(try Self.text(".ci/run").hasSuffix("exec scripts/test.sh\n"))
    }

    /// The first `sh` block after `marker` in the README.
    static func readmeBlock(after marker: String) throws -> String {
        let readme = try text("README.md")
        let rest = try #require(readme.components(separatedBy: marker).dropFirst().first)
        let block = try #require(rest.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "\n```").first)
        return block
    }

    /// Runs `script` with bash (stopping at the first command that fails) in `folder`, with the built
    /// `participatie` first in `PATH`, as a user who followed the README would.
    static func runAsUser(_ script: String, in folder: URL) throws -> CommandResult {
        let path = CommandRunner.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try CommandRunner.run(
            ["-euo", "pipefail", "-c", script], in: folder, environment: ["PATH": path],
            executable: URL(fileURLWithPath: "/bin/bash"))
    }

    @Test("het blok 'Dagelijks gebruik' van de README werkt zoals er staat, op een kopie van het voorbeeldproces")
    func readmeDailyUseRunsAsWritten() throws {
        let block = try Self.readmeBlock(after: "Dagelijks gebruik")
        #expect(block.components(separatedBy: "\n").count == 5)
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("process"), to: folder.url.appendingPathComponent("process"))
        let result = try Self.runAsUser(block, in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        // "nieuw bestand, klaar om in te vullen"
        let event = try String(contentsOfFile: folder.path + "/process/2024-05-14-bewonersavond.md", encoding: .utf8)
        #expect(event.contains("[VUL IN: "))
        #expect(result.standardOutput.hasPrefix("process/2024-05-14-bewonersavond.md\n"))
        // "een [VUL IN: …] is in een concept een waarschuwing": check passes and names it.
        #expect(
            result.standardOutput.contains(
                "process/2024-05-14-bewonersavond.md:21:1: waarschuwing: nog niet ingevuld: vervang '[VUL IN: "))
        #expect(result.standardOutput.contains("43 bestanden gecontroleerd: 0 fouten, 2 waarschuwingen\n"))
        // "output/eindverslag.html"
        #expect(result.standardOutput.contains("output/eindverslag.html geschreven (31 momenten, 6 uitkomsten, 5 reacties; "))
        let html = try String(contentsOfFile: folder.path + "/output/eindverslag.html", encoding: .utf8)
        #expect(html.contains("Bewonersavond"))
        // "de tijdlijn met kerncijfers in de terminal"
        #expect(result.standardOutput.contains("\n2024-05-14  bijeenkomst  "))
        #expect(result.standardOutput.contains("\nUitkomsten: 6, reacties: 5, uitkomsten zonder reactie: 0\n"))
        // "het hele proces als open data": a whole JSON document, with the new event.
        let json = try Data(contentsOf: folder.url.appendingPathComponent("proces.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(!object.isEmpty)
        #expect(String(decoding: json, as: UTF8.self).contains("\"Bewonersavond\""))
    }

    @Test("het blok 'Een eigen proces beginnen' van de README werkt zoals er staat, in een lege map")
    func readmeStartRunsAsWritten() throws {
        let block = try Self.readmeBlock(after: "Een eigen proces beginnen")
        let folder = try TemporaryFolder()
        let result = try Self.runAsUser(block, in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        let project = folder.path + "/marktplein"
        for file in ["process/proces.md", ".gitignore", "output/eindverslag.html"] {
            #expect(FileManager.default.fileExists(atPath: project + "/" + file), "\(file)")
        }
        // "slaagt, en noemt elke [VUL IN: …] die nog open is"
        #expect(result.standardOutput.contains("process/proces.md:3:12: waarschuwing: nog niet ingevuld: vervang '[VUL IN: naam van de gemeente]'"))
        #expect(result.standardOutput.contains("\n4 bestanden gecontroleerd: 0 fouten, 9 waarschuwingen\n"))
        #expect(result.standardOutput.contains("\noutput/eindverslag.html geschreven (1 moment, 1 uitkomst, 1 reactie; "))
    }

    @Test("de CI-voorbeelden van de handleiding draaien het installatiescript en de opdrachten van de README")
    func handbookCIExamplesRunTheReadmeCommands() throws {
        let handbook = try Self.text("docs/handleiding.md")
        let section = try #require(handbook.components(separatedBy: "\n## 11. ").dropFirst().first?.components(separatedBy: "\n## ").first)
        let blocks = section.components(separatedBy: "```yaml\n").dropFirst().compactMap { $0.components(separatedBy: "\n```").first }
        #expect(blocks.count == 2)
        let readme = try Self.text("README.md")
        let toolsVersion = try #require(try Self.text("Package.swift").split(separator: "\n").first)
        #expect(toolsVersion == "// swift-tools-version: 6.0")
        for block in blocks {
            // The official Swift image on Debian, with a Swift the package accepts (tools 6.0 or later).
            #expect(block.contains("swift:6.3-bookworm"))
            var commands: [String] = []
            for line in block.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                for prefix in ["run: ", "- "] where trimmed.hasPrefix(prefix) {
                    let command = String(trimmed.dropFirst(prefix.count))
                    if command.hasPrefix("scripts/") || command.hasPrefix("participatie ") { commands.append(command) }
                }
                if trimmed.hasPrefix("participatie ") { commands.append(trimmed) }
            }
            #expect(commands.first == "scripts/installeer.sh", "\(commands)")
            for command in commands.dropFirst() {
                let words = command.split(separator: " ")
                #expect(words[0] == "participatie", "\(command)")
                // Every subcommand is one the README shows.
                #expect(readme.contains("participatie \(words[1])"), "\(command)")
            }
            #expect(
                Set(commands.compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) }).isSuperset(of: ["check", "build", "export"]))
            #expect(block.contains("output/"))
        }
        #expect(readme.contains("`scripts/installeer.sh`"))
    }

    @Test("de scripts zijn geldige bash")
    func scriptsAreValidBash() throws {
        let scripts = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("scripts").path)
            .filter { $0.hasSuffix(".sh") }.sorted()
        #expect(scripts.contains("installeer.sh") && scripts.contains("sjablonen-insluiten.sh"))
        for script in scripts {
            let result = try CommandRunner.run(
                ["-n", "scripts/" + script], in: packageRoot, executable: URL(fileURLWithPath: "/bin/bash"))
            #expect(result.status == 0, "\(script): \(result.standardError)")
        }
    }
}
