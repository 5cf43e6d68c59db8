import Foundation

/// An OCF container's files as values: path → bytes, in archive order.
///
/// The renderer produces one; `Archive.write` packs it; `Archive.read` (or a folder reader)
/// gives one back for the checker. Paths are the container's own (`META-INF/container.xml`,
/// `EPUB/nav.xhtml`), always `/`-separated and relative.
public struct Publication: Sendable {
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var data: Data
        /// Whether the entry is stored uncompressed; only `mimetype` should be.
        public var stored: Bool
        public init(path: String, data: Data, stored: Bool = false) {
            self.path = path
            self.data = data
            self.stored = stored
        }
    }

    public private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]

    public init(entries: [Entry] = []) {
        for e in entries { add(e) }
    }

    /// Adds or replaces a file, keeping first-insertion order.
    public mutating func add(_ entry: Entry) {
        if let i = index[entry.path] {
            entries[i] = entry
        } else {
            index[entry.path] = entries.count
            entries.append(entry)
        }
    }

    public mutating func add(path: String, data: Data, stored: Bool = false) {
        add(Entry(path: path, data: data, stored: stored))
    }

    public mutating func add(path: String, text: String) {
        add(Entry(path: path, data: Data(text.utf8)))
    }

    public subscript(path: String) -> Data? {
        index[path].map { entries[$0].data }
    }

    public func contains(_ path: String) -> Bool { index[path] != nil }

    public var paths: [String] { entries.map(\.path) }

    /// Total bytes of all entries, uncompressed.
    public var totalSize: Int { entries.reduce(0) { $0 + $1.data.count } }
}
