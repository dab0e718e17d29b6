import Testing

@testable import ParticipatieReport

/// Known answers for the SHA-256 wrapper, and the ways of feeding it bytes.
@Suite("SHA-256 via libcrypto")
struct SHA256Tests {
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
        var text = SHA256()
        text.update(input)
        #expect(text.hexDigest() == expected)
    }

    @Test func millionTimesA() {
        var hash = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hash.update(chunk) }
        #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(
            SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
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

    @Test("de digest als 32 bytes")
    func rawDigest() {
        var hash = SHA256()
        hash.update("abc")
        let digest = hash.finalize()
        #expect(digest.count == 32)
        #expect(digest.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
        #expect(digest.suffix(4) == [0xf2, 0x00, 0x15, 0xad])
    }

    /// The fingerprint of a fixed input, as the hand-written SHA-256 computed it: the format is unchanged.
    /// The expected values were computed independently, with Python's hashlib, from the format in
    /// docs/eindverslag.md (header, libcmark line, then per file path, NUL, length, NUL, bytes).
    @Test("vingerafdruk van een vaste invoer: zoals het formaat in docs/eindverslag.md zegt")
    func fingerprintUnchanged() {
        let inputs = [
            Fingerprint.Input(folder: .process, path: "proces.md", bytes: Array("titel: x\n".utf8)),
            Fingerprint.Input(folder: .templates, path: "eindverslag.html.mustache", bytes: Array("{{title}}".utf8)),
            Fingerprint.Input(folder: .process, path: "gebeurtenissen/2024-01-01-start.md", bytes: Array(0...255)),
        ]
        #expect(Fingerprint(inputs: inputs, renderer: "0.30.2").value == "26b180832c4b5d4711504957616d4ef830d2c798097617ce08fd444f84b8a2ff")
        #expect(Fingerprint(inputs: [], renderer: "0.30.2").value == "0715e04203ad980962b440432114c889a782daff5ef76d9d9cf2d65b23baa172")
        #expect(Fingerprint(inputs: [], renderer: "0.31.0") != Fingerprint(inputs: [], renderer: "0.30.2"))
    }

    @Test("SHA-256 in stukken van elke grootte, en uit een niet-aaneengesloten reeks, is gelijk aan in één keer")
    func sha256InPieces() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(bytes)
        for size in 1...bytes.count + 1 {
            var hash = SHA256()
            for start in stride(from: 0, to: bytes.count, by: size) { hash.update(bytes[start..<min(start + size, bytes.count)]) }
            #expect(hash.hexDigest() == whole, "stukken van \(size)")
        }
        var lazy = SHA256()
        lazy.update(bytes.lazy.map { $0 })
        #expect(lazy.hexDigest() == whole)
        var text = SHA256()
        text.update("participatie-vingerafdruk 1\n")
        #expect(text.hexDigest() == SHA256.hex(Array("participatie-vingerafdruk 1\n".utf8)))
    }

    @Test("niet-aaneengesloten invoer langer dan de buffer, lege stukken, en andere aaneengesloten vormen")
    func otherCollections() {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) }
        let whole = SHA256.hex(bytes)
        #expect(SHA256.hex(bytes.lazy.map { $0 }) == whole)  // through the 4 KiB buffer, more than twice
        #expect(SHA256.hex(Set([UInt8(1)])) == SHA256.hex([1]))  // a collection that is not contiguous
        #expect(SHA256.hex(bytes[...]) == whole)
        #expect(bytes.withUnsafeBufferPointer { SHA256.hex($0) } == whole)
        var withEmpty = SHA256()
        withEmpty.update([UInt8]())
        withEmpty.update(bytes.prefix(0))
        withEmpty.update("")
        withEmpty.update(bytes)
        withEmpty.update(EmptyCollection<UInt8>())
        #expect(withEmpty.hexDigest() == whole)
        let text = "één café, 👩‍👩‍👧 en ≠"
        var native = SHA256()
        native.update(text)
        #expect(native.hexDigest() == SHA256.hex(Array(text.utf8)))
        var substring = SHA256()
        substring.update(text.dropFirst(2).utf8)
        #expect(substring.hexDigest() == SHA256.hex(Array(text.dropFirst(2).utf8)))
    }

    @Test("na een digest neemt de hash nog bytes aan; een digest verandert niets")
    func digestKeepsTheHashOpen() {
        var hash = SHA256()
        hash.update("ab")
        let first = hash.hexDigest()
        #expect(first == SHA256.hex(Array("ab".utf8)))
        #expect(hash.hexDigest() == first)
        hash.update("c")
        #expect(hash.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("een kopie van een hash gaat los van het origineel verder, ook in een andere taak")
    func copiesAreIndependent() async {
        var hash = SHA256()
        hash.update("a")
        let copy = hash
        hash.update("x")
        let digest = await Task.detached {
            var copy = copy
            copy.update("bc")
            return copy.hexDigest()
        }.value
        #expect(digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hash.hexDigest() == SHA256.hex(Array("ax".utf8)))
    }
}
