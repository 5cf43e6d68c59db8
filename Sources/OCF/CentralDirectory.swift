/// A bounds-checked reading of a ZIP file's end-of-central-directory record and central
/// directory, straight from the bytes.
///
/// libzip decompresses and checks CRCs, but its API hides facts the OCF rules need (names
/// with NUL bytes, general-purpose flags, local extra-field lengths) and it would allocate
/// for whatever entry count a hostile header claims. This reader gives those facts and the
/// true entry count before libzip sees the archive. Every offset is checked; nothing here
/// trusts the input.
struct CentralDirectory {
    struct Record {
        var rawName: [UInt8]
        var flags: UInt16
        var method: UInt16
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64
        /// The CRC-32 of the uncompressed data.
        var crc: UInt32 = 0
        var localExtraFieldLength: Int?
        /// The name the entry's local header gives, nil when that header cannot be read.
        /// Tools that stream an archive go by this name, libzip and EPUBCheck by the central
        /// directory's: when they differ, the archive means two things.
        var localName: [UInt8]? = nil
    }

    /// The number of entries the end record declares.
    var declaredCount: UInt64
    /// The records read, in order (empty when `declaredCount` exceeds the limit).
    var records: [Record]

    enum Failure: Error {
        case noEndRecord
        case inconsistent(String)
    }

    /// Reads the end record and, if the declared count is within `maxEntries`, every record.
    static func read(_ bytes: UnsafeRawBufferPointer, maxEntries: Int) throws -> CentralDirectory {
        guard let end = findEndRecord(bytes) else { throw Failure.noEndRecord }
        var count = UInt64(bytes.u16(end + 10) ?? 0)
        var size = UInt64(bytes.u32(end + 12) ?? 0)
        var offset = UInt64(bytes.u32(end + 16) ?? 0)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF, end >= 20,
           bytes.u32(end - 20) == 0x0706_4B50, let zip64At = bytes.u64(end - 20 + 8).flatMap(Int.init(exactly:)),
           bytes.u32(zip64At) == 0x0606_4B50 {
            count = bytes.u64(zip64At + 32) ?? count
            size = bytes.u64(zip64At + 40) ?? size
            offset = bytes.u64(zip64At + 48) ?? offset
        }
        guard count <= UInt64(maxEntries) else { return CentralDirectory(declaredCount: count, records: []) }
        guard offset <= UInt64(bytes.count), size <= UInt64(bytes.count) - offset else {
            throw Failure.inconsistent("the central directory lies outside the file")
        }
        var records: [Record] = []
        records.reserveCapacity(Int(count))
        var at = Int(offset)
        for _ in 0..<count {
            guard bytes.u32(at) == 0x0201_4B50,
                  let flags = bytes.u16(at + 8), let method = bytes.u16(at + 10), let crc = bytes.u32(at + 16),
                  let csize32 = bytes.u32(at + 20), let usize32 = bytes.u32(at + 24),
                  let nameLength = bytes.u16(at + 28), let extraLength = bytes.u16(at + 30),
                  let commentLength = bytes.u16(at + 32), let local32 = bytes.u32(at + 42) else {
                throw Failure.inconsistent("central directory record \(records.count + 1) is damaged")
            }
            let nameStart = at + 46
            let extraStart = nameStart + Int(nameLength)
            let next = extraStart + Int(extraLength) + Int(commentLength)
            guard next <= bytes.count else {
                throw Failure.inconsistent("central directory record \(records.count + 1) runs past the end of the file")
            }
            var record = Record(rawName: Array(bytes[nameStart..<extraStart]), flags: flags, method: method,
                                compressedSize: UInt64(csize32), uncompressedSize: UInt64(usize32),
                                localHeaderOffset: UInt64(local32), crc: crc, localExtraFieldLength: nil)
            applyZip64(bytes, extra: extraStart..<(extraStart + Int(extraLength)), to: &record)
            record.localExtraFieldLength = localExtraLength(bytes, at: record.localHeaderOffset)
            record.localName = localName(bytes, at: record.localHeaderOffset)
            records.append(record)
            at = next
        }
        return CentralDirectory(declaredCount: count, records: records)
    }

    /// The end record sits in the last 22 + 65 535 bytes (its comment is at most 64 KiB);
    /// the last signature whose comment length fits is the real one.
    private static func findEndRecord(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var at = bytes.count - 22
        while at >= lowest {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06,
               let comment = bytes.u16(at + 20), at + 22 + Int(comment) <= bytes.count {
                return at
            }
            at -= 1
        }
        return nil
    }

    /// Sizes and offsets of 0xFFFFFFFF live in the ZIP64 extra field (ID 1), in this order.
    private static func applyZip64(_ bytes: UnsafeRawBufferPointer, extra: Range<Int>, to record: inout Record) {
        var at = extra.lowerBound
        while at + 4 <= extra.upperBound, let id = bytes.u16(at), let length = bytes.u16(at + 2) {
            let dataEnd = at + 4 + Int(length)
            guard dataEnd <= extra.upperBound else { return }
            if id == 1 {
                var field = at + 4
                func take() -> UInt64? {
                    guard field + 8 <= dataEnd, let v = bytes.u64(field) else { return nil }
                    field += 8
                    return v
                }
                if record.uncompressedSize == 0xFFFF_FFFF, let v = take() { record.uncompressedSize = v }
                if record.compressedSize == 0xFFFF_FFFF, let v = take() { record.compressedSize = v }
                if record.localHeaderOffset == 0xFFFF_FFFF, let v = take() { record.localHeaderOffset = v }
                return
            }
            at = dataEnd
        }
    }

    private static func localName(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) -> [UInt8]? {
        guard let at = Int(exactly: offset), bytes.u32(at) == 0x0403_4B50, let length = bytes.u16(at + 26),
              at + 30 + Int(length) <= bytes.count else { return nil }
        return Array(bytes[(at + 30)..<(at + 30 + Int(length))])
    }

    private static func localExtraLength(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) -> Int? {
        guard let at = Int(exactly: offset), bytes.u32(at) == 0x0403_4B50, let length = bytes.u16(at + 28) else {
            return nil
        }
        return Int(length)
    }
}

extension UnsafeRawBufferPointer {
    /// Little-endian reads that return nil instead of reading past the end.
    func u16(_ at: Int) -> UInt16? {
        guard at >= 0, at <= count - 2 else { return nil }
        return UInt16(self[at]) | UInt16(self[at + 1]) << 8
    }

    func u32(_ at: Int) -> UInt32? {
        guard at >= 0, at <= count - 4 else { return nil }
        return UInt32(self[at]) | UInt32(self[at + 1]) << 8 | UInt32(self[at + 2]) << 16 | UInt32(self[at + 3]) << 24
    }

    func u64(_ at: Int) -> UInt64? {
        guard let lo = u32(at), let hi = u32(at + 4) else { return nil }
        return UInt64(lo) | UInt64(hi) << 32
    }
}
