import Foundation
import Testing

@testable import ParticipatieModel
@testable import ParticipatieReading

/// Each rule of what a participation level promises, met and missed, in a concept and in a
/// `definitief` report.
@Suite("Wat het participatieniveau belooft")
struct LevelPromisesTests {
    /// The minimal fixture (adviseren, plan 2024-01-15, first event 2024-02-01, one answered outcome)
    /// with `proces.md` changed.
    private func folder(level: String, status: String = "concept", plan: String? = "2024-01-15") throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyFixture("minimal")
        let path = folder.path + "/process/proces.md"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "participatieniveau: adviseren", with: "participatieniveau: \(level)")
        text = text.replacingOccurrences(of: "status: definitief", with: "status: \(status)")
        text = text.replacingOccurrences(of: "participatieplan: 2024-01-15\n", with: plan.map { "participatieplan: \($0)\n" } ?? "")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    private func read(_ folder: TemporaryFolder) async -> ProcessReadResult {
        await ProcessReader.read(directory: folder.path + "/process", displayPath: "process")
    }

    private func lines(_ folder: TemporaryFolder) async -> [String] {
        await read(folder).diagnostics.map(\.description)
    }

    private func removeOutcomes(_ folder: TemporaryFolder) throws {
        try FileManager.default.removeItem(atPath: folder.path + "/process/uitkomsten")
        try FileManager.default.removeItem(atPath: folder.path + "/process/reacties")
    }

    @Test func rulesPerLevelClimbTheLadder() {
        #expect(LevelRule.rules(for: .informeren) == [])
        #expect(LevelRule.rules(for: .raadplegen) == [.outcomesRecorded])
        #expect(LevelRule.rules(for: .adviseren) == [.outcomesRecorded, .everyOutcomeAnswered])
        #expect(LevelRule.rules(for: .coproduceren) == [.outcomesRecorded, .everyOutcomeAnswered, .planBeforeStart])
        #expect(LevelRule.rules(for: .meebeslissen) == LevelRule.allCases)
    }

    @Test func theMinimalProcessKeepsEveryPromiseOfAdviseren() async throws {
        let result = await read(try folder(level: "adviseren", status: "definitief"))
        #expect(result.diagnostics == [])
        #expect(result.checks?.levelRules.map(\.isMet) == [true, true])
    }

    // MARK: raadplegen: outcomes

    @Test func informerenWithoutOutcomesKeepsTheGeneralWarning() async throws {
        let folder = try folder(level: "informeren")
        try removeOutcomes(folder)
        #expect(
            await lines(folder) == [
                "process/proces.md:1:1: waarschuwing: het proces heeft nog geen uitkomsten (artikel 5, onderdeel b): voeg bestanden toe aan process/uitkomsten/"
            ])
    }

    @Test(arguments: [("concept", "waarschuwing"), ("definitief", "fout")])
    func raadplegenPromisesOutcomes(status: String, severity: String) async throws {
        let folder = try folder(level: "raadplegen", status: status)
        try removeOutcomes(folder)
        let result = await read(folder)
        #expect(
            result.diagnostics.map(\.description) == [
                "process/proces.md:5:21: \(severity): bij participatieniveau 'raadplegen' wordt de inbreng opgehaald en weergegeven, "
                    + "maar er is nog geen uitkomst: voeg bestanden toe aan process/uitkomsten/ (artikel 5, onderdeel b)"
            ])
        #expect(result.checks?.levelRules.map(\.problems) == [1])
    }

    // MARK: adviseren: a response for every outcome

    @Test func adviserenCountsUnansweredOutcomesWithoutASecondMessage() async throws {
        let folder = try folder(level: "adviseren")
        try folder.write("process/uitkomsten/minder-auto.md", "---\ntitel: Minder auto's\nvolgorde: 2\n---\nTekst.\n")
        let result = await read(folder)
        #expect(
            result.diagnostics.map(\.description) == [
                "process/uitkomsten/minder-auto.md:1:1: waarschuwing: uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): "
                    + "voeg een bestand in process/reacties/ toe dat ernaar verwijst"
            ])
        #expect(result.checks?.levelRules.map(\.rule) == [.outcomesRecorded, .everyOutcomeAnswered])
        #expect(result.checks?.levelRules.map(\.problems) == [0, 1])
    }

    // MARK: coproduceren: a participation plan before the first event

    @Test(arguments: [("concept", "waarschuwing"), ("definitief", "fout")])
    func coproducerenAsksForAPlan(status: String, severity: String) async throws {
        let folder = try folder(level: "coproduceren", status: status, plan: nil)
        #expect(
            await lines(folder) == [
                "process/proces.md:5:21: \(severity): bij participatieniveau 'coproduceren' stelt het bestuursorgaan vooraf een "
                    + "participatieplan vast: vul 'participatieplan' in met de datum waarop het is vastgesteld"
            ])
    }

    @Test func coproducerenAsksForThePlanBeforeTheFirstEvent() async throws {
        let folder = try folder(level: "coproduceren", plan: "2024-02-02")
        #expect(
            await lines(folder) == [
                "process/proces.md:7:19: waarschuwing: het participatieplan is vastgesteld op 2024-02-02, maar het proces begon al op "
                    + "2024-02-01 ('2024-02-01-startbijeenkomst'); bij participatieniveau 'coproduceren' hoort het plan er vóór de "
                    + "eerste gebeurtenis te zijn (interne sessies en besluiten tellen niet mee)"
            ])
    }

    @Test(arguments: ["2024-02-01", "2024-02", "2024-01-15"])
    func aPlanOnTheDayOrInTheMonthOfTheFirstEventIsInTime(plan: String) async throws {
        #expect(await lines(try folder(level: "coproduceren", plan: plan)) == [])
    }

    @Test func internalSessionsAndDecisionsMayComeBeforeThePlan() async throws {
        let folder = try folder(level: "coproduceren", plan: "2024-01-15")
        try folder.write("process/2024-01-02-voorbereiding.md", "---\nsoort: interne-sessie\ntitel: Voorbereiding\ndatum: 2024-01-02\n---\nTekst.\n")
        try folder.write("process/2024-01-09-startbesluit.md", "---\nsoort: besluit\ntitel: Startbesluit\ndatum: 2024-01-09\n---\nTekst.\n")
        #expect(await lines(folder) == [])
        try folder.write("process/2024-01-nieuwsbrief.md", "---\nsoort: nieuwsbrief\ntitel: Aankondiging\ndatum: 2024-01\n---\nTekst.\n")
        // A month-only date before the plan's month would be late; the same month may be either.
        #expect(await lines(folder) == [])
        try folder.write("process/2023-12-nieuwsbrief.md", "---\nsoort: nieuwsbrief\ntitel: Vooraankondiging\ndatum: 2023-12\n---\nTekst.\n")
        #expect(
            (await lines(folder)).first?.hasPrefix(
                "process/proces.md:7:19: waarschuwing: het participatieplan is vastgesteld op 2024-01-15, maar het proces begon al op 2023-12 ")
                == true)
    }

    // MARK: meebeslissen: a decision that adopts outcomes

    private static let decision = """
        ---
        soort: besluit
        titel: Besluit van de bewonersjury
        datum: 2024-04-02
        neemt-over: [meer-groen]
        ---
        De jury nam het ontwerp over.

        """

    @Test(arguments: [("concept", "waarschuwing"), ("definitief", "fout")])
    func meebeslissenAsksForADecisionThatAdoptsOutcomes(status: String, severity: String) async throws {
        let folder = try folder(level: "meebeslissen", status: status)
        #expect(
            await lines(folder) == [
                "process/proces.md:5:21: \(severity): bij participatieniveau 'meebeslissen' beslissen de deelnemers mee, maar geen "
                    + "afgerond besluit neemt uitkomsten over: zet bij het besluit 'neemt-over' met de ids van de uitkomsten die het overneemt"
            ])
        try folder.write("process/2024-04-02-besluit.md", Self.decision)
        let result = await read(folder)
        #expect(result.diagnostics == [])
        #expect(result.checks?.levelRules.allSatisfy { $0.isMet } == true)
        #expect(result.timeline?.event(withID: "2024-04-02-besluit")?.adoptedOutcomes == ["meer-groen"])
    }

    @Test func aPlannedDecisionDoesNotKeepThePromiseYet() async throws {
        let folder = try folder(level: "meebeslissen")
        // Planned after the date of the report, so only the promise is reported.
        try folder.write(
            "process/2025-01-15-besluit.md",
            Self.decision.replacingOccurrences(of: "2024-04-02", with: "2025-01-15")
                .replacingOccurrences(of: "---\nDe jury", with: "status: gepland\n---\nDe jury"))
        #expect((await lines(folder)).map { String($0.prefix(40)) } == ["process/proces.md:5:21: waarschuwing: bi"])
    }

    @Test func neemtOverNamesExistingOutcomesOfADecision() async throws {
        let folder = try folder(level: "adviseren")
        try folder.write("process/2024-04-02-besluit.md", Self.decision.replacingOccurrences(of: "[meer-groen]", with: "[meer-gron]"))
        try folder.write(
            "process/2024-04-03-avond.md", "---\nsoort: bijeenkomst\ntitel: Avond\ndatum: 2024-04-03\nneemt-over: [meer-groen]\n---\nTekst.\n")
        #expect(
            await lines(folder) == [
                "process/2024-04-02-besluit.md:5:14: fout: uitkomst 'meer-gron' bestaat niet in process/uitkomsten/; bedoelde u 'meer-groen'?",
                "process/2024-04-03-avond.md:5:1: waarschuwing: 'neemt-over' hoort alleen bij een gebeurtenis met soort 'besluit'",
            ])
    }

    // MARK: Phases

    @Test func withPhasesEachPhaseKeepsThePromisesOfItsOwnLevel() async throws {
        let folder = try folder(level: "adviseren", plan: "2024-04-01")
        let path = folder.path + "/process/proces.md"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "---\n## Inleiding",
            with: """
                fasen:
                  - {naam: Verkenning, van: 2024-01-01, tot: 2024-02-15, participatieniveau: informeren}
                  - {naam: Ontwerp, van: 2024-02-16, tot: 2024-04-30, participatieniveau: coproduceren}
                  - {naam: Toets, van: 2024-05-01, tot: 2024-06-30, participatieniveau: raadplegen}
                  - {naam: Besluit, van: 2024-07-01, tot: 2024-07-31, participatieniveau: meebeslissen}
                ---
                ## Inleiding
                """)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try folder.write("process/2024-05-10-toetsavond.md", "---\nsoort: bijeenkomst\ntitel: Toetsavond\ndatum: 2024-05-10\n---\nTekst.\n")
        try folder.write("process/2024-07-10-besluit.md", "---\nsoort: besluit\ntitel: Besluit\ndatum: 2024-07-10\n---\nTekst.\n")
        let result = await read(folder)
        // Verkenning (informeren) began before the plan and promises nothing; Ontwerp (coproduceren) began before
        // the plan; no outcome names the Toets evening; the decision phase asked nobody anything.
        #expect(
            result.diagnostics.map(\.description) == [
                "process/proces.md:7:19: waarschuwing: het participatieplan is vastgesteld op 2024-04-01, maar fase 'Ontwerp' begon al op "
                    + "2024-03 ('2024-03-enquete'); bij participatieniveau 'coproduceren' hoort het plan er vóór de eerste gebeurtenis te zijn "
                    + "(interne sessies en besluiten tellen niet mee)",
                "process/proces.md:14:5: waarschuwing: in fase 'Toets' (participatieniveau 'raadplegen') wordt de inbreng opgehaald en "
                    + "weergegeven, maar geen uitkomst noemt een gebeurtenis uit die fase in 'bronnen' (artikel 5, onderdeel b)",
            ])
        #expect(
            result.checks?.levelRules.map { "\($0.phase ?? "-") \($0.rule.rawValue) \($0.problems)" } == [
                "Ontwerp uitkomsten 0", "Ontwerp reacties 0", "Ontwerp participatieplan 1", "Toets uitkomsten 1",
            ])
    }
}
