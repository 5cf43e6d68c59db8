import Diagnostics
import Foundation

/// Reads an unpacked EPUB folder into a publication, within the same limits as an archive.
///
/// Only files inside the folder are read: a symbolic link is followed only when its target
/// resolves inside the folder, and linked folders are never entered, so a hostile folder
/// cannot make the checker read `/etc/passwd` or loop forever. `mimetype` comes first, the
/// other files in byte order of their paths, so results do not depend on the file system.
public enum FolderReader {
    /// Returns nil only when the folder cannot be read at all (missing, not a folder, over
    /// the entry limit).
    public static func read(path: String, limits: ArchiveLimits = .default, sink: inout DiagnosticSink) -> Publication? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
              let root = realPath(path) else {
            sink.emit(.archiveNotFound, ["The EPUB folder \"\(path)\" could not be found"], at: SourceLocation(file: path),
                      suggestion: "Check the path.")
            return nil
        }
        var files: [(relative: String, absolute: String)] = []
        var pending: [String] = [""]
        var seen = 0
        while let folder = pending.popLast() {
            let absoluteFolder = folder.isEmpty ? root : root + "/" + folder
            guard let names = try? manager.contentsOfDirectory(atPath: absoluteFolder) else {
                sink.emit(.archiveEntryUnreadable, ["The folder \"\(folder)\" cannot be read"], at: SourceLocation(file: folder, container: path))
                continue
            }
            for name in names {
                seen += 1
                if seen > limits.maxEntries {
                    sink.emit(.archiveTooManyEntries, ["\"\(path)\" holds more than \(limits.maxEntries) files and folders"],
                              at: SourceLocation(file: path), suggestion: "If the book is genuine, raise the limit: imprint check --limit entries=100000.")
                    return nil
                }
                let relative = folder.isEmpty ? name : folder + "/" + name
                let absolute = absoluteFolder + "/" + name
                var info = stat()
                guard lstat(absolute, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(relative)
                case S_IFREG:
                    files.append((relative, absolute))
                case S_IFLNK:
                    guard let target = realPath(absolute), target == root || target.hasPrefix(root + "/") else {
                        sink.emit(.folderLinkOutside, ["\(relative)"],
                                  at: SourceLocation(file: relative, container: path),
                                  suggestion: "Copy the file into the folder instead of linking to it.")
                        continue
                    }
                    var targetInfo = stat()
                    if stat(target, &targetInfo) == 0, targetInfo.st_mode & S_IFMT == S_IFREG {
                        files.append((relative, target))
                    }
                default:
                    continue // sockets, devices, pipes: never part of a book, and reading could block
                }
            }
        }
        files.sort { a, b in
            if (a.relative == "mimetype") != (b.relative == "mimetype") { return a.relative == "mimetype" }
            return a.relative.utf8.lexicographicallyPrecedes(b.relative.utf8)
        }
        var publication = Publication()
        var total: UInt64 = 0
        for file in files {
            let at = SourceLocation(file: file.relative, container: path)
            if file.relative.utf8.count > limits.maxPathLength {
                sink.emit(.archiveNameTooLong, ["A file path is longer than the limit of \(limits.maxPathLength) bytes; the file was not read"], at: at)
                continue
            }
            let size = fileSize(file.absolute)
            if size > limits.maxEntrySize {
                sink.emit(.archiveEntryTooLarge, ["\"\(file.relative)\" is \(size.byteCount), more than the limit of \(limits.maxEntrySize.byteCount)"],
                          at: at, suggestion: "If the file is genuine, raise the limit: imprint check --limit entry-size=512M.")
                continue
            }
            if total + size > limits.maxTotalSize {
                sink.emit(.archiveTotalTooLarge, ["The files of \"\(path)\" add up to more than \(limits.maxTotalSize.byteCount); \"\(file.relative)\" and the files after it were not read"],
                          at: SourceLocation(file: path), suggestion: "If the book is genuine, raise the limit: imprint check --limit total-size=2G.")
                break
            }
            guard let data = readBounded(file.absolute, limit: limits.maxEntrySize) else {
                sink.emit(.archiveEntryUnreadable, ["\"\(file.relative)\" cannot be read"], at: at, suggestion: "Check the file's permissions.")
                continue
            }
            total += UInt64(data.count)
            publication.add(path: file.relative, data: data, stored: file.relative == "mimetype")
        }
        return publication
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func fileSize(_ path: String) -> UInt64 {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(max(0, info.st_size)) : 0
    }

    /// Reads at most `limit` bytes: a file that grows while we read cannot blow the bound.
    private static func readBounded(_ path: String, limit: UInt64) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: Int(min(limit, UInt64(Int.max)))) ?? Data()
    }
}
