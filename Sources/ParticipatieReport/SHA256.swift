internal import Clibcrypto

/// SHA-256 (FIPS 180-4) computed by OpenSSL's libcrypto, for the report's fingerprint.
///
/// Not meant for secrets: it tells which input files produced a report.
///
/// A value owns one OpenSSL digest context (`EVP_MD_CTX`) and frees it exactly once, when the value
/// ends. The type is non-copyable so that the compiler proves this: a copyable wrapper would have to
/// share the context between copies and duplicate it on the first write (copy-on-write), which adds a
/// class, a uniqueness check on every `update` and a code path that only copies ever take. Nothing in
/// the report copies a hash in progress; `finalize()` works on a duplicate of the context, so a hash
/// can still take more bytes after a digest has been read, as before.
///
/// Deliberately not `Sendable` (see the unavailable conformance below): OpenSSL objects such as the
/// context are not safe for simultaneous use from two threads (openssl-threads(7)), and a `Sendable`
/// value could be borrowed by two tasks at once. No `@unchecked` is needed: a value can still be handed
/// to another task or actor whole, as a `sending` value, because nothing else refers to its context.
/// A failing OpenSSL call (in practice only when memory runs out or the OpenSSL installation is broken)
/// stops the program, as running out of memory in Swift code does.
struct SHA256: ~Copyable {
    /// The context; created in `init`, freed in `deinit`, never handed out.
    private let context: OpaquePointer

    /// Length of a digest in bytes.
    private static let byteCount = 32

    /// Bytes from a non-contiguous collection are gathered in a stack buffer of this size first.
    private static let chunkSize = 4096

    /// Starts an empty message.
    init() {
        guard let context = EVP_MD_CTX_new() else { fatalError("SHA-256: EVP_MD_CTX_new failed (out of memory)") }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            EVP_MD_CTX_free(context)
            fatalError("SHA-256: EVP_DigestInit_ex failed")
        }
        self.context = context
    }

    /// Frees the context; runs once, when the value's lifetime ends.
    deinit {
        EVP_MD_CTX_free(context)
    }

    /// Adds `bytes` to the message. Arrays, slices, buffers and native strings' UTF-8 views are hashed in
    /// place; other collections are copied through a small buffer. (`mutating` although the context
    /// pointer stays the same: the state behind it changes, and exclusive access keeps updates apart.)
    mutating func update(_ bytes: some Collection<UInt8>) {
        let context = self.context
        let hashedInPlace: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            Self.update(context, with: UnsafeRawBufferPointer(buffer))
        }
        if hashedInPlace != nil { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.chunkSize) { chunk in
            var count = 0
            for byte in bytes {
                chunk[count] = byte
                count += 1
                if count == chunk.count {
                    Self.update(context, with: UnsafeRawBufferPointer(chunk))
                    count = 0
                }
            }
            Self.update(context, with: UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: chunk[..<count])))
        }
    }

    /// Adds the UTF-8 bytes of `text`.
    mutating func update(_ text: String) {
        let context = self.context
        var text = text
        // In place for a native string; a bridged or lazily decoded one is made contiguous first.
        text.withUTF8 { Self.update(context, with: UnsafeRawBufferPointer($0)) }
    }

    /// The digest of everything added so far, as 32 bytes. The hash can take more bytes afterwards.
    func finalize() -> [UInt8] {
        // Finish a duplicate of the context, so that this one stays open.
        guard let copy = EVP_MD_CTX_new() else { fatalError("SHA-256: EVP_MD_CTX_new failed (out of memory)") }
        defer { EVP_MD_CTX_free(copy) }
        guard EVP_MD_CTX_copy_ex(copy, context) == 1 else { fatalError("SHA-256: EVP_MD_CTX_copy_ex failed") }
        return [UInt8](unsafeUninitializedCapacity: Self.byteCount) { digest, initializedCount in
            var length: UInt32 = 0
            guard EVP_DigestFinal_ex(copy, digest.baseAddress, &length) == 1, length == Self.byteCount else {
                fatalError("SHA-256: EVP_DigestFinal_ex failed")
            }
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

    /// Feeds `buffer` to `context`; the pointers are used only during the call.
    private static func update(_ context: OpaquePointer, with buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        guard EVP_DigestUpdate(context, base, buffer.count) == 1 else { fatalError("SHA-256: EVP_DigestUpdate failed") }
    }
}

/// Not `Sendable`: the context must not be used from two threads at once (see `SHA256`).
@available(*, unavailable)
extension SHA256: Sendable {}
