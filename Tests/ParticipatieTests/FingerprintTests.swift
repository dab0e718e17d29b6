import CommonMark
import Testing

@testable import ParticipatieCommands
@testable import ParticipatieModel
@testable import ParticipatieReading
@testable import ParticipatieReport
@testable import ParticipatieSystem

@Suite("Vingerafdruk (SHA-256)")
struct FingerprintTests {
    @Test(
        "bekende SHA-256-testvectoren (FIPS 180-4)",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            ),
        ])
    func knownVectors(input: String, expected: String) {
        #expect(SHA256.hex(Array(input.utf8)) == expected)
    }

    @Test func millionTimesA() {
        var hash = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hash.update(chunk) }
        #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("blokgrenzen: 55, 56, 63, 64 en 65 bytes")
    func paddingEdges() {
        let expected = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            65: "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
        ]
        for (length, digest) in expected {
            #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: length)) == digest, "lengte \(length)")
        }
    }

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
