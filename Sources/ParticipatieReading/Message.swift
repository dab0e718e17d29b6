import ParticipatieModel
import ParticipatieSystem

// All Dutch wording of diagnostics lives here, so it can be reviewed in one place.

/// The Dutch text of every diagnostic the tool reports.
package enum Message {
    // MARK: Files and encoding
    package static func unreadableFile(_ reason: String) -> String { "kan het bestand niet lezen (\(reason))" }
    /// Why a whole file could not be read.
    package static func unreadable(_ failure: ReadFailure) -> String {
        switch failure {
        case .system(let error): unreadableFile(error.reason)
        case .notRegularFile: unreadableFile(notARegularFile)
        case .tooLarge(let size, let limit): fileTooLarge(size, limit: limit)
        }
    }
    package static func unreadableFolder(_ folder: String, _ reason: String) -> String {
        "kan map '\(folder)' niet lezen (\(reason))"
    }
    package static func missingFolder(_ folder: String) -> String { "map '\(folder)' bestaat niet" }
    package static func notAFolder(_ folder: String) -> String { "'\(folder)' is geen map" }
    package static func fileTooLarge(_ size: Int, limit: Int) -> String {
        "bestand is te groot (\(size) bytes; de grens is \(limit) bytes)"
    }
    package static func invalidUTF8(byteOffset: Int) -> String {
        "bestand is geen geldige UTF-8-tekst (ongeldige byte op positie \(byteOffset)); sla het op als UTF-8"
    }
    package static func windows1252(byteOffset: Int, character: String) -> String {
        "bestand lijkt in Windows-1252 opgeslagen in plaats van UTF-8 (byte op positie \(byteOffset) is '\(character)' in Windows-1252); sla het op als UTF-8"
    }
    package static func nulByte(byteOffset: Int) -> String {
        "bestand bevat een NUL-byte (positie \(byteOffset)); is het wel een tekstbestand?"
    }
    package static let utf16 =
        "bestand is opgeslagen als UTF-16 (in Kladblok heet dat 'Unicode'); sla het op als UTF-8: kies bij 'Opslaan als' de codering 'UTF-8'"
    /// A control character in the text of a file.
    package static func controlCharacterInText(_ value: UInt32) -> String {
        "bestand bevat een stuurteken (\(codePoint(value))); zo'n onzichtbaar teken mag niet in een procesbestand staan: haal het weg"
    }
    package static let emptyFile = "bestand is leeg; verwacht front matter tussen twee regels '---'"
    package static let missingFrontMatter = "bestand begint niet met front matter: de eerste regel moet '---' zijn"
    package static let unterminatedFrontMatter = "front matter wordt niet afgesloten: voeg een regel '---' toe na de laatste sleutel"
    package static let emptyFrontMatter = "front matter is leeg"
    package static func frontMatterTooLarge(_ size: Int, limit: Int) -> String {
        "front matter is te groot (\(size) bytes; de grens is \(limit) bytes)"
    }
    package static func frontMatterTooDeep(limit: Int) -> String {
        "front matter is te diep genest (meer dan \(limit) niveaus)"
    }
    package static func yamlSyntax(_ problem: String, startedOnLine line: Int?) -> String {
        "ongeldige YAML in front matter (\(problem))" + (line.map { "; het begon op regel \($0)" } ?? "")
    }
    package static let frontMatterNotMapping = "front matter moet bestaan uit regels 'sleutel: waarde'"
    package static let complexKey = "sleutel moet gewone tekst zijn"
    package static func duplicateKey(_ key: String) -> String { "sleutel '\(key)' komt twee keer voor" }
    package static let aliasNotAllowed = "ankers en verwijzingen van YAML (& en *) worden in front matter niet ondersteund"
    package static func tagNotAllowed(_ tag: String) -> String { "tag '\(tag)' van YAML wordt niet ondersteund" }

    // MARK: Keys and values
    /// A control character in a value, put there with a YAML escape such as `\0` or `\e`.
    package static func controlCharacterInValue(_ value: UInt32) -> String {
        "waarde bevat een stuurteken (\(codePoint(value))); zo'n onzichtbaar teken mag niet in een procesbestand staan, "
            + "ook niet als escape zoals '\\0' of '\\e': haal het weg"
    }
    package static func missingKey(_ key: String) -> String { "verplichte sleutel '\(key)' ontbreekt" }
    package static func emptyValue(_ key: String) -> String { "'\(key)' is leeg" }
    package static func unknownKey(_ key: String, suggestion: String?) -> String {
        "onbekende sleutel '\(key)'" + suggestionSuffix(suggestion)
    }
    package static func expectedText(_ key: String) -> String { "'\(key)' moet een tekst zijn" }
    package static func expectedList(_ key: String) -> String { "'\(key)' moet een lijst zijn" }
    package static func expectedTextInList(_ key: String) -> String { "elk element van '\(key)' moet een tekst zijn" }
    package static func unknownValue(_ key: String, _ value: String, allowed: [String], suggestion: String?) -> String {
        "onbekende waarde '\(value)' voor '\(key)'" + suggestionSuffix(suggestion)
            + " (toegestaan: \(allowed.joined(separator: ", ")))"
    }
    /// An unknown `soort`. Without a near kind to suggest, the message says how to declare a kind of one's own.
    package static func unknownKind(_ value: String, suggestion: String?, allowed: [String]) -> String {
        let declare = suggestion == nil ? "; " + declareKind(value) : ""
        return "onbekende soort '\(value)'" + suggestionSuffix(suggestion) + " (toegestaan: \(allowed.joined(separator: ", ")))" + declare
    }
    /// How to declare a kind of one's own, for `check` and for `participatie new`; the example uses the
    /// word itself when it can be an id.
    package static func declareKind(_ value: String) -> String {
        let exampleID = TimelineBuilder.isSafeID(value) ? value : "eigen-soort"
        return "een eigen soort voegt u toe in proces.md, bijvoorbeeld: soorten: {\(exampleID): {naam: …, meervoud: …}}"
    }
    package static func invalidDate(_ key: String, _ value: String) -> String {
        "\(key) '\(value)' is geen geldige datum; schrijf JJJJ-MM-DD (of JJJJ-MM als alleen de maand, JJJJ als alleen het jaar bekend is)"
    }
    /// `datum` in proces.md: the date of the report is a day.
    package static func reportDateNotDay(_ value: String) -> String {
        "datum '\(value)' van het verslag moet een dag zijn: schrijf JJJJ-MM-DD"
    }
    package static func invalidTime(_ value: String) -> String {
        "tijd '\(value)' is geen tijd; schrijf UU:MM, bijvoorbeeld 19:30"
    }
    package static let timeWithoutDay = "'tijd' hoort bij een dag; bij een datum met alleen een maand of een jaar kan geen tijd staan"
    package static let emptyDateList = "'datum' bevat geen enkele datum"
    package static func monthInDateList(_ value: String) -> String {
        "'\(value)': in een lijst van dagen moet elke datum een dag zijn (JJJJ-MM-DD)"
    }
    package static func duplicateDate(_ value: String) -> String { "datum '\(value)' staat twee keer in de lijst" }
    /// A `deelnemers` or `reacties` that is none of the forms of ``Count``.
    package static func invalidCount(_ key: String, _ value: String) -> String {
        "\(key) '\(value)' is geen aantal; schrijf een getal (60 of 1.400), een schatting (ca. 60, circa 60, ongeveer 60, "
            + "zo'n 60, ± 60, +/- 60, ~60), een ondergrens (ruim 200, meer dan 1400, minstens 50, 200+), bijna 60 "
            + "of een bereik (80 à 100, 80-100, 80 tot 100)"
    }
    package static func countTooLarge(_ key: String, _ value: String) -> String {
        "\(key) '\(value)' is te groot: het grootste aantal is 999.999.999"
    }
    package static func descendingRange(_ key: String, _ value: String) -> String {
        "\(key) '\(value)': het bereik loopt af; zet het kleinste getal voorop, bijvoorbeeld 80 à 100"
    }
    package static func invalidNumber(_ value: String) -> String { "nummer '\(value)' is geen geheel getal groter dan 0" }
    /// Two events of one series (or, without a series, one kind) with the same number.
    package static func duplicateNumber(_ number: Int, series: String?, kind: String, other: String, derived: Bool) -> String {
        let group = series.map { "in reeks '\($0)'" } ?? "bij soort '\(kind)'"
        return "nummer \(number) komt \(group) twee keer voor: ook '\(other)'"
            + (derived ? " (dat nummer volgt uit de volgorde van datum; geef een van beide een eigen 'nummer')" : "")
    }
    package static func invalidLink(_ value: String) -> String {
        "link '\(value)' is geen beveiligd webadres; schrijf het volledige adres, beginnend met https://"
    }
    package static func invalidOrder(_ value: String) -> String { "volgorde '\(value)' is geen geheel getal" }
    package static func duplicateOrder(_ order: Int, other: String) -> String {
        "volgorde \(order) wordt ook gebruikt door '\(other)'"
    }

    // MARK: File names and ids
    package static let eventFileNameWithoutDate =
        "bestandsnaam moet beginnen met de datum: JJJJ-MM-DD-naam.md (of JJJJ-MM-naam.md, JJJJ-naam.md)"
    package static func fileNameDateMismatch(fileDate: String, firstDate: String) -> String {
        "de datum in de bestandsnaam (\(fileDate)) verschilt van de (eerste) datum in 'datum' (\(firstDate))"
    }
    /// A name with other characters than a–z, 0–9 and `-`, and the name it could have instead.
    package static func unsafeFileName(suggested: String?) -> String {
        "gebruik in bestandsnamen alleen kleine letters, cijfers en '-'" + (suggested.map { ", bijvoorbeeld '\($0)'" } ?? "")
    }
    /// A name with spaces or capitals (as a word processor or file manager makes them), and the name
    /// it could have instead.
    package static func fileNameWithSpacesOrCapitals(spaces: Bool, capitals: Bool, suggested: String?) -> String {
        let what = spaces && capitals ? "spaties en hoofdletters" : spaces ? "spaties" : "hoofdletters"
        return "bestandsnaam bevat \(what); noem het bestand " + (suggested.map { "'\($0)' (" } ?? "met ")
            + "alleen kleine letters, cijfers en '-', zoals 'participatie new' bestanden noemt" + (suggested == nil ? "" : ")")
    }
    package static func duplicateID(_ id: String, other: String) -> String {
        "id '\(id)' bestaat al: '\(other)' (namen mogen niet alleen in hoofdletters verschillen)"
    }
    package static func duplicateIDNormalisation(_ id: String, other: String) -> String {
        "id '\(id)' bestaat al: '\(other)' (de namen zien er hetzelfde uit en verschillen alleen in hoe de tekens zijn opgeslagen, "
            + "de Unicode-normalisatie NFC of NFD; geef één van de bestanden een andere naam)"
    }
    package static func unknownEventReference(_ id: String, folder: String, suggestion: String?) -> String {
        "bron '\(id)' bestaat niet in \(folder)/" + suggestionSuffix(suggestion)
    }
    package static func unknownOutcomeReference(_ id: String, folder: String, suggestion: String?) -> String {
        "uitkomst '\(id)' bestaat niet in \(folder)/uitkomsten/" + suggestionSuffix(suggestion)
    }
    package static func duplicateReference(_ id: String) -> String { "'\(id)' staat twee keer in de lijst" }

    // MARK: Kinds declared in proces.md
    package static let kindsNotMapping =
        "'soorten' moet per soort een id met 'naam' en 'meervoud' geven, bijvoorbeeld: "
        + "soorten: {klankbordgroep: {naam: klankbordgroep-bijeenkomst, meervoud: klankbordgroep-bijeenkomsten}}"
    package static func kindIsBuiltIn(_ id: String, label: String) -> String {
        "soort '\(id)' is al ingebouwd (in het verslag: '\(label)'); gebruik die, of kies voor een eigen soort een andere id"
    }
    package static func kindUnsafeID(_ id: String) -> String {
        "soort '\(id)': gebruik als id alleen kleine letters, cijfers en '-'"
    }
    package static func kindNotMapping(_ id: String) -> String {
        "soort '\(id)' moet 'naam' en 'meervoud' hebben, bijvoorbeeld: \(id): {naam: …, meervoud: …}"
    }
    package static func kindMissingName(_ id: String, key: String) -> String { "soort '\(id)': '\(key)' ontbreekt" }

    // MARK: Phases
    package static let phasesNotList =
        "'fasen' moet een lijst zijn, per fase: - {naam: Verkenning, van: 2024-01, tot: 2024-06, participatieniveau: raadplegen}"
    package static let phaseNotMapping =
        "een fase moet 'naam', 'van' en 'tot' hebben, bijvoorbeeld: - {naam: Verkenning, van: 2024-01, tot: 2024-06, participatieniveau: raadplegen}"
    package static func phaseMissing(_ phase: String?, key: String) -> String {
        (phase.map { "fase '\($0)'" } ?? "fase") + ": '\(key)' ontbreekt"
    }
    package static func phaseEndsBeforeStart(_ phase: String, start: String, end: String) -> String {
        "fase '\(phase)' eindigt (\(end)) voordat hij begint (\(start))"
    }
    package static func phasesOverlap(_ phase: String, other: String) -> String {
        "fase '\(phase)' overlapt met fase '\(other)'; een dag hoort bij hoogstens één fase"
    }
    package static func duplicatePhase(_ phase: String) -> String { "fase '\(phase)' staat twee keer in 'fasen'" }
    package static func unknownPhase(_ value: String, suggestion: String?, allowed: [String]) -> String {
        "onbekende fase '\(value)'" + suggestionSuffix(suggestion) + " (fasen in proces.md: \(allowed.joined(separator: ", ")))"
    }
    package static let phaseWithoutPhases = "'fase' kan alleen als proces.md 'fasen' noemt"
    package static func eventOutsidePhases(_ date: String) -> String {
        "de datum (\(date)) valt in geen enkele fase van proces.md; pas de datum of de fasen aan"
    }
    package static func eventPartlyInPhases(_ date: String, phases: [String]) -> String {
        "de datum (\(date)) valt maar voor een deel in fase \(phases.map { "'\($0)'" }.joined(separator: " en ")); "
            + "zeg met 'fase:' bij welke fase de gebeurtenis hoort"
    }
    package static func dateOutsideNamedPhase(_ date: String, phase: String, period: String) -> String {
        "de datum (\(date)) valt buiten fase '\(phase)' (\(period))"
    }

    // MARK: Process rules
    package static let missingProcessFile = "proces.md ontbreekt: beschrijf hierin titel, gemeente, bestuursorgaan en participatieniveau"
    package static func missingMotivation(_ verdict: Verdict) -> String {
        "'motivering' ontbreekt: bij besluit '\(verdict.rawValue)' moet de gemeente uitleggen waarom de inbreng niet (volledig) is overgenomen"
    }
    package static func outcomeWithoutResponse(folder: String) -> String {
        "uitkomst heeft geen reactie van de gemeente (artikel 5, onderdeel c): voeg een bestand in \(folder)/reacties/ toe dat ernaar verwijst"
    }
    package static let responseWithoutOutcome =
        "reactie verwijst naar geen enkele uitkomst: vul 'uitkomsten' in"
    package static func finalWithUnansweredOutcome(_ id: String) -> String {
        "status is 'definitief' maar uitkomst '\(id)' heeft nog geen reactie"
    }
    package static func finalWithPlannedEvent(_ id: String) -> String {
        "status is 'definitief' maar gebeurtenis '\(id)' staat nog op 'gepland'"
    }
    package static let finalWithoutReportDate =
        "status is 'definitief' maar 'datum' ontbreekt: noem de datum van het verslag (JJJJ-MM-DD)"
    package static func heldAfterReportDate(_ reportDate: String) -> String {
        "de gebeurtenis valt na de datum van het verslag (\(reportDate)) en kan dus niet 'afgerond' zijn; zet 'status: gepland' of pas de datum aan"
    }
    package static func plannedBeforeReportDate(_ reportDate: String) -> String {
        "de gebeurtenis staat op 'gepland' maar valt voor de datum van het verslag (\(reportDate)); "
            + "zet 'status: afgerond' als ze heeft plaatsgevonden, of pas de datum aan"
    }
    package static let notStatedVerdictInFinal =
        "status is 'definitief' maar het besluit is niet vermeld: een definitief verslag noemt bij elke reactie het besluit"
    package static let notStatedOutcomesInFinal =
        "status is 'definitief' maar niet vermeld is op welke uitkomsten deze reactie antwoordt: een definitief verslag noemt ze"
    package static func notStatedWithIDs(_ key: String) -> String {
        "'niet-vermeld' kan niet samen met ids in '\(key)' staan: laat het weg of laat de ids weg"
    }
    package static let assessmentWithoutInitiator =
        "'oordeel-gemeente' hoort bij een proces met een 'initiatiefnemer'; zonder initiatiefnemer is onderdeel (c) al de reactie van de gemeente"
    package static let decisionMakerOnlyForDecisions = "'besluitvormer' hoort bij een gebeurtenis van soort 'besluit'"
    package static func decisionMakerInAudiences(_ name: String) -> String {
        "'\(name)' is de besluitvormer en telt niet als bereikte groep; haal het weg uit 'doelgroepen'"
    }
    package static func noEvents(folder: String) -> String {
        "het proces heeft nog geen gebeurtenissen: voeg een bestand JJJJ-MM-DD-naam.md toe aan \(folder)/"
    }
    package static func noOutcomes(folder: String) -> String {
        "het proces heeft nog geen uitkomsten (artikel 5, onderdeel b): voeg bestanden toe aan \(folder)/uitkomsten/"
    }

    // MARK: Personal data (the report is published)
    /// Personal data found in a text. Names the kind (and a salutation), never the data: the message is
    /// printed in logs and listed in a concept report.
    package static func personalData(_ kind: PersonalDataKind, salutation: String) -> String {
        let what = kind == .person && !salutation.isEmpty ? "naam met aanhef of titel ('\(salutation) …')" : kind.label
        return "\(what) in de tekst: het eindverslag wordt openbaar (AVG); haal het weg of maak het anoniem, "
            + "of sta de tekst met een reden toe onder 'openbaar' in proces.md"
    }
    package static func morePersonalData(_ count: Int) -> String {
        " (en nog \(count) \(count == 1 ? "persoonsgegeven" : "persoonsgegevens") verderop in dit bestand)"
    }
    package static func unusedPublicText(_ text: String) -> String {
        "'\(text)' onder 'openbaar' komt in geen enkel bestand als persoonsgegeven voor; haal de regel weg"
    }
    package static let publicTextNotMapping = "elk element van 'openbaar' moet 'tekst' en 'reden' hebben, bijvoorbeeld '- tekst: de heer Jansen'"
    package static func publicTextMissing(_ key: String) -> String {
        "'\(key)' ontbreekt in dit element van 'openbaar': "
            + (key == "reden" ? "zeg waarom de tekst openbaar mag" : "noem de tekst die openbaar mag")
    }
    package static func publicTextTooShort(_ text: String, minimum: Int) -> String {
        "'\(text)' onder 'openbaar' is te kort (minstens \(minimum) tekens): noem de hele tekst, zoals 'de heer Jansen'"
    }

    // MARK: What the participation level promises
    /// The level as the process names it, with where the promise comes from.
    package static func outcomesPromised(_ level: ParticipationLevel, folder: String, phase: String? = nil) -> String {
        guard let phase else {
            return "bij participatieniveau '\(level.rawValue)' wordt de inbreng opgehaald en weergegeven, maar er is nog geen uitkomst: "
                + "voeg bestanden toe aan \(folder)/uitkomsten/ (artikel 5, onderdeel b)"
        }
        return "in fase '\(phase)' (participatieniveau '\(level.rawValue)') wordt de inbreng opgehaald en weergegeven, maar geen "
            + "uitkomst noemt een gebeurtenis uit die fase in 'bronnen' (artikel 5, onderdeel b)"
    }
    package static func planPromised(_ level: ParticipationLevel, phase: String? = nil) -> String {
        "bij participatieniveau '\(level.rawValue)'" + (phase.map { " (fase '\($0)')" } ?? "")
            + " stelt het bestuursorgaan vooraf een participatieplan vast: vul 'participatieplan' in met de datum waarop het is vastgesteld"
    }
    package static func planAfterStart(_ level: ParticipationLevel, plan: EventDate, first: Event, phase: String? = nil) -> String {
        "het participatieplan is vastgesteld op \(plan.iso), maar " + (phase.map { "fase '\($0)'" } ?? "het proces")
            + " begon al op \(first.firstDate.iso) ('\(first.id)'); bij participatieniveau '\(level.rawValue)' hoort het plan er vóór "
            + "de eerste gebeurtenis te zijn (interne sessies en besluiten tellen niet mee)"
    }
    package static func decisionPromised(phase: String? = nil) -> String {
        guard let phase else {
            return "bij participatieniveau 'meebeslissen' beslissen de deelnemers mee, maar geen afgerond besluit neemt uitkomsten over: "
                + "zet bij het besluit 'neemt-over' met de ids van de uitkomsten die het overneemt"
        }
        return "in fase '\(phase)' (participatieniveau 'meebeslissen') beslissen de deelnemers mee, maar geen afgerond besluit neemt "
            + "een uitkomst uit die fase over: zet bij het besluit 'neemt-over' met de ids van de uitkomsten die het overneemt"
    }
    package static let adoptionOutsideDecision = "'neemt-over' hoort alleen bij een gebeurtenis met soort 'besluit'"

    // MARK: Earlier versions (git)
    package static func noOtherVersion(_ version: String) -> String {
        "geen eerdere versie gevonden: in geen enkele commit heeft proces.md een andere 'versie' dan "
            + (version.isEmpty ? "nu (geen)" : "'\(version)'") + "; noem de revisie waarmee u wilt vergelijken, bijvoorbeeld 'HEAD~1' of een tag"
    }
    package static func folderMissingAtRevision(_ folder: String, commit: String) -> String {
        "de procesmap '\(folder)' bestond nog niet in revisie \(commit)"
    }

    // MARK: Unused files
    package static func unusedFile(folder: String) -> String {
        "bestand wordt niet gebruikt: alleen .md-bestanden in \(folder)/, \(folder)/uitkomsten/ en \(folder)/reacties/ worden gelezen"
    }
    package static func unusedFolder(folder: String) -> String {
        "map wordt niet gebruikt: alleen \(folder)/uitkomsten/, \(folder)/reacties/ en \(folder)/bijlagen/ worden gelezen"
    }

    // MARK: Attachments (process/bijlagen/)
    package static func folderInAttachments(folder: String) -> String {
        "map in \(folder)/bijlagen/ wordt niet gebruikt: zet bijlagen direct in \(folder)/bijlagen/"
    }
    package static let attachmentType =
        "bijlage wordt niet gepubliceerd: alleen PDF, afbeeldingen (PNG, JPEG, GIF, WebP) en kantoordocumenten "
        + "(DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT) gaan mee naar het verslag"
    package static let attachmentName =
        "gebruik in namen van bijlagen alleen letters, cijfers, '-', '_' en '.': andere tekens (zoals spaties) breken koppelingen"
    package static func attachmentTooLarge(_ size: Int, limit: Int) -> String {
        "bijlage is te groot (\(size) bytes; de grens is \(limit) bytes)"
    }
    package static func attachmentsTooLarge(limit: Int) -> String {
        "de bijlagen zijn samen groter dan \(limit) bytes; deze bijlage en de volgende gaan niet mee"
    }
    package static func tooManyAttachments(limit: Int) -> String {
        "meer dan \(limit) bijlagen; deze bijlage en de volgende gaan niet mee"
    }
    package static func unknownAttachment(_ name: String, folder: String, suggestion: String?) -> String {
        "bijlage '\(name)' bestaat niet in \(folder)/bijlagen/" + suggestionSuffix(suggestion)
    }
    package static func refusedAttachment(_ name: String, folder: String) -> String {
        "bijlage '\(name)' gaat niet mee naar het verslag (zie de melding bij \(folder)/bijlagen/\(name))"
    }
    package static func relativeLink(_ destination: String) -> String {
        "'\(destination)' is een relatieve koppeling die in het gepubliceerde verslag nergens naartoe wijst; zet het bestand in "
            + "de map bijlagen/ van de procesmap en verwijs naar 'bijlagen/…', of gebruik een volledig adres (https://…)"
    }
    /// A FIFO, socket or device with a name ending in `.md`: no command reads it.
    package static func notARegularMarkdownFile(_ kind: FileKind) -> String {
        "dit is \(kind.label), geen gewoon bestand: participatie leest alleen gewone .md-bestanden; haal het weg of vervang het door een gewoon bestand"
    }
    /// A folder whose name ends in `.md`.
    package static func folderNamedMarkdown(folder: String) -> String {
        "dit is een map, geen .md-bestand: alleen .md-bestanden in \(folder)/, \(folder)/uitkomsten/ en \(folder)/reacties/ worden gelezen"
    }
    package static let symbolicLink = "symbolische koppeling wordt niet gevolgd; zet het bestand zelf in de map"

    // MARK: Placeholders left by participatie new
    package static func placeholderLeft(_ placeholder: String) -> String {
        "nog niet ingevuld: vervang '\(placeholder)' door uw eigen tekst"
    }

    // MARK: Hostile input and limits
    package static func doubleEncoded(_ found: String, intended: String) -> String {
        "'\(found)' is waarschijnlijk een verkeerd omgezette '\(intended)' (UTF-8-tekst die als Windows-1252 is gelezen); vervang het door '\(intended)'"
    }
    package static func euroInWord(_ word: String) -> String {
        "'€' midden in het woord '\(word)' is waarschijnlijk een verkeerd omgezet teken (zoals 'ë' in 'financiële'); controleer de tekst"
    }
    /// A character that reorders the text after it.
    package static func bidirectionalCharacter(_ value: UInt32) -> String {
        "tekst bevat een onzichtbaar teken dat de leesrichting verandert (\(codePoint(value))): in het verslag leest de tekst "
            + "anders dan in het bestand; haal het weg"
    }
    /// A character without width inside the text.
    package static func zeroWidthCharacter(_ value: UInt32) -> String {
        "tekst bevat een onzichtbaar teken zonder breedte (\(codePoint(value))): het verbergt zich in woorden en adressen; haal het weg"
    }
    package static func moreOccurrences(_ count: Int) -> String { count > 0 ? " (nog \(count) keer in dit bestand)" : "" }
    package static func folderTooLarge(limit: Int) -> String {
        "de .md-bestanden zijn samen groter dan \(limit) bytes; dit bestand en de volgende zijn niet gelezen"
    }
    package static func tooManyFiles(limit: Int) -> String {
        "meer dan \(limit) .md-bestanden; dit bestand en de volgende zijn niet gelezen"
    }
    package static let notARegularFile = "geen gewoon bestand"
    package static let diskQuota = "het schijfquotum is bereikt"
    package static let invalidFileName = "bestandsnaam is geen geldige UTF-8-tekst; geef het bestand een nieuwe naam"
    package static let symbolicLinkFolder = "symbolische koppeling naar een map wordt niet gevolgd; zet de map zelf in de procesmap"
    package static func quoteHint(_ key: String) -> String {
        "; tip: zet de waarde van '\(key)' tussen dubbele aanhalingstekens, dan is elk teken gewone tekst"
    }
    package static func innerQuoteHint(_ key: String) -> String {
        "; tip: schrijf een \" binnen de waarde van '\(key)' als \\\" of zet de waarde tussen enkele aanhalingstekens"
    }
    package static let tabHint = "; tip: spring in met spaties, niet met tabs"
    package static let rawHTML = "tekst bevat HTML, die niet in het verslag wordt overgenomen; schrijf het in Markdown"
    /// Names the scheme without its colon, so the warning (also shown in a concept report) never
    /// carries a usable address.
    package static func unsafeLink(scheme: String) -> String {
        "onveilig adres (\(scheme)) wordt niet overgenomen in het verslag: de koppeling blijft leeg"
    }
    package static func inField(_ key: String, _ message: String) -> String { "in '\(key)': \(message)" }
    package static func pathOutsideProcess(_ destination: String) -> String {
        "'\(destination)' verwijst naar een bestand buiten de procesmap; zo'n pad werkt niet in het gepubliceerde verslag"
    }

    package static func suggestionSuffix(_ suggestion: String?) -> String {
        suggestion.map { "; bedoelde u '\($0)'?" } ?? ""
    }

    // MARK: YAML that cannot be read (libyaml's problems in Dutch)

    /// The message of a diagnostic for a YAML `problem`, without position or severity.
    static func yaml(_ problem: YAMLProblem) -> String {
        switch problem.kind {
        case .syntax(let libyamlProblem, let startedOnLine, let hint):
            yamlSyntax(dutch(libyamlProblem), startedOnLine: startedOnLine) + (hint.map(tip) ?? "")
        case .character(let libyamlProblem, let character):
            if libyamlProblem == .controlCharacter, let character {
                yamlSyntax("teken \(codePoint(character)) is niet toegestaan", startedOnLine: nil)
            } else {
                yamlSyntax(dutch(libyamlProblem), startedOnLine: nil)
            }
        case .anchorOrAlias: aliasNotAllowed
        case .tag(let tag): tagNotAllowed(tag)
        case .tooDeep(let limit): frontMatterTooDeep(limit: limit)
        case .duplicateKey(let key): duplicateKey(key)
        case .collectionKey: complexKey
        case .severalDocuments(let firstStartedOnLine):
            yamlSyntax("hier begint een tweede document, en front matter mag er maar één bevatten", startedOnLine: firstStartedOnLine)
        }
    }

    /// The Dutch for libyaml's English `problem`; a general phrase for a problem it does not know.
    static func dutch(_ problem: LibyamlProblem) -> String {
        switch problem {
        case .inputError: "de tekst kon niet worden gelezen"
        case .invalidLeadingUTF8Octet: "ongeldige byte aan het begin van een UTF-8-teken"
        case .incompleteUTF8OctetSequence: "onvolledig UTF-8-teken"
        case .invalidTrailingUTF8Octet: "ongeldige vervolgbyte in een UTF-8-teken"
        case .invalidUTF8SequenceLength: "UTF-8-teken met een ongeldige lengte"
        case .invalidUnicodeCharacter: "ongeldig Unicode-teken"
        case .incompleteUTF16Character: "onvolledig UTF-16-teken"
        case .unexpectedLowSurrogate: "onverwachte tweede helft van een UTF-16-tekenpaar"
        case .incompleteUTF16SurrogatePair: "onvolledig UTF-16-tekenpaar"
        case .expectedLowSurrogate: "de tweede helft van een UTF-16-tekenpaar ontbreekt"
        case .controlCharacter: "stuurtekens zijn niet toegestaan"
        case .inputTooLong: "de tekst is te lang"
        case .characterCannotStartToken: "dit teken kan hier niet staan"
        case .simpleKeyWithoutColon: "de ':' na de sleutel ontbreekt"
        case .blockSequenceEntryNotAllowed: "een lijstregel met '- ' is hier niet toegestaan"
        case .mappingKeyNotAllowed: "een sleutel met '?' is hier niet toegestaan"
        case .mappingValueNotAllowed: "dubbele punt met spatie ': ' is hier niet toegestaan"
        case .unknownDirective: "onbekende regel met '%', alleen %YAML en %TAG bestaan"
        case .expectedCommentOrLineBreak: "hier werd commentaar of het einde van de regel verwacht"
        case .missingDirectiveName: "de naam na '%' ontbreekt"
        case .nonAlphabeticalDirectiveName: "ongeldig teken in de naam na '%'"
        case .expectedDigitOrPeriod: "hier werd een cijfer of '.' in het versienummer verwacht"
        case .versionNumberTooLong: "het versienummer is te lang"
        case .missingVersionNumber: "het versienummer ontbreekt"
        case .expectedWhitespace: "hier werd een spatie verwacht"
        case .expectedWhitespaceOrLineBreak: "hier werd een spatie of het einde van de regel verwacht"
        case .expectedAnchorName: "ongeldige naam na '&' of '*' voor een anker of verwijzing"
        case .missingClosingAngleBracket: "de afsluitende '>' ontbreekt"
        case .expectedExclamationMark: "hier werd een '!' verwacht"
        case .missingTagURI: "de naam van de tag ontbreekt"
        case .missingEscapedOctet: "na '%' in een tag moeten twee hexadecimale cijfers volgen"
        case .incorrectLeadingOctetInTag: "ongeldige %-code in een tag: geen begin van een UTF-8-teken"
        case .incorrectTrailingOctetInTag: "ongeldige %-code in een tag: geen vervolg van een UTF-8-teken"
        case .indentationIndicatorZero: "inspringing 0 na '|' of '>' is niet toegestaan"
        case .tabInBlockScalarIndentation: "tab waar een spatie voor de inspringing verwacht werd"
        case .documentIndicatorInQuotedScalar: "'---' of '...' binnen tekst tussen aanhalingstekens"
        case .unclosedQuotedScalar: "het afsluitende aanhalingsteken ontbreekt"
        case .unknownEscape: "onbekend teken na '\\' tussen dubbele aanhalingstekens"
        case .expectedHexadecimalNumber: "na '\\x', '\\u' of '\\U' werd een hexadecimaal getal verwacht"
        case .invalidUnicodeEscape: "na '\\u' of '\\U' staat geen geldig Unicode-teken"
        case .unexpectedColon: "onverwachte ':'"
        case .tabInIndentation: "tab in de inspringing"
        case .maximumNestingLevel: "te diep genest"
        case .expectedStreamStart: "het begin van de tekst ontbreekt"
        case .expectedDocumentStart: "onverwachte tekst na het einde van het document"
        case .undefinedTagHandle: "onbekend voorvoegsel van een tag"
        case .expectedNodeContent: "hier werd een waarde verwacht"
        case .expectedSequenceEntry: "hier werd een lijstregel met '- ' verwacht"
        case .expectedKey: "hier werd een sleutel verwacht"
        case .expectedCommaOrClosingBracket: "hier werd ',' of ']' verwacht"
        case .expectedCommaOrClosingBrace: "hier werd ',' of '}' verwacht"
        case .duplicateYAMLDirective: "%YAML staat er twee keer"
        case .incompatibleYAMLVersion: "deze YAML-versie wordt niet ondersteund"
        case .duplicateTAGDirective: "%TAG voor hetzelfde voorvoegsel staat er twee keer"
        case .unknown: "onbekende fout"
        }
    }

    /// The frame of every message about YAML that cannot be read.
    private static func tip(_ hint: YAMLHint) -> String {
        switch hint {
        case .indentWithSpaces: tabHint
        case .quoteValue(let key): quoteHint(key)
        case .escapeInnerQuotes(let key): innerQuoteHint(key)
        }
    }

    /// `U+0086`: a character the user cannot see, named so it can be found.
    static func codePoint(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
