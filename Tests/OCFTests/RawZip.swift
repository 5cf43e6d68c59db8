import Foundation

/// Builds ZIP bytes by hand, so tests can make the archives no honest tool writes: names with
/// `..`, NUL or invalid UTF-8, encryption flags, odd methods, lying sizes.
struct RawZip {
    struct Entry {
        var name: [UInt8]
        var data: [UInt8]
        var method: UInt16 = 0
        var flags: UInt16 = 0
        var extra: [UInt8] = []
        /// Overrides for the sizes written in both headers (nil: the true ones).
        var declaredSize: UInt32?
        var crc: UInt32?
        /// Sizes and CRC after the data instead of in the local header (general-purpose bit 3),
        /// as streaming writers (Java's ZipOutputStream among them) do.
        var dataDescriptor = false

        init(_ name: String, _ text: String, method: UInt16 = 0, flags: UInt16 = 0) {
            self.name = Array(name.utf8)
            self.data = Array(text.utf8)
            self.method = method
            self.flags = flags
        }

        init(rawName: [UInt8], data: [UInt8]) {
            self.name = rawName
            self.data = data
        }
    }

    var entries: [Entry]

    var bytes: [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = UInt32(out.count)
            let crc = entry.crc ?? CRC32.checksum(entry.data)
            let size = entry.declaredSize ?? UInt32(entry.data.count)
            let flags = entry.flags | (entry.dataDescriptor ? 8 : 0)
            out += le32(0x0403_4B50) + le16(20) + le16(flags) + le16(entry.method) + le16(0) + le16(0x21)
            out += entry.dataDescriptor ? [UInt8](repeating: 0, count: 12) : le32(crc) + le32(UInt32(entry.data.count)) + le32(size)
            out += le16(UInt16(entry.name.count)) + le16(UInt16(entry.extra.count)) + entry.name + entry.extra + entry.data
            if entry.dataDescriptor { out += le32(0x0807_4B50) + le32(crc) + le32(UInt32(entry.data.count)) + le32(size) }
            central += le32(0x0201_4B50) + le16(0x031E) + le16(20) + le16(flags) + le16(entry.method) + le16(0) + le16(0x21)
            central += le32(crc) + le32(UInt32(entry.data.count)) + le32(size)
            central += le16(UInt16(entry.name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0o100644 << 16)
            central += le32(offset) + entry.name
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return out
    }

    var data: Data { Data(bytes) }

    private func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
}

/// The ZIP CRC-32 (polynomial 0xEDB88320).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

/// Facts read back from ZIP bytes, to assert on what was written.
struct ZipBytes {
    let bytes: [UInt8]

    func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) } }

    /// Offsets of every central-directory record, in order.
    var centralRecords: [Int] {
        let end = (0...(bytes.count - 22)).reversed().first { u32($0) == 0x0605_4B50 }!
        var at = Int(u32(end + 16))
        var records: [Int] = []
        for _ in 0..<u16(end + 10) {
            records.append(at)
            at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32)
        }
        return records
    }

    /// Sets the uncompressed size of entry `index` in both its headers.
    mutating func setDeclaredSize(_ size: UInt32, entry index: Int) {
        var copy = bytes
        let record = centralRecords[index]
        let local = Int(u32(record + 42))
        for (at, value) in [(record + 24, size), (local + 22, size)] {
            for i in 0..<4 { copy[at + i] = UInt8((value >> (8 * UInt32(i))) & 0xFF) }
        }
        self = ZipBytes(bytes: copy)
    }
}
