import CZip
import Foundation

/// A libzip source serving an entry that is already deflated.
///
/// Its STAT says "deflate, this CRC, these sizes", so `zip_close` copies the bytes as they are
/// instead of compressing them again (libzip recompresses only when the source's method
/// differs from the entry's). libzip owns the source: the box is released on ZIP_SOURCE_FREE.
final class PrecompressedSource {
    private let entry: DeflatedEntry
    private var offset = 0
    private var error = zip_error_t()

    private init(_ entry: DeflatedEntry) {
        self.entry = entry
        zip_error_init(&error)
    }

    deinit { zip_error_fini(&error) }

    /// A new source for `entry`, owned by `archive` from now on; nil when libzip refuses it.
    static func make(_ entry: DeflatedEntry, in archive: OpaquePointer) -> OpaquePointer? {
        let box = Unmanaged.passRetained(PrecompressedSource(entry)).toOpaque()
        guard let source = zip_source_function(archive, precompressedCallback, box) else {
            Unmanaged<PrecompressedSource>.fromOpaque(box).release()
            return nil
        }
        return source
    }

    fileprivate func serve(_ data: UnsafeMutableRawPointer?, _ length: zip_uint64_t, _ command: zip_source_cmd_t) -> zip_int64_t {
        switch command {
        case ZIP_SOURCE_OPEN:
            offset = 0
            return 0
        case ZIP_SOURCE_READ:
            guard let data else { return fail(ZIP_ER_INVAL) }
            let count = min(Int(clamping: length), entry.compressed.count - offset)
            guard count > 0 else { return 0 }
            entry.compressed.withUnsafeBytes { bytes in
                if let base = bytes.baseAddress { data.copyMemory(from: base + offset, byteCount: count) }
            }
            offset += count
            return zip_int64_t(count)
        case ZIP_SOURCE_CLOSE:
            return 0
        case ZIP_SOURCE_STAT:
            guard let data, length >= zip_uint64_t(MemoryLayout<zip_stat_t>.size) else { return fail(ZIP_ER_INVAL) }
            let stat = data.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(stat)
            stat.pointee.valid = zip_uint64_t(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC)
            stat.pointee.size = zip_uint64_t(entry.size)
            stat.pointee.comp_size = zip_uint64_t(entry.compressed.count)
            stat.pointee.comp_method = zip_uint16_t(ZIP_CM_DEFLATE)
            stat.pointee.crc = entry.crc
            return zip_int64_t(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            guard let data else { return -1 }
            return zip_error_to_data(&error, data, length)
        case ZIP_SOURCE_SUPPORTS:
            let commands = [ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR,
                            ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS]
            return commands.reduce(0) { $0 | (zip_int64_t(1) << zip_int64_t($1.rawValue)) }
        default:
            return fail(ZIP_ER_OPNOTSUPP)
        }
    }

    private func fail(_ code: Int32) -> zip_int64_t {
        zip_error_set(&error, code, 0)
        return -1
    }
}

/// The C callback libzip calls; the user data is the retained `PrecompressedSource`.
private let precompressedCallback: zip_source_callback = { userdata, data, length, command in
    guard let userdata else { return -1 }
    if command == ZIP_SOURCE_FREE {
        Unmanaged<PrecompressedSource>.fromOpaque(userdata).release()
        return 0
    }
    return Unmanaged<PrecompressedSource>.fromOpaque(userdata).takeUnretainedValue().serve(data, length, command)
}
