import Diagnostics
import Foundation

/// The folders a book may read files from: the folder of its `book.yaml` or single manuscript,
/// each `--resource-path` folder, and each `--allow-outside` file or folder. Everything a
/// manuscript, its metadata or an option names — chapters, images, cover, stylesheets, fonts,
/// front and back matter — must resolve (symbolic links followed) inside one of them, so a
/// book from a stranger cannot pack `/etc/passwd` or `../../secrets` into an EPUB.
public struct BookRoot: Sendable, Hashable {
    /// Real paths, each ending in "/".
    private(set) var folders: [String]
    /// Real paths of single files let in by `--allow-outside FILE`.
    private(set) var files: Set<String>
    /// The book's own folder, as the user named it (for messages).
    let shown: String

    public init(folder: URL, options: SourceOptions) {
        shown = folder.path
        var folders = [Self.real(folder.path)]
        var files: Set<String> = []
        for path in options.resourcePaths { folders.append(Self.real(path)) }
        for path in options.allowOutside {
            var isDirectory: ObjCBool = false
            let real = Self.real(path)
            if FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.insert(real)
            } else {
                folders.append(real)
            }
        }
        self.folders = folders.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.files = files
    }

    /// The resolved real path of `path` (absolute, links followed, `..` gone).
    public static func real(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether the file at `url` (links followed) lies inside the book's root.
    public func admits(_ url: URL) -> Bool {
        let real = Self.real(url.path)
        return files.contains(real) || folders.contains { real.hasPrefix($0) || real + "/" == $0 }
    }

    /// Reports `written` (as the author wrote it) when it resolves outside the root; true when
    /// it may be read.
    func check(_ written: String, url: URL, what: String, at location: SourceLocation?,
               sink: inout DiagnosticSink) -> Bool {
        guard !admits(url) else { return true }
        let real = Self.real(url.path)
        let through = real != url.standardizedFileURL.path ? " (through a symbolic link)" : ""
        let suggestion = "Copy the file into the book's folder, or let the build read it with --allow-outside \(real) (or --resource-path with its folder)."
        if through.isEmpty {
            sink.emit(.resourceOutsideBook, ["\(what) '\(written)' is \(real), outside the book's folder \(shown); it was not read"],
                      at: location, suggestion: suggestion)
        } else {
            sink.emit(.resourceEscapesFolder, [written, real], at: location, suggestion: suggestion)
        }
        return false
    }
}
