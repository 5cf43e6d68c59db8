import CZip
import Foundation

/// An open libzip archive over bytes in memory, for reading; discards itself in `deinit`.
///
/// The bytes must outlive the handle: libzip reads them lazily, so callers open it inside
/// `withUnsafeBytes` and let it go before the closure returns.
final class ZipReadHandle {
    private let archive: OpaquePointer

    /// Opens the archive, or gives libzip's reason it cannot.
    static func open(_ bytes: UnsafeRawBufferPointer) -> Result<ZipReadHandle, ZipFailure> {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(bytes.baseAddress, zip_uint64_t(bytes.count), 0, &error) else {
            return .failure(ZipFailure(error: &error))
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            return .failure(ZipFailure(error: &error))
        }
        return .success(ZipReadHandle(archive))
    }

    private init(_ archive: OpaquePointer) { self.archive = archive }

    deinit { zip_discard(archive) }

    var entryCount: Int { max(0, Int(zip_get_num_entries(archive, 0))) }

    /// The central-directory facts libzip holds for an entry.
    func stat(_ index: Int) -> zip_stat_t? {
        var st = zip_stat_t()
        zip_stat_init(&st)
        guard zip_stat_index(archive, zip_uint64_t(index), ZIP_FL_ENC_RAW, &st) == 0 else { return nil }
        return st
    }

    /// The name's stored bytes (up to any NUL: libzip hands out C strings).
    func rawName(_ index: Int) -> [UInt8] {
        guard let name = zip_get_name(archive, zip_uint64_t(index), ZIP_FL_ENC_RAW) else { return [] }
        return Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
    }

    enum EntryRead {
        case data(Data)
        /// The data ran past the declared size: the header lies (the shape of a zip bomb).
        case longerThanDeclared
        case failed(String)
    }

    /// Reads one entry, expecting exactly `declaredSize` bytes and never holding more than
    /// that plus one probe byte, whatever the compressed stream would expand to.
    func read(_ index: Int, declaredSize: Int) -> EntryRead {
        guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
            return .failed(ZipFailure(error: zip_get_error(archive)).message)
        }
        defer { zip_fclose(file) }
        guard let buffer = malloc(max(declaredSize, 1)) else { return .failed("out of memory") }
        var filled = 0
        while filled < declaredSize {
            let n = zip_fread(file, buffer + filled, zip_uint64_t(declaredSize - filled))
            if n < 0 {
                free(buffer)
                return .failed(ZipFailure(error: zip_file_get_error(file)).message)
            }
            if n == 0 { break }
            filled += Int(n)
        }
        if filled < declaredSize {
            free(buffer)
            return .failed("the data ends after \(filled) of the \(declaredSize) bytes its header declares")
        }
        // One more read reaches the end of the stream, where libzip checks the CRC; any byte
        // that arrives instead means the stream is longer than declared.
        var probe: UInt8 = 0
        let n = zip_fread(file, &probe, 1)
        if n != 0 {
            free(buffer)
            return n > 0 ? .longerThanDeclared : .failed(ZipFailure(error: zip_file_get_error(file)).message)
        }
        return .data(Data(bytesNoCopy: buffer, count: filled, deallocator: .free))
    }
}

/// libzip's account of a failure, as text for a diagnostic or an error.
struct ZipFailure: Error {
    let code: Int32
    let message: String

    init(error: UnsafeMutablePointer<zip_error_t>) {
        code = zip_error_code_zip(error)
        message = String(cString: zip_error_strerror(error))
    }

    init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }
}
