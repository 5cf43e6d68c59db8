import Diagnostics
import Foundation

/// A source file's size from the file system, before any byte is read: a 3 GB "manuscript" is
/// refused in the time of one `stat`, not after reading it all into memory.
enum SourceFileSize {
    /// The size `stat` reports (following links), or nil when it cannot say.
    static func of(_ url: URL) -> UInt64? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return UInt64(clamping: info.st_size)
    }

    /// Whether `url` is a regular file (following links): a device, FIFO or folder named as a
    /// manuscript would read forever or not at all.
    static func isRegularFile(_ url: URL) -> Bool {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Reads at most `limit` bytes; nil when the file cannot be read or turns out longer (it
    /// grew after its size was judged).
    static func read(_ url: URL, limit: UInt64) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: Int(clamping: limit) &+ 1) else { return Data() }
        return UInt64(data.count) > limit ? nil : data
    }

    static func report(_ size: UInt64, displayPath: String, limits: SourceLimits, what: String,
                       at location: SourceLocation? = nil, sink: inout DiagnosticSink) {
        let raised = "\((max(size, limits.manuscriptSize * 2) + (1 << 20) - 1) >> 20)M"
        sink.emit(.fileTooLarge,
                  ["\(displayPath)", "\(SourceLimits.size(size))", "\(what)", "\(SourceLimits.size(limits.manuscriptSize))"],
                  at: location ?? SourceLocation(file: displayPath),
                  suggestion: "Split the book into chapter files listed in a book.yaml, or raise the limit with \(SourceLimits.option("manuscript-size", raised)) if the file is really text.")
    }
}
