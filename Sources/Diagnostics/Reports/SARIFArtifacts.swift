/// The run's `artifacts`: each file a result points at, listed once in order of first use.
/// A file inside an `.epub` is its own artifact whose `parentIndex` is the archive's, as SARIF
/// 2.1.0 describes nested artifacts (§3.24.3); its URI is its path inside the archive.
struct SARIFArtifacts {
    static let rootBase = "SRCROOT"

    /// The folder paths are made relative to, when known.
    var root: String?
    private(set) var list: [JSONValue] = []
    private var indexes: [String: Int] = [:]

    init(root: String?) { self.root = root }

    /// The `artifactLocation` for `path` (inside `parent` when given), adding the artifact and its
    /// parent on first use.
    mutating func location(_ path: String, parent: String?) -> JSONValue {
        guard let parent else {
            let (uri, base) = reference(path)
            var members: [(String, JSONValue)] = [("uri", .string(uri))]
            if let base { members.append(("uriBaseId", .string(base))) }
            members.append(("index", .int(index(key: path, members: members, parentIndex: nil))))
            return .object(members)
        }
        _ = location(parent, parent: nil)
        let parentIndex = indexes[parent] ?? 0
        let members: [(String, JSONValue)] = [("uri", .string(SARIFReport.uri(path)))]
        let index = index(key: parent + "\u{0}" + path, members: members, parentIndex: parentIndex)
        return .object(members + [("index", .int(index))])
    }

    private mutating func index(key: String, members: [(String, JSONValue)], parentIndex: Int?) -> Int {
        if let existing = indexes[key] { return existing }
        var artifact: [(String, JSONValue)] = [("location", .object(members))]
        if let parentIndex { artifact.append(("parentIndex", .int(parentIndex))) }
        list.append(.object(artifact))
        indexes[key] = list.count - 1
        return list.count - 1
    }

    /// A path relative to the root when it lies under it (code scanning needs repository-relative
    /// URIs), with the root's base id; other paths as they are.
    func reference(_ path: String) -> (uri: String, base: String?) {
        var relative = path
        if let root, path.hasPrefix("/") {
            let folder = root.hasSuffix("/") ? root : root + "/"
            guard path.hasPrefix(folder) else { return (SARIFReport.uri(path), nil) }
            relative = String(path.dropFirst(folder.count))
        }
        if relative.hasPrefix("/") { return (SARIFReport.uri(relative), nil) }
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        return (SARIFReport.uri(relative), root == nil ? nil : Self.rootBase)
    }
}
