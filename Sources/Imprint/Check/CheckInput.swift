import Diagnostics
import Foundation

/// One thing to check, found from the paths a user gave: a packed `.epub`, an unpacked EPUB
/// folder, or a path that gave nothing to check (with the diagnostic saying why).
enum CheckInput: Sendable, Equatable {
    case archive(String)
    case folder(String)
    case problem(String, Diagnostic)

    var path: String {
        switch self {
        case .archive(let p), .folder(let p), .problem(let p, _): return p
        }
    }

    /// Expands the user's paths, keeping their order: a file is an archive whatever its
    /// extension (the checker warns about odd ones, as EPUBCheck does); a folder holding
    /// `mimetype` or `META-INF/container.xml` is one unpacked publication; any other folder
    /// stands for every `.epub` file and unpacked EPUB below it, in path order. Hidden entries
    /// and links to folders are not followed, so a walk cannot loop or wander off. A path
    /// given twice is checked once.
    static func discover(_ paths: [String]) -> [CheckInput] {
        var found: [CheckInput] = []
        var seen = Set<String>()
        func add(_ input: CheckInput) {
            if seen.insert(input.path).inserted { found.append(input) }
        }
        for path in paths {
            switch kind(path, followLinks: true) {
            case .none:
                add(.problem(path, Diagnostic(.archiveNotFound, ["\"\(path)\" does not exist"], at: SourceLocation(file: path),
                                              suggestion: "Check the path: give .epub files, folders of them, or unpacked EPUB folders.")))
            case .file?, .link?:
                add(.archive(path))
            case .folder?:
                if isUnpackedEPUB(path) {
                    add(.folder(path))
                    continue
                }
                let below = walk(path)
                if below.isEmpty {
                    add(.problem(path, Diagnostic(.noPublications,
                                                  ["\(path)"],
                                                  at: SourceLocation(file: path),
                                                  suggestion: "Give the .epub files or the unpacked EPUB folder to check.")))
                }
                below.forEach(add)
            }
        }
        return found
    }

    private enum Kind { case file, folder, link }

    private static func kind(_ path: String, followLinks: Bool) -> Kind? {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .file
        }
    }

    static func isUnpackedEPUB(_ folder: String) -> Bool {
        kind(join(folder, "mimetype"), followLinks: true) == .file
            || kind(join(folder, "META-INF/container.xml"), followLinks: true) == .file
    }

    /// Every `.epub` file and unpacked EPUB folder below `root`, sorted by path.
    private static func walk(_ root: String) -> [CheckInput] {
        var found: [CheckInput] = []
        var pending = [root]
        while let folder = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = join(folder, name)
                switch kind(path, followLinks: false) {
                case .folder?:
                    if isUnpackedEPUB(path) { found.append(.folder(path)) } else { pending.append(path) }
                case .file?, .link?:
                    // A link counts only when it leads to a file: linked folders could loop.
                    if name.lowercased().hasSuffix(".epub"), kind(path, followLinks: true) == .file {
                        found.append(.archive(path))
                    }
                case nil:
                    continue
                }
            }
        }
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
