import Diagnostics
import Foundation

/// Reading and writing EPUB archives (OCF ZIP containers) with libzip.
///
/// Reading is for untrusted input: everything stays in memory, every size and count is
/// bounded by `ArchiveLimits`, and problems become diagnostics. Writing is for our own
/// publications: deterministic bytes for the same input and date, written atomically.
public enum Archive {
    /// Reads an `.epub` file into memory within `limits`.
    ///
    /// Reports PKG-018 (missing), PKG-008 (not a readable ZIP), PKG-003/PKG-004 (header),
    /// PKG-027 (names not UTF-8) and the `IMP-ZIP-…` limits and unsafe names; skipped entries
    /// stay in the listing with `wasRead == false`. Never writes anything. Returns nil only
    /// when nothing could be read.
    public static func read(path: String, limits: ArchiveLimits = .default,
                            sink: inout DiagnosticSink) -> (ArchiveListing, Publication)? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            sink.emit(.archiveNotFound, ["The EPUB file \"\(path)\" could not be found"], at: SourceLocation(file: path),
                      suggestion: "Check the path.")
            return nil
        }
        guard !isFolder.boolValue else {
            sink.emit(.archiveUnreadable, ["\"\(path)\": it is a folder"], at: SourceLocation(file: path),
                      suggestion: "Check an unpacked EPUB folder as a folder (FolderReader), or pass the .epub file.")
            return nil
        }
        // A FIFO or device named like a book would block the read forever or never end.
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            sink.emit(.archiveUnreadable, ["\"\(path)\": it is not a regular file"], at: SourceLocation(file: path),
                      suggestion: "Pass the .epub file itself.")
            return nil
        }
        let size = UInt64(max(0, info.st_size))
        guard size <= limits.maxArchiveSize else {
            sink.emit(.archiveFileTooLarge,
                      ["\(path)", "\(size.byteCount)", "\(limits.maxArchiveSize.byteCount)"],
                      at: SourceLocation(file: path), suggestion: "If the book is genuine, raise the limit: imprint check --limit archive-size=4G.")
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            sink.emit(.archiveUnreadable, ["\"\(path)\": \(error.localizedDescription)"],
                      at: SourceLocation(file: path), suggestion: "Check that the file is readable.")
            return nil
        }
        return read(data: data, name: path, limits: limits, sink: &sink)
    }

    /// Reads an archive already in memory; `name` labels it in diagnostics.
    public static func read(data: Data, name: String, limits: ArchiveLimits = .default,
                            sink: inout DiagnosticSink) -> (ArchiveListing, Publication)? {
        guard UInt64(data.count) <= limits.maxArchiveSize else {
            sink.emit(.archiveFileTooLarge,
                      ["\(name)", "\(UInt64(data.count).byteCount)", "\(limits.maxArchiveSize.byteCount)"],
                      at: SourceLocation(file: name))
            return nil
        }
        let reader = ArchiveReader(limits: limits, container: name)
        return data.withUnsafeBytes { reader.read($0, sink: &sink) }
    }

    /// Packs a publication and writes it to `url` atomically.
    ///
    /// Entries keep their order; `stored` ones are not compressed, the rest are deflated at
    /// level 6 (libdeflate, see `DeflatedEntry`); no extra fields; DOS timestamps from `date` in UTC; fixed attributes. The bytes
    /// go to a temporary file beside `url` that is renamed into place, so on any failure
    /// nothing at `url` changes and no temporary file remains.
    public static func write(_ publication: Publication, to url: URL, date: Date) throws {
        try AtomicFile.write(data(publication, date: date), to: url)
    }

    /// Packs a publication into memory: the exact bytes `write` would put on disk.
    public static func data(_ publication: Publication, date: Date) throws -> Data {
        try ArchiveWriter.pack(publication, date: date)
    }
}
