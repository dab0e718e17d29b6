import Foundation
import Testing

@testable import ParticipatieModel
@testable import ParticipatieReading

/// Each pattern of the privacy check, with what it must find and the near misses it must leave alone.
@Suite("Privacycontrole: patronen")
struct PrivacyScanTests {
    /// The kind and text of every finding in `text`.
    private func found(_ text: String) -> [String] {
        PrivacyScan.findings(in: text).map { "\($0.kind.rawValue): \($0.text)" }
    }

    @Test(arguments: [
        ("Mail naar j.jansen@example.nl voor vragen.", "email: j.jansen@example.nl"),
        ("Contact: Piet_de-Vries+wijk@mail.gemeente-x.nl.", "email: Piet_de-Vries+wijk@mail.gemeente-x.nl"),
        ("(anna.bakker@outlook.com)", "email: anna.bakker@outlook.com"),
        ("Bel 06-12345678 of mail.", "phone: 06-12345678"),
        ("Bel 0612345678.", "phone: 0612345678"),
        ("Bel 06 1234 5678.", "phone: 06 1234 5678"),
        ("Bel 06-12 34 56 78.", "phone: 06-12 34 56 78"),
        ("Tel. 053-4818181", "phone: 053-4818181"),
        ("Tel. 053 481 81 81", "phone: 053 481 81 81"),
        ("Tel. (053) 481 81 81", "phone: (053) 481 81 81"),
        ("Tel. 0546-123456", "phone: 0546-123456"),
        ("Bel +31 6 12345678.", "phone: +31 6 12345678"),
        ("Bel +31 (0)53 481 81 81.", "phone: +31 (0)53 481 81 81"),
        ("Bel +31612345678.", "phone: +31612345678"),
        ("Bel 0031 53 4818181.", "phone: 0031 53 4818181"),
        ("BSN 123456782.", "bsn: 123456782"),
        ("BSN 1234.56.782", "bsn: 1234.56.782"),
        ("BSN 1234 56 782", "bsn: 1234 56 782"),
        ("Burgerservicenummer: 123456782.", "bsn: 123456782"),
        ("Rekening NL91ABNA0417164300 graag.", "iban: NL91ABNA0417164300"),
        ("Rekening NL91 ABNA 0417 1643 00.", "iban: NL91 ABNA 0417 1643 00"),
        ("Rekening BE68 5390 0754 7034.", "iban: BE68 5390 0754 7034"),
        ("Rekening DE89370400440532013000.", "iban: DE89370400440532013000"),
        ("Woont op Dorpsstraat 12, 7511 AB Enschede.", "address: Dorpsstraat 12, 7511 AB"),
        ("Hengelosestraat 89a\n7514 AE Enschede", "address: Hengelosestraat 89a\n7514 AE"),
        ("Postcode en huisnummer: 7511 AB 12.", "address: 7511 AB 12"),
        ("Postcode en huisnummer: 7511AB-12", "address: 7511AB-12"),
        ("Gesproken met de heer Jansen.", "person: de heer Jansen"),
        ("De heer De Vos-Koelink vanuit de directie.", "person: De heer De Vos-Koelink"),
        ("Aanwezig: mevrouw De Vries en anderen.", "person: mevrouw De Vries"),
        ("Aanwezig: mevrouw A.B. van der Berg.", "person: mevrouw A.B. van der Berg"),
        ("Aanwezig: mevrouw Anna de Vries.", "person: mevrouw Anna de Vries"),
        ("Namens dhr. Bakker.", "person: dhr. Bakker"),
        ("Namens dhr Bakker.", "person: dhr Bakker"),
        ("Namens mw. Özdemir.", "person: mw. Özdemir"),
        ("Namens Mevr. Th. Jansen.", "person: Mevr. Th. Jansen"),
        ("Gesproken met de heer Bos.", "person: de heer Bos"),
        ("Dank aan dr. ir. J. Smit.", "person: dr. ir. J. Smit"),
        ("Dank aan prof. Van Dijk.", "person: prof. Van Dijk"),
        ("Dank aan meneer El Amrani.", "person: meneer El Amrani"),
        ("Met mevrouw in ’t Veld.", "person: mevrouw in ’t Veld"),
    ])
    func findsEachPattern(text: String, expected: String) {
        #expect(found(text) == [expected])
    }

