import CZip
import Foundation
import Parallel

/// An entry's bytes deflated exactly as libzip would deflate them, with their CRC-32.
///
/// libzip compresses entries one after another inside `zip_close`; deflating them ourselves
/// first lets every core work (packing is zlib-bound: half the build of a large book). Same
/// zlib, same parameters as libzip's (raw deflate, 15-bit window, memory level 9, default
/// strategy), so the archive's bytes do not change.
struct DeflatedEntry: Sendable {
    let compressed: Data
    let crc: UInt32
    let size: Int

    init(_ data: Data, level: Int32) throws {
        guard data.count < Int(UInt32.max / 2) else {
            throw ArchiveError.zip(operation: "deflate", message: "an entry of \(data.count) bytes is too large")
        }
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, -MAX_WBITS, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ArchiveError.zip(operation: "deflate", message: "zlib could not start")
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(data.count)))
        var output = Data(count: bound)
        let (status, written) = data.withUnsafeBytes { input -> (Int32, Int) in
            output.withUnsafeMutableBytes { out -> (Int32, Int) in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(out.count)
                let status = deflate(&stream, Z_FINISH)
                return (status, out.count - Int(stream.avail_out))
            }
        }
        guard status == Z_STREAM_END else {
            throw ArchiveError.zip(operation: "deflate", message: "zlib stopped with status \(status)")
        }
        output.count = written
        compressed = output
        size = data.count
        crc = data.withUnsafeBytes { UInt32(crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count))) }
    }

    /// Deflates every entry, on all cores; results in input order.
    static func deflateAll(_ entries: [Data], level: Int32) throws -> [DeflatedEntry] {
        try ParallelMap.map(entries) { data in Result { try DeflatedEntry(data, level: level) } }
            .map { try $0.get() }
    }
}
