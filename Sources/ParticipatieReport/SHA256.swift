internal import Clibcrypto

/// SHA-256 (FIPS 180-4) computed by OpenSSL's libcrypto, for the report's fingerprint.
///
/// Not meant for secrets: it tells which input files produced a report.
///
/// Through libcrypto's SHA-256 functions (`SHA256_Init`, `SHA256_Update`, `SHA256_Final`) rather than
/// its EVP interface. Since OpenSSL 3.0 the first EVP digest of a run loads and searches the provider
/// tables: 5.3 million instructions, a tenth of a build of 30 events, to hash a few hundred kilobytes
/// (docs/prestaties.md). The SHA-256 functions hash the same way (with the processor's SHA instructions
/// where it has them) and keep their state in a plain C struct. OpenSSL 3 marks them deprecated but
/// ships them; `shim.h` silences the warning, and the known-answer tests would show any difference.
///
/// A value type: the state is that struct, so a copy goes on independently of the original, and a value
/// may be handed to another thread.
struct SHA256: Sendable {
    /// libcrypto's running state.
    private var context = SHA256_CTX()

    /// Length of a digest in bytes.
    private static let byteCount = 32

    /// Bytes from a non-contiguous collection are gathered in a stack buffer of this size first.
    private static let chunkSize = 4096

    /// Starts an empty message.
    init() {
        guard SHA256_Init(&context) == 1 else { fatalError("SHA-256: SHA256_Init failed") }
    }

    /// Adds `bytes` to the message. Arrays, slices, buffers and native strings' UTF-8 views are hashed in
    /// place; other collections are copied through a small buffer.
    mutating func update(_ bytes: some Collection<UInt8>) {
        let hashedInPlace: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(with: UnsafeRawBufferPointer(buffer))
        }
        if hashedInPlace != nil { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.chunkSize) { chunk in
            var count = 0
            for byte in bytes {
                chunk[count] = byte
                count += 1
                if count == chunk.count {
                    update(with: UnsafeRawBufferPointer(chunk))
                    count = 0
                }
            }
            update(with: UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: chunk[..<count])))
        }
    }

    /// Adds the UTF-8 bytes of `text`.
    mutating func update(_ text: String) {
        // In place for a native string; a bridged or lazily decoded one is made contiguous first.
        var text = text
        text.withUTF8 { update(with: UnsafeRawBufferPointer($0)) }
    }

    /// The digest of everything added so far, as 32 bytes. The hash can take more bytes afterwards.
    func finalize() -> [UInt8] {
        // Finish a copy of the state, so that this one stays open.
        var copy = context
        return [UInt8](unsafeUninitializedCapacity: Self.byteCount) { digest, initializedCount in
            guard SHA256_Final(digest.baseAddress, &copy) == 1 else { fatalError("SHA-256: SHA256_Final failed") }
            initializedCount = Self.byteCount
        }
    }

    /// The digest of everything added so far, as 64 lowercase hexadecimal digits.
    func hexDigest() -> String {
        let digest = finalize()
        return String(unsafeUninitializedCapacity: 2 * Self.byteCount) { text in
            let digits: StaticString = "0123456789abcdef"
            digits.withUTF8Buffer { digits in
                for (index, byte) in digest.enumerated() {
                    text[2 * index] = digits[Int(byte >> 4)]
                    text[2 * index + 1] = digits[Int(byte & 0x0f)]
                }
            }
            return 2 * Self.byteCount
        }
    }

    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    static func hex(_ bytes: some Collection<UInt8>) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.hexDigest()
    }

    /// Feeds `buffer` to the state; the pointer is used only during the call.
    private mutating func update(with buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        guard SHA256_Update(&context, base, buffer.count) == 1 else { fatalError("SHA-256: SHA256_Update failed") }
    }
}
