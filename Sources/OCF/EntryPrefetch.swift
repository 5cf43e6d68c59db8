import CZip
import Foundation
import Parallel

/// The entries of an archive in memory, inflated on all cores before the reader's one pass
/// over them, for the ordinary case: an entry whose every fact agrees.
///
/// libzip reads one entry after another through one handle, which cannot be shared between
/// threads; on a book of 10,000 chapters that serial inflate was a fifth of the check. Here
/// each core inflates a run of entries straight from the archive's bytes with libdeflate,
/// using the central directory's facts, and keeps only what is certainly what libzip would
/// give: the declared number of bytes exactly, with the declared CRC-32. Anything else (a
/// damaged stream, a size or CRC that disagrees, an unusual flag) is left out, and the reader
/// reads that entry through libzip as before, with libzip's verdict and words.
///
/// Only entries that pass the reader's size checks on their declared facts are inflated, and
/// no more in total than the reader would read: a hostile header costs no more here than there.
enum EntryPrefetch {
    /// Inflated data by entry index (nil: read it through libzip).
    static func inflate(_ bytes: UnsafeRawBufferPointer, records: [CentralDirectory.Record],
                        limits: ArchiveLimits) -> [Data?] {
        var candidates: [Int] = []
        var total: UInt64 = 0
        for (index, record) in records.enumerated() where admits(record, limits: limits) {
            guard total + record.uncompressedSize <= limits.maxTotalSize else { break }
            total += record.uncompressedSize
            candidates.append(index)
        }
        var found = [Data?](repeating: nil, count: records.count)
        // Tiny archives are not worth waking the other cores for.
        guard total >= 256 * 1024, candidates.count > 1 else { return found }
        let base = UInt(bitPattern: bytes.baseAddress)
        let count = bytes.count
        let runs = min(candidates.count, ParallelMap.cores * 4)
        let bounds = (0..<runs).map { r in (r * candidates.count / runs)..<((r + 1) * candidates.count / runs) }
        let results = ParallelMap.map(bounds) { range -> [(Int, Data)] in
            guard let decompressor = libdeflate_alloc_decompressor() else { return [] }
            defer { libdeflate_free_decompressor(decompressor) }
            let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: base), count: count)
            return candidates[range].compactMap { index in
                inflate(records[index], in: bytes, decompressor: decompressor).map { (index, $0) }
            }
        }
        for run in results { for (index, data) in run { found[index] = data } }
        return found
    }

    /// General-purpose flags this path understands: deflate's speed options, a data
    /// descriptor after the data, and UTF-8 names. Anything else goes through libzip.
    private static let understoodFlags: UInt16 = 0x0002 | 0x0004 | 0x0008 | 0x0800

    private static func admits(_ record: CentralDirectory.Record, limits: ArchiveLimits) -> Bool {
        guard record.rawName.last != UInt8(ascii: "/"), record.flags & ~understoodFlags == 0,
              record.method == 0 || record.method == 8,
              record.uncompressedSize <= limits.maxEntrySize,
              record.compressedSize <= Int.max / 2, record.uncompressedSize < Int.max / 2 else { return false }
        let ratio = record.uncompressedSize / max(record.compressedSize, 1)
        return !(record.uncompressedSize > limits.ratioThreshold && ratio > limits.maxCompressionRatio)
    }

    /// One entry's bytes, or nil when anything about it is not exactly as declared.
    private static func inflate(_ record: CentralDirectory.Record, in bytes: UnsafeRawBufferPointer,
                                decompressor: OpaquePointer) -> Data? {
        guard let at = Int(exactly: record.localHeaderOffset), bytes.u32(at) == 0x0403_4B50,
              let nameLength = bytes.u16(at + 26), let extraLength = bytes.u16(at + 28) else { return nil }
        let start = at + 30 + Int(nameLength) + Int(extraLength)
        let size = Int(record.uncompressedSize)
        let compressed = Int(record.compressedSize)
        guard start <= bytes.count, compressed <= bytes.count - start, let input = bytes.baseAddress else { return nil }
        if record.method == 0 {
            guard compressed == size else { return nil }
            let data = Data(bytes: input + start, count: size)
            return crc(data) == record.crc ? data : nil
        }
        // One byte more than declared: a stream that fills it is longer than its header says.
        // Not zeroed first (Data(count:) would be): every byte kept is written by the inflate.
        guard let buffer = malloc(size + 1) else { return nil }
        var produced = 0
        let result = libdeflate_deflate_decompress(decompressor, input + start, compressed, buffer, size + 1, &produced)
        guard result == LIBDEFLATE_SUCCESS, produced == size,
              UInt32(libdeflate_crc32(0, buffer, size)) == record.crc else {
            free(buffer)
            return nil
        }
        return Data(bytesNoCopy: buffer, count: size, deallocator: .free)
    }

    private static func crc(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { UInt32(libdeflate_crc32(0, $0.baseAddress, $0.count)) }
    }
}
