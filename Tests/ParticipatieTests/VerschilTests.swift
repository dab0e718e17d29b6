import Foundation
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieSystem

/// A git repository in a temporary folder with the minimal process in `process/`.
struct ScratchRepository {
    let folder: TemporaryFolder
    var url: URL { folder.url }

    init() throws {
        folder = try TemporaryFolder()
        try git("init", "-q")
        try folder.copyFixture("minimal")
        try setVersion("1.0")
    }

    /// Runs git in the repository; fails the test when git fails.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let result = try CommandRunner.run(
            ["-c", "user.name=Test", "-c", "user.email=test@example.nl", "-c", "commit.gpgsign=false"] + arguments, in: url,
            environment: ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"],
            executable: URL(fileURLWithPath: "/usr/bin/git"))
        #expect(result.status == 0, "git \(arguments): \(result.standardError)")
        return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Commits everything; returns the short commit name.
    @discardableResult
    func commit(_ message: String) throws -> String {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
        return try git("rev-parse", "--short=7", "HEAD")
    }

    func setVersion(_ version: String) throws {
        try edit("process/proces.md") { text in
            text.replacingOccurrences(of: #"versie: "[^"]*""#, with: "versie: \"\(version)\"", options: .regularExpression)
        }
    }

    func edit(_ relative: String, _ change: (String) -> String) throws {
        let path = folder.path + "/" + relative
        try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws { try folder.write(relative, text) }

    func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: folder.path + "/" + relative) }

    func participatie(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(arguments, in: url)
    }
}

@Suite("participatie verschil en build --sinds (met git)")
struct VerschilTests {
    /// Version 1.0 committed, then 1.1 in the work tree: one event added, one removed, one renamed with
    /// a new date and text, a response with another verdict.
    private func twoVersions() throws -> (ScratchRepository, String) {
        let repository = try ScratchRepository()
        try repository.write("process/2024-03-10-inloop.md", "---\nsoort: bijeenkomst\ntitel: Inloop\ndatum: 2024-03-10\n---\nInloop.\n")
        let first = try repository.commit("versie 1.0")
        try repository.setVersion("1.1")
        try repository.git("mv", "process/2024-02-01-startbijeenkomst.md", "process/2024-02-08-startbijeenkomst.md")
        try repository.edit("process/2024-02-08-startbijeenkomst.md") {
            $0.replacingOccurrences(of: "datum: 2024-02-01", with: "datum: 2024-02-08")
                .replacingOccurrences(of: "is **veel** opgehaald.", with: "is **veel** opgehaald.\n\nDe wethouder was er ook.")
        }
        try repository.edit("process/uitkomsten/meer-groen.md") {
            $0.replacingOccurrences(of: "2024-02-01-startbijeenkomst", with: "2024-02-08-startbijeenkomst")
        }
        try repository.remove("process/2024-03-10-inloop.md")
        try repository.write(
            "process/2024-04-01-nieuwsbrief.md", "---\nsoort: nieuwsbrief\ntitel: Nieuwsbrief april\ndatum: 2024-04-01\n---\nTekst.\n")
        try repository.edit("process/reacties/bomen.md") {
            $0.replacingOccurrences(of: "besluit: deels-overgenomen", with: "besluit: niet-overgenomen")
        }
        return (repository, first)
    }

    @Test func textShowsAddedRemovedChangedAndRenamed() throws {
        let (repository, first) = try twoVersions()
        let result = try repository.participatie("verschil")
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(
            result.standardOutput == """
                Verschil tussen versie 1.0 (revisie \(first)) en de werkmap (versie 1.1)

                Proces (process/proces.md): 1 veld gewijzigd
                  versie: 1.0 → 1.1

                Gebeurtenissen: 1 toegevoegd, 1 verwijderd, 1 gewijzigd
                  + process/2024-04-01-nieuwsbrief.md: Nieuwsbrief april
                  - process/2024-03-10-inloop.md: Inloop
                  ~ process/2024-02-08-startbijeenkomst.md: Startbijeenkomst (was process/2024-02-01-startbijeenkomst.md)
                      datum: 2024-02-01 → 2024-02-08
                      tekst:
                        +
                        + De wethouder was er ook.

                Uitkomsten: geen wijzigingen

                Reacties: 1 gewijzigd
                  ~ process/reacties/bomen.md: Twaalf nieuwe bomen
                      besluit: deels-overgenomen → niet-overgenomen

                """)
    }

