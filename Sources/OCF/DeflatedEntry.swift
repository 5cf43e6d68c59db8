import CZip
import Foundation
import Parallel

/// An entry's bytes deflated (raw DEFLATE, as ZIP stores it) with their CRC-32.
///
/// Entries are deflated here, on all cores, and handed to libzip as already compressed data
/// (libzip would compress them one after another inside `zip_close`). The compressor is
/// libdeflate, made for whole buffers, which is what an entry is: on the Bible's 1,264 entries,
/// level 6 took 105 ms of CPU against zlib's 165 ms at the same level, and packed 1.4% smaller
/// (2,032,970 bytes against 2,062,522). Its output depends on the input, the level and
/// libdeflate's version alone, so a build stays byte-reproducible.
struct DeflatedEntry: Sendable {
    let compressed: Data
    let crc: UInt32
    let size: Int

    /// Deflates `data` with `compressor` (a `libdeflate_compressor`, which one thread uses at a time).
    init(_ data: Data, compressor: OpaquePointer) throws {
        guard data.count < Int(UInt32.max / 2) else {
            throw ArchiveError.zip(operation: "deflate", message: "an entry of \(data.count) bytes is too large")
        }
        var output = Data(count: libdeflate_deflate_compress_bound(compressor, data.count))
        let written = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                withUnsafeBytes(of: UInt8(0)) { empty in
                    libdeflate_deflate_compress(compressor, input.baseAddress ?? empty.baseAddress, input.count,
                                                out.baseAddress, out.count)
                }
            }
        }
        // The output buffer is the bound libdeflate gives for this input, so 0 (no room) means
        // something is wrong with libdeflate itself.
        guard written > 0 else {
            throw ArchiveError.zip(operation: "deflate", message: "libdeflate produced no output for an entry of \(data.count) bytes")
        }
        output.count = written
        compressed = output
        size = data.count
        crc = data.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
    }

    /// Deflates one entry with a compressor of its own (tests and single entries).
    init(_ data: Data, level: Int32) throws {
        let compressor = try Self.compressor(level)
        defer { libdeflate_free_compressor(compressor) }
        try self.init(data, compressor: compressor)
    }

    /// Deflates every entry, on all cores; results in input order.
    ///
    /// A compressor holds about half a megabyte of tables, too much to make for every small
    /// chapter: entries go in runs, each run with one compressor; four runs per core keep the
    /// cores busy when entry sizes differ.
    static func deflateAll(_ entries: [Data], level: Int32) throws -> [DeflatedEntry] {
        guard !entries.isEmpty else { return [] }
        let runs = min(entries.count, ParallelMap.cores * 4)
        let bounds = (0..<runs).map { r in (r * entries.count / runs)..<((r + 1) * entries.count / runs) }
        return try ParallelMap.map(bounds) { range -> Result<[DeflatedEntry], any Error> in
            Result {
                let compressor = try Self.compressor(level)
                defer { libdeflate_free_compressor(compressor) }
                return try entries[range].map { try DeflatedEntry($0, compressor: compressor) }
            }
        }.flatMap { try $0.get() }
    }

    private static func compressor(_ level: Int32) throws -> OpaquePointer {
        guard let compressor = libdeflate_alloc_compressor(level) else {
            throw ArchiveError.zip(operation: "deflate", message: "libdeflate could not start at level \(level) (out of memory?)")
        }
        return compressor
    }
}
