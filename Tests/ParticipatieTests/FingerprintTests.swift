import CommonMark
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

/// The fingerprint over the inputs; SHA-256 itself is pinned in `SHA256Tests`.
@Suite("Vingerafdruk (SHA-256)")
struct FingerprintTests {
    @Test func orderOfInputsDoesNotMatterButEveryByteAndNameDoes() {
        let a = Fingerprint.Input(folder: .process, path: "proces.md", bytes: Array("titel: x\n".utf8))
        let b = Fingerprint.Input(folder: .templates, path: "eindverslag.html.mustache", bytes: Array("{{title}}".utf8))
        let base = Fingerprint(inputs: [a, b])
        #expect(Fingerprint(inputs: [b, a]) == base)
        #expect(base.value.count == 64)
        #expect(base.short == String(base.value.prefix(12)))
        let changedByte = Fingerprint.Input(folder: .process, path: "proces.md", bytes: Array("titel: y\n".utf8))
        #expect(Fingerprint(inputs: [changedByte, b]) != base)
        let renamed = Fingerprint.Input(folder: .process, path: "proces2.md", bytes: a.bytes)
        #expect(Fingerprint(inputs: [renamed, b]) != base)
        let otherFolder = Fingerprint.Input(folder: .templates, path: "proces.md", bytes: a.bytes)
        #expect(Fingerprint(inputs: [otherFolder, b]) != base)
        // Moving a byte from one file to the next must change the value too.
        let shifted = [Fingerprint.Input(folder: .process, path: "a", bytes: [1, 2]), Fingerprint.Input(folder: .process, path: "b", bytes: [3])]
        let unshifted = [Fingerprint.Input(folder: .process, path: "a", bytes: [1]), Fingerprint.Input(folder: .process, path: "b", bytes: [2, 3])]
        #expect(Fingerprint(inputs: shifted) != Fingerprint(inputs: unshifted))
    }
}