    @Test func jsonForTools() throws {
        let (repository, _) = try twoVersions()
        let full = try repository.git("rev-parse", "HEAD")
        let result = try repository.participatie("verschil", "HEAD", "--format", "json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["schema"] as? Int == 1)
        #expect((json["van"] as? [String: Any])?["revisie"] as? String == full)
        #expect((json["van"] as? [String: Any])?["versie"] as? String == "1.0")
        #expect((json["naar"] as? [String: Any])?["versie"] as? String == "1.1")
        let events = try #require(json["gebeurtenissen"] as? [String: Any])
        #expect((events["toegevoegd"] as? [[String: Any]])?.map { $0["id"] as? String } == ["2024-04-01-nieuwsbrief"])
        #expect((events["verwijderd"] as? [[String: Any]])?.map { $0["bestand"] as? String } == ["process/2024-03-10-inloop.md"])
        let changed = try #require((events["gewijzigd"] as? [[String: Any]])?.first)
        #expect(changed["vorige-id"] as? String == "2024-02-01-startbijeenkomst")
        #expect((changed["velden"] as? [[String: Any]])?.map { $0["veld"] as? String } == ["datum", "tekst"])
        #expect(result.standardOutput.hasPrefix("{\n  \"schema\": 1,\n  \"van\": {\n"))
    }

    @Test func withoutRevisionTheLastCommitOfTheOtherVersionIsUsed() throws {
        let repository = try ScratchRepository()
        try repository.commit("versie 1.0")
        try repository.edit("process/2024-03-enquete.md") { $0.replacingOccurrences(of: "deelnemers: 212", with: "deelnemers: 215") }
        let lastOfFirst = try repository.commit("enquête geteld (nog versie 1.0)")
        try repository.setVersion("1.1")
        try repository.commit("versie 1.1")
        try repository.edit("process/proces.md") { $0.replacingOccurrences(of: "Het Marktplein", with: "Het nieuwe Marktplein") }
        try repository.commit("tekst proces (versie 1.1)")
        let result = try repository.participatie("verschil")
        #expect(result.standardOutput.hasPrefix("Verschil tussen versie 1.0 (revisie \(lastOfFirst)) en de werkmap (versie 1.1)\n"))
        #expect(!result.standardOutput.contains("2024-03-enquete"))
        // A new version that is not committed yet is compared with HEAD.
        try repository.setVersion("1.2")
        let head = try repository.git("rev-parse", "--short=7", "HEAD")
        #expect(
            try repository.participatie("verschil").standardOutput.hasPrefix(
                "Verschil tussen versie 1.1 (revisie \(head)) en de werkmap (versie 1.2)\n"))
    }

