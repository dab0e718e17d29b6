import CommonMark
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

@Suite("Bestandsnamen uit titels (Slug)")
struct SlugTests {
    @Test(arguments: [
        ("Bewonersavond Marktplein", "bewonersavond-marktplein"),
        ("Bewonersavond café 't Hoekje", "bewonersavond-cafe-t-hoekje"),
        ("Enquête: één, twee & drie!", "enquete-een-twee-en-drie"),
        ("Naïeve ideeën over België", "naieve-ideeen-over-belgie"),
        ("IJsselmonde", "ijsselmonde"),
        ("\u{0132}sselmonde en \u{0133}sbaan", "ijsselmonde-en-ijsbaan"),
        ("Enque\u{0302}te (NFD)", "enquete-nfd"),
        ("De auto's en fiets’ van ’s-Hertogenbosch", "de-autos-en-fiets-van-s-hertogenbosch"),
        ("  --Straße  Œuvre   Ærø--  ", "strasse-oeuvre-aero"),
        ("3e kerngroep-vergadering 2024", "3e-kerngroep-vergadering-2024"),
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Windows\\system32", "c-windows-system32"),
        ("Zoë's ﬁets", "zoes-fiets"),
    ])
    func makesSafeNames(_ title: String, _ expected: String) {
        #expect(Slug.make(title) == expected)
    }

    @Test(arguments: ["", "   ", "???", "— – …", "日本語", "🙂"])
    func titlesWithoutLettersOrDigitsGiveAnEmptySlug(_ title: String) {
        #expect(Slug.make(title) == "")
    }

    @Test func longTitlesAreCutAtAWordBoundary() {
        let title = "Verslag van de derde bijeenkomst over de herinrichting van het Marktplein en de aanliggende straten"
        let slug = Slug.make(title)
        #expect(slug == "verslag-van-de-derde-bijeenkomst-over-de-herinrichting-van")
        #expect(slug.count <= Slug.maximumLength)
        let oneWord = String(repeating: "a", count: 100)
        #expect(Slug.make(oneWord) == String(repeating: "a", count: Slug.maximumLength))
    }

    @Test(arguments: [
        "Bewonersavond café 't Hoekje", "  a  ", "x/../y", "Ça va?", "Ölmühle & Söhne", "e\u{301}\u{301}",
        "tab\there", "regel\neen", "A-B--C", "-begin", "eind-",
    ])
    func everyNonEmptySlugIsASafeID(_ title: String) {
        let slug = Slug.make(title)
        #expect(slug.isEmpty || TimelineBuilder.isSafeID(slug), "\(slug)")
    }
}
