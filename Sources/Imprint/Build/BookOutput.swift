import Foundation

/// Puts a finished book in its place so that anyone looking at the output folder — a reader,
/// a later build, a build killed half-way — sees the previous book or the new one, whole.
///
/// The bytes go to a temporary file beside the target (same file system, so `rename` is
/// atomic), are flushed, and renamed over it. The temporary's name carries the writing
/// process's id, `.NAME.epub.imprint-PID-XXXXXXXX.tmp`: hidden, not named like a book, and
/// recognisable by a later build, which removes those whose process is gone (`removeStale`),
/// so `kill -9` at any moment leaves nothing behind for long.
enum BookOutput {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The first half of putting a book in place (see the type's summary): the bytes in a new
    /// temporary file in `folder`, flushed to disk, not yet anywhere a reader looks. Returns the
    /// temporary's path. The builder stages each book on its own core once it passed its check,
    /// so several books' flushes overlap; one whose name then turns out to be an error is
    /// `discard`ed and never renamed into place.
    static func stage(_ data: Data, named name: String, in folder: String) throws -> String {
        let serial = UUID().uuidString.prefix(8).lowercased()
        let temporary = folder + "/.\(name).imprint-\(getpid())-\(serial).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "cannot create a temporary file in \(folder): \(errnoText())") }
        var closed = false
        do {
            try data.withUnsafeBytes { bytes in
                var written = 0
                while written < bytes.count {
                    let n = Foundation.write(fd, bytes.baseAddress! + written, bytes.count - written)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw Failure(description: "cannot write \(temporary): \(errnoText())")
                    }
                    written += n
                }
            }
            guard fchmod(fd, 0o644) == 0, fsync(fd) == 0 else {
                throw Failure(description: "cannot flush \(temporary): \(errnoText())")
            }
            closed = true
            guard close(fd) == 0 else { throw Failure(description: "cannot close \(temporary): \(errnoText())") }
        } catch {
            if !closed { close(fd) }
            unlink(temporary)
            throw error
        }
        return temporary
    }

    /// The second half: renames a staged temporary over `path`. With `rename` false
    /// (`imprint build --dry-run`) everything happens but that last step: the temporary was
    /// written and flushed, proving the book can be written there, and is removed. The temporary is gone afterwards whatever happens.
    static func commit(_ temporary: String, to path: String, rename shouldRename: Bool = true) throws {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            unlink(temporary)
            throw Failure(description: "\(path) is a folder, so the book cannot be written there")
        }
        guard shouldRename else {
            unlink(temporary)
            return
        }
        guard rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw Failure(description: "cannot rename the finished book to \(path): \(reason)")
        }
    }

    /// Removes a staged temporary that will not be renamed (the book failed its check).
    static func discard(_ temporary: String) {
        unlink(temporary)
    }

    /// Removes what killed builds left in `folder`: book temporaries and write probes of
    /// processes that no longer run, and temporaries of Imprint versions before process ids
    /// were in the name (`.NAME.epub.XXXXXX`) once they are an hour old. Returns the names
    /// removed. A process id that is running again (reused) keeps its files until it ends:
    /// only files of certainly dead processes are touched.
    @discardableResult
    static func removeStale(in folder: String, now: Date = Date()) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            let stale: Bool
            if let pid = ownerProcess(of: name) {
                stale = pid != getpid() && !isRunning(pid)
            } else if isLegacyTemporary(name) {
                let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? now
                stale = now.timeIntervalSince(modified) > 3600
            } else {
                stale = false
            }
            var info = stat()
            guard stale, lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed.sorted()
    }

    /// The process id in a temporary's or write probe's name, if it is one of ours.
    static func ownerProcess(of name: String) -> pid_t? {
        if name.hasPrefix(OutputFolder.probePrefix) {
            return pid_t(name.dropFirst(OutputFolder.probePrefix.count))
        }
        // .NAME.epub.imprint-PID-XXXXXXXX.tmp
        guard name.hasSuffix(".tmp"), let marker = name.range(of: ".epub.imprint-", options: .backwards) else { return nil }
        let parts = name[marker.upperBound...].dropLast(4).split(separator: "-")
        guard parts.count == 2, parts[1].count == 8, parts[1].allSatisfy(\.isHexDigit) else { return nil }
        return pid_t(parts[0])
    }

    /// `.NAME.epub.XXXXXX`: what `mkstemp` made before temporaries carried a process id.
    static func isLegacyTemporary(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), name[..<dot].hasSuffix(".epub") else { return false }
        let suffix = name[name.index(after: dot)...]
        return suffix.count == 6 && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    static func isRunning(_ pid: pid_t) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
