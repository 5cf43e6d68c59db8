import Foundation

/// Writes bytes to a file so that readers see either the old file or the complete new one.
///
/// The bytes go to a temporary file in the same folder (same file system, so `rename` is
/// atomic), are flushed to disk, and only then renamed over the target. On any failure the
/// temporary file is removed and the target is untouched.
enum AtomicFile {
    static func write(_ data: Data, to url: URL, permissions: mode_t = 0o644) throws {
        let target = url.path
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(url.lastPathComponent).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw ArchiveError.io(operation: "create a temporary file in", path: folder, message: errnoText()) }
        let temporary = String(cString: template)
        var closed = false
        do {
            try data.withUnsafeBytes { bytes in
                var written = 0
                while written < bytes.count {
                    let n = Foundation.write(fd, bytes.baseAddress! + written, bytes.count - written)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw ArchiveError.io(operation: "write", path: temporary, message: errnoText())
                    }
                    written += n
                }
            }
            guard fchmod(fd, permissions) == 0, fsync(fd) == 0 else {
                throw ArchiveError.io(operation: "flush", path: temporary, message: errnoText())
            }
            closed = true
            guard close(fd) == 0 else { throw ArchiveError.io(operation: "close", path: temporary, message: errnoText()) }
            guard rename(temporary, target) == 0 else {
                throw ArchiveError.io(operation: "rename the finished file to", path: target, message: errnoText())
            }
        } catch {
            if !closed { close(fd) }
            unlink(temporary)
            throw error
        }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