    @Test func withoutAnotherVersionTheUserIsAskedForARevision() throws {
        let repository = try ScratchRepository()
        try repository.commit("versie 1.0")
        let result = try repository.participatie("verschil")
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "fout: geen eerdere versie gevonden: in geen enkele commit heeft proces.md een andere 'versie' dan '1.0'; "
                + "noem de revisie waarmee u wilt vergelijken, bijvoorbeeld 'HEAD~1' of een tag\n")
        #expect(try repository.participatie("verschil", "HEAD").standardOutput.contains("Gebeurtenissen: geen wijzigingen\n"))
    }

    @Test(arguments: ["v9", "HEAD~5", "main..other"])
    func anUnknownRevisionIsWrongUse(_ revision: String) throws {
        let repository = try ScratchRepository()
        try repository.commit("versie 1.0")
        let result = try repository.participatie("verschil", revision)
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "fout: revisie '\(revision)' bestaat niet in deze repository (zie 'git log' voor commits en 'git tag' voor versies)\n")
    }

    @Test func outsideARepository() throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        let result = try CommandRunner.run(["verschil", "v1"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "fout: 'process' ligt niet in een git-repository; maak er een met 'git init' of werk in een kopie van de repository\n")
        #expect(result.standardOutput == "")
    }

    @Test func aRevisionWithoutTheProcessFolder() throws {
        let repository = try ScratchRepository()
        try repository.write("LEESMIJ.md", "Nog geen proces.\n")
        try repository.git("add", "LEESMIJ.md")
        try repository.git("commit", "-q", "-m", "begin")
        let first = try repository.git("rev-parse", "--short=7", "HEAD")
        try repository.commit("proces")
        let result = try repository.participatie("verschil", "HEAD~1")
        #expect(result.status == 1)
        #expect(result.standardError == "fout: de procesmap 'process' bestond nog niet in revisie \(first)\n")
    }

    @Test func aRevisionWithErrorsIsNamedWithItsCommit() throws {
        let repository = try ScratchRepository()
        try repository.edit("process/2024-03-enquete.md") { $0.replacingOccurrences(of: "soort: enquete", with: "soort: enquette") }
        let first = try repository.commit("kapot")
        try repository.edit("process/2024-03-enquete.md") { $0.replacingOccurrences(of: "soort: enquette", with: "soort: enquete") }
        let result = try repository.participatie("verschil", "HEAD")
        #expect(result.status == 1)
        #expect(
            result.standardError.hasPrefix("\(first):process/2024-03-enquete.md:2:8: fout: onbekende soort 'enquette'; bedoelde u 'enquete'?"))
        #expect(
            result.standardError.hasSuffix(
                "geen vergelijking: de procesmap in revisie \(first) heeft fouten (hierboven); vergelijk met een andere revisie\n"))
    }

    @Test func aDefinitiefVersionIsComparedEvenWhenItWouldNotPassToday() throws {
        let repository = try ScratchRepository()
        // Version 1.0 was published before the privacy check existed, and before a definitief report needed a date.
        try repository.edit("process/2024-03-enquete.md") { $0 + "Met dank aan de heer Jansen.\n" }
        try repository.edit("process/proces.md") { $0.replacingOccurrences(of: "datum: 2024-12-31\n", with: "") }
        try repository.commit("versie 1.0")
        try repository.setVersion("1.1")
        try repository.edit("process/2024-03-enquete.md") { $0.replacingOccurrences(of: "de heer Jansen", with: "de wethouder") }
        try repository.edit("process/proces.md") {
            $0.replacingOccurrences(of: "status: definitief\n", with: "status: definitief\ndatum: 2024-12-31\n")
        }
        let result = try repository.participatie("verschil")
        #expect(result.status == 0)
        #expect(
            result.standardOutput.contains(
                "  ~ process/2024-03-enquete.md: Enquête Marktplein\n      tekst:\n        - Met dank aan de heer Jansen.\n        + Met dank aan de wethouder.\n"
            ))
    }

    // MARK: build --sinds

    @Test func buildSinceAddsTheChangesWithLinks() throws {
        let (repository, first) = try twoVersions()
        let templates = packageRoot.appendingPathComponent("templates").path
        let result = try repository.participatie("build", "--templates", templates, "--sinds", "HEAD", "--format", "md")
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOfFile: repository.folder.path + "/output/eindverslag.html", encoding: .utf8)
        let section = try #require(html.range(of: "<section class=\"wijzigingen\"").map { String(html[$0.lowerBound...].prefix(2000)) })
        #expect(section.contains("<h2 id=\"wijzigingen\">Wijzigingen sinds versie 1.0</h2>"))
        #expect(section.contains("(git-revisie <code>\(first)</code>)"))
        #expect(
            section.contains(
                "<li><span class=\"label wijziging-toegevoegd\">toegevoegd</span> <a href=\"#gebeurtenis-2024-04-01-nieuwsbrief\">Nieuwsbrief april</a></li>"
            ))
        #expect(
            section.contains(
                "<a href=\"#gebeurtenis-2024-02-08-startbijeenkomst\">Startbijeenkomst</a>: ‘datum’ en tekst gewijzigd; hernoemd (was 2024-02-01-startbijeenkomst)</li>"
            ))
        #expect(section.contains("<li><span class=\"label wijziging-verwijderd\">verwijderd</span> Inloop</li>"))
        #expect(section.contains("<a href=\"#reactie-bomen\">Twaalf nieuwe bomen</a>: ‘besluit’ gewijzigd</li>"))
        // Every link of the section leads somewhere in the report.
        for anchor in ["gebeurtenis-2024-04-01-nieuwsbrief", "gebeurtenis-2024-02-08-startbijeenkomst", "reactie-bomen"] {
            #expect(html.contains("id=\"\(anchor)\""))
        }
        let markdown = try String(contentsOfFile: repository.folder.path + "/output/eindverslag.md", encoding: .utf8)
        #expect(markdown.contains("## Wijzigingen sinds versie 1.0\n"))
        #expect(markdown.contains("- **verwijderd**: Inloop\n"))

        // The compared commit is part of the fingerprint; without --sinds there is no section.
        let plain = try repository.participatie("build", "--templates", templates)
        #expect(plain.status == 0)
        #expect(plain.standardOutput != result.standardOutput)
        #expect(
            !(try String(contentsOfFile: repository.folder.path + "/output/eindverslag.html", encoding: .utf8)).contains(
                "<section class=\"wijzigingen\""))
    }

    @Test func buildSinceAnUnknownRevisionWritesNothing() throws {
        let (repository, _) = try twoVersions()
        let templates = packageRoot.appendingPathComponent("templates").path
        let result = try repository.participatie("build", "--templates", templates, "--sinds", "v9")
        #expect(result.status == 1)
        #expect(
            result.standardError == """
                process:1:1: fout: kan niet vergelijken met --sinds 'v9': revisie 'v9' bestaat niet in deze repository (zie 'git log' voor commits en 'git tag' voor versies)
                geen eindverslag gemaakt: 1 fout hierboven; output/eindverslag.html is niet gewijzigd

                """)
        #expect(!FileManager.default.fileExists(atPath: repository.folder.path + "/output/eindverslag.html"))
    }
}
