import Foundation

/// Builds ZIP bytes by hand, so tests can make the archives no honest tool writes: names with
/// `..`, NUL or invalid UTF-8, encryption flags, odd methods, lying sizes — and the ZIP64
/// archives that big books need (APPNOTE 6.3.10 §4.3.14, §4.5.3).
///
/// Entries are written as given (no compression): `method` only labels them.
public struct RawZip: Sendable {
    public struct Entry: Sendable {
        public var name: [UInt8]
        public var data: [UInt8]
        public var method: UInt16 = 0
        public var flags: UInt16 = 0
        /// The local header's extra field.
        public var extra: [UInt8] = []
        /// Overrides for the sizes written in both headers (nil: the true ones).
        public var declaredSize: UInt32?
        /// In a ZIP64 archive, the uncompressed size its ZIP64 extra fields declare (nil: `declaredSize` or the true one).
        public var declaredSize64: UInt64?
        public var crc: UInt32?
        /// Sizes and CRC after the data instead of in the local header (general-purpose bit 3),
        /// as streaming writers (Java's ZipOutputStream among them) do.
        public var dataDescriptor = false
        /// In a ZIP64 archive, keep this entry's headers classic (no ZIP64 extra field): what
        /// OCF asks of `mimetype`, whose local header must have no extra field at all.
        public var classic = false

        public init(_ name: String, _ text: String, method: UInt16 = 0, flags: UInt16 = 0) {
            self.name = Array(name.utf8)
            self.data = Array(text.utf8)
            self.method = method
            self.flags = flags
        }

        public init(rawName: [UInt8], data: [UInt8]) {
            self.name = rawName
            self.data = data
        }
    }

    public var entries: [Entry]
    /// Write the archive in ZIP64 form: every entry but the `classic` ones with its sizes and
    /// offset in a ZIP64 extra field (0xFFFFFFFF in the classic fields), and a ZIP64 end of
    /// central directory record with its locator before a classic end record of 0xFFFF… values.
    public var zip64 = false

    public init(entries: [Entry], zip64: Bool = false) {
        self.entries = entries
        self.zip64 = zip64
    }

    public var bytes: [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = UInt64(out.count)
            let crc = entry.crc ?? CRC32.checksum(entry.data)
            let size = entry.declaredSize ?? UInt32(entry.data.count)
            let flags = entry.flags | (entry.dataDescriptor ? 8 : 0)
            let wide = zip64 && !entry.classic
            let version: UInt16 = wide ? 45 : 20
            let size64 = entry.declaredSize64 ?? UInt64(size)
            let localExtra = wide ? Self.zip64Extra([size64, UInt64(entry.data.count)]) + entry.extra : entry.extra
            out += le32(0x0403_4B50) + le16(version) + le16(flags) + le16(entry.method) + le16(0) + le16(0x21)
            if entry.dataDescriptor {
                out += [UInt8](repeating: 0, count: 12)
            } else {
                out += le32(crc) + (wide ? le32(0xFFFF_FFFF) + le32(0xFFFF_FFFF) : le32(UInt32(entry.data.count)) + le32(size))
            }
            out += le16(UInt16(entry.name.count)) + le16(UInt16(localExtra.count)) + entry.name + localExtra + entry.data
            if entry.dataDescriptor {
                out += le32(0x0807_4B50) + le32(crc)
                out += wide ? le64(UInt64(entry.data.count)) + le64(size64) : le32(UInt32(entry.data.count)) + le32(size)
            }
            let centralExtra = wide ? Self.zip64Extra([size64, UInt64(entry.data.count), offset]) : []
            central += le32(0x0201_4B50) + le16(wide ? 0x032D : 0x031E) + le16(version) + le16(flags) + le16(entry.method) + le16(0) + le16(0x21)
            central += le32(crc) + (wide ? le32(0xFFFF_FFFF) + le32(0xFFFF_FFFF) : le32(UInt32(entry.data.count)) + le32(size))
            central += le16(UInt16(entry.name.count)) + le16(UInt16(centralExtra.count)) + le16(0) + le16(0) + le16(0)
            central += le32(0o100644 << 16) + (wide ? le32(0xFFFF_FFFF) : le32(UInt32(offset))) + entry.name + centralExtra
        }
        let centralOffset = UInt64(out.count)
        out += central
        if zip64 {
            let recordOffset = UInt64(out.count)
            let count = UInt64(entries.count)
            out += le32(0x0606_4B50) + le64(44) + le16(0x032D) + le16(45) + le32(0) + le32(0)
            out += le64(count) + le64(count) + le64(UInt64(central.count)) + le64(centralOffset)
            out += le32(0x0706_4B50) + le32(0) + le64(recordOffset) + le32(1)
            out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(0xFFFF) + le16(0xFFFF)
            out += le32(0xFFFF_FFFF) + le32(0xFFFF_FFFF) + le16(0)
        } else {
            out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            out += le32(UInt32(central.count)) + le32(UInt32(centralOffset)) + le16(0)
        }
        return out
    }

    public var data: Data { Data(bytes) }

    /// The ZIP64 extended information extra field (header ID 1): the values whose classic
    /// fields read 0xFFFFFFFF, in APPNOTE's order (uncompressed, compressed, offset).
    static func zip64Extra(_ values: [UInt64]) -> [UInt8] {
        var field: [UInt8] = [0x01, 0x00] + [UInt8(values.count * 8), 0]
        for v in values { field += (0..<8).map { UInt8((v >> (8 * UInt64($0))) & 0xFF) } }
        return field
    }

    private func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
    private func le64(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8((v >> (8 * UInt64($0))) & 0xFF) } }
}

/// The ZIP CRC-32 (polynomial 0xEDB88320).
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

/// Facts read back from ZIP bytes, to assert on what was written.
public struct ZipBytes {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    public func u32(_ at: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) } }

    /// Offsets of every central-directory record, in order.
    public var centralRecords: [Int] {
        let end = (0...(bytes.count - 22)).reversed().first { u32($0) == 0x0605_4B50 }!
        var at = Int(u32(end + 16))
        var records: [Int] = []
        for _ in 0..<u16(end + 10) {
            records.append(at)
            at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32)
        }
        return records
    }

    /// Where entry `index`'s stored (compressed) data starts: after its local header.
    public func dataStart(entry index: Int) -> Int {
        let local = Int(u32(centralRecords[index] + 42))
        return local + 30 + u16(local + 26) + u16(local + 28)
    }

    /// The bytes with the first `count` bytes of entry `index`'s data flipped: a damaged stream.
    public func corruptingData(entry index: Int, count: Int = 20) -> [UInt8] {
        var copy = bytes
        let start = dataStart(entry: index)
        for i in start..<(start + count) { copy[i] ^= 0x5A }
        return copy
    }

    /// Sets the uncompressed size of entry `index` in both its headers.
    public mutating func setDeclaredSize(_ size: UInt32, entry index: Int) {
        var copy = bytes
        let record = centralRecords[index]
        let local = Int(u32(record + 42))
        for (at, value) in [(record + 24, size), (local + 22, size)] {
            for i in 0..<4 { copy[at + i] = UInt8((value >> (8 * UInt32(i))) & 0xFF) }
        }
        self = ZipBytes(bytes: copy)
    }
}