    @Test(arguments: [
        // E-mail: no local part, no dot in the domain, a one-letter or numeric top-level domain, a role address.
        "Volg @gemeente op sociale media.",
        "Schrijf naar info@enschede.nl of participatie@enschede.nl.",
        "Het adres naam@localhost werkt niet.",
        "Een fout: foo@bar.c en x@1.2.",
        "Met een @ los in de zin.",
        // Phone: dates, times, ranges, amounts, service numbers, too few or too many digits, other countries.
        "Op 06-07-2022 19:30 begon de avond.",
        "Van 04-07-2022 tot 14-12-2022.",
        "Op 2022-06-07 besloot het college.",
        "Kinderen van 0-18 jaar en 0,5 fte.",
        "Bel gratis 0800-1234567 of 0900-1234.",
        "Bel 14 053 voor de gemeente.",
        "Het nummer 06-1234567 is te kort.",
        "Het nummer 06-123456789 is te lang.",
        "Bel +49 30 1234567.",
        "Kenmerk Z/22/123456 en 0612345678901.",
        // BSN: nine digits that fail the 11-proef, ten digits, an amount, part of a longer number.
        "Nummer 123456789 faalt de 11-proef.",
        "Nummer 1234567890 heeft tien cijfers.",
        "Een bedrag van € 123456782 en €123456782.",
        "Het budget is 123.456.782 euro.",
        "Code A123456782 en 123456782B.",
        "Zie kenmerk 123456782 en zaaknummer: 123456782.",
        "Overgenomen (123456782 (dossiernummer)).",
        // IBAN: wrong checksum, wrong length, unknown country, lower-case words.
        "Rekening NL92ABNA0417164300 is fout.",
        "Rekening NL91ABNA041716430 is te kort.",
        "Code XX91ABNA0417164300 bestaat niet.",
        "Zie NL2030 en DE2022 in de tekst.",
        // Addresses: postcode or house number alone, a postbus, letters SA/SD/SS, a year.
        "De wijk 7511 AB Enschede is groot.",
        "In de Dorpsstraat 12 is een buurthuis.",
        "Postbus 20, 7500 AA Enschede.",
        "Antwoordnummer 123, 7500 VB Enschede.",
        "Code 1234 SS 12 is geen postcode.",
        "Sinds 2022 AB-testen we; in 2023 12 keer.",
        // People: offices, lower-case words, religious usage, streets and institutions named after someone.
        "Mevrouw de voorzitter opende de vergadering.",
        "Mevrouw de Voorzitter opende de vergadering.",
        "Geachte heer, geachte mevrouw,",
        "De heer des huizes en een meneer uit de wijk.",
        "Zoals de Heer Jezus zei.",
        "De heer en mevrouw werden bedankt.",
        "Bij de Dr. Zamenhofstraat en de Prof. Dr. Dorgelolaan.",
        "Op de Mr. Visserplein en in het Dr. Schaepmanhuis.",
        "In wijkcentrum Ds. Van Dijkhof.",
        "In 20 MW windpark en 5 mw. vermogen.",
        "Wethouder Jansen en burgemeester Van Veen spraken.",
        "De directeur ir. de stad in.",
    ])
    func leavesNearMissesAlone(text: String) {
        #expect(found(text) == [])
    }

    @Test func positionsCountUnicodeScalarsFromTheStartOfTheFile() {
        let text = "---\ntitel: Café\n---\nÉén zin met de heer Jansen.\n"
        let findings = PrivacyScan.findings(in: text, commentLinesEnd: 3)
        #expect(findings.map { "\($0.line):\($0.column)" } == ["4:13"])
        #expect(findings.first?.salutation == "de heer")
    }

    @Test func yamlCommentLinesAreNotScanned() {
        let text = "---\n# de heer Jansen belde 06-12345678\ntitel: Avond\n---\n# Kop met de heer Bakker\n"
        let findings = PrivacyScan.findings(in: text, commentLinesEnd: 4)
        // The comment in the front matter is skipped; a Markdown heading in the body is text.
        #expect(findings.map(\.text) == ["de heer Bakker"])
        #expect(findings.first?.line == 5)
    }

    @Test func severalFindingsOnOneLineInOrder() {
        let found = found("Mail a.b@c.nl, bel 06-12345678, rekening NL91ABNA0417164300, dhr. Kok.")
        #expect(found == ["email: a.b@c.nl", "phone: 06-12345678", "iban: NL91ABNA0417164300", "person: dhr. Kok"])
    }

    @Test func ibanChecksum() {
        #expect(PrivacyScan.hasValidChecksum(iban: Array("NL91ABNA0417164300".utf8)))
        #expect(!PrivacyScan.hasValidChecksum(iban: Array("NL91ABNA0417164301".utf8)))
        #expect(PrivacyScan.hasValidChecksum(iban: Array("GB82WEST12345698765432".utf8)))
    }
}
