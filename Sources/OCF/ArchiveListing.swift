/// The raw facts of a ZIP archive that the OCF rules judge: every central-directory entry as
/// found (duplicates, directories and skipped entries included) and the bytes of the first
/// local file header.
///
/// `Archive.read` reports only what stops it reading; rules about names, order and the
/// `mimetype` file (PKG-005/006/007/009…, OPF-060) are checks run on this listing.
public struct ArchiveListing: Sendable, Hashable {
    /// One central-directory entry.
    public struct Item: Sendable, Hashable {
        /// The name decoded as UTF-8 (invalid bytes become U+FFFD; NUL bytes are kept).
        public var name: String
        /// The name's bytes exactly as stored.
        public var rawName: [UInt8]
        /// Whether `rawName` is valid UTF-8 (PKG-027 when not).
        public var nameIsValidUTF8: Bool
        /// Position in the central directory, 0-based.
        public var index: Int
        /// ZIP compression method: 0 stored, 8 deflate; OCF allows no other.
        public var compressionMethod: UInt16
        public var compressedSize: UInt64
        /// The size the central directory declares (the reader never trusts it for memory).
        public var uncompressedSize: UInt64
        /// The name ends in `/`.
        public var isDirectory: Bool
        /// General-purpose flag bit 0: ZIP-level encryption, which OCF forbids.
        public var isEncrypted: Bool
        /// General-purpose flag bits as stored in the central directory.
        public var flags: UInt16
        /// Length of the extra field in the entry's local header; nil when that header
        /// could not be located.
        public var localExtraFieldLength: Int?
        /// Whether the entry's data was read into the publication (false when it was skipped
        /// for a reason already reported: unsafe name, limit, encryption, corruption, duplicate).
        public var wasRead: Bool

        public init(name: String, rawName: [UInt8], nameIsValidUTF8: Bool, index: Int, compressionMethod: UInt16,
                    compressedSize: UInt64, uncompressedSize: UInt64, isDirectory: Bool, isEncrypted: Bool,
                    flags: UInt16 = 0, localExtraFieldLength: Int?, wasRead: Bool = false) {
            self.name = name
            self.rawName = rawName
            self.nameIsValidUTF8 = nameIsValidUTF8
            self.index = index
            self.compressionMethod = compressionMethod
            self.compressedSize = compressedSize
            self.uncompressedSize = uncompressedSize
            self.isDirectory = isDirectory
            self.isEncrypted = isEncrypted
            self.flags = flags
            self.localExtraFieldLength = localExtraFieldLength
            self.wasRead = wasRead
        }
    }

    /// Every entry in central-directory order.
    public var items: [Item]
    /// The first up-to-58 bytes of the file: the first local file header as EPUBCheck reads it
    /// (name length at 26, extra length at 28, name at 30, `mimetype` content at 38).
    public var headerBytes: [UInt8]

    public init(items: [Item] = [], headerBytes: [UInt8] = []) {
        self.items = items
        self.headerBytes = headerBytes
    }
}

extension ArchiveListing {
    /// The name in the first local file header (offset 30, length at offset 26), if the header
    /// is there: the entry a reading system meets first, whatever the central directory says.
    public var firstEntryName: String? {
        guard headerBytes.count >= 30, headerBytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return nil }
        let length = Int(headerBytes[26]) | Int(headerBytes[27]) << 8
        let end = min(headerBytes.count, 30 + length)
        return String(decoding: headerBytes[30..<end], as: UTF8.self)
    }

    /// Extra-field length of the first local file header (offset 28); PKG-005 when non-zero
    /// for `mimetype`.
    public var firstEntryExtraFieldLength: Int? {
        guard headerBytes.count >= 30 else { return nil }
        return Int(headerBytes[28]) | Int(headerBytes[29]) << 8
    }

    /// Compression method of the first local file header (offset 8).
    public var firstEntryCompressionMethod: UInt16? {
        guard headerBytes.count >= 10 else { return nil }
        return UInt16(headerBytes[8]) | UInt16(headerBytes[9]) << 8
    }

    /// EPUBCheck's header test, byte for byte: the first local header names `mimetype`
    /// (name length 8, no extra field) and its data at offset 38 is `application/epub+zip`,
    /// which also proves it is stored uncompressed.
    public var mimetypeHeaderOK: Bool {
        let expected = Array("mimetypeapplication/epub+zip".utf8)
        guard headerBytes.count >= 58, firstEntryName == "mimetype", firstEntryExtraFieldLength == 0 else { return false }
        return Array(headerBytes[30..<58]) == expected
    }

    /// Names that occur more than once, byte for byte, in central-directory order of their
    /// second occurrence (OPF-060 covers these and case/normalisation clashes).
    public var duplicateNames: [String] {
        var seen = Set<[UInt8]>()
        var duplicates: [String] = []
        for item in items where !seen.insert(item.rawName).inserted {
            if !duplicates.contains(item.name) { duplicates.append(item.name) }
        }
        return duplicates
    }
}
