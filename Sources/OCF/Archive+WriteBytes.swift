import Foundation

extension Archive {
    /// Writes bytes already packed by `data(_:date:)` to `url` atomically (temporary file,
    /// flush, rename), so the builder can write exactly the bytes it has checked.
    public static func write(packed data: Data, to url: URL) throws {
        try AtomicFile.write(data, to: url)
    }
}
