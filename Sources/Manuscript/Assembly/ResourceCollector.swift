import BookModel
import Diagnostics
import Foundation

/// Copies the files a book references (images, cover, stylesheets, fonts) into its resources:
/// resolves each path, checks it may be read, sniffs its media type from the bytes and gives it
/// a unique path in the book (`images/map.png`). The same file referenced twice is carried once.
///
/// A path may leave the folder of the file that names it only when the author wrote so (`../`
/// or an absolute path); a symbolic link that leads out is refused, and only regular files are
/// read, so a manuscript cannot pull in `/dev/zero` or a secret through a harmless-looking name.
struct ResourceCollector {
    private(set) var resources: [Resource] = []
    private var pathByFile: [String: String] = [:]
    private var usedPaths: Set<String> = []
    /// Larger files are refused rather than read into memory.
    static let maxSize = 64 << 20

    /// Reserves in-book paths that something else (the renderer's own files) will use.
    init(reserved: Set<String> = []) {
        usedPaths = Set(reserved.map { $0.lowercased() })
    }

    /// Adds the file `reference` names and returns its in-book path, or nil (with an error
    /// reported at the reference) when it cannot be used.
    mutating func add(_ reference: FileReference, use: MediaTypeSniffer.Use, folder: String,
                      sink: inout DiagnosticSink) -> String? {
        guard let loaded = load(reference, use: use, sink: &sink) else { return nil }
        if let existing = pathByFile[loaded.realPath] { return existing }
        let path = uniquePath(folder: folder, stem: Self.stem(of: reference.path), mediaType: loaded.mediaType)
        pathByFile[loaded.realPath] = path
        resources.append(Resource(path: path, mediaType: loaded.mediaType, data: loaded.data))
        return path
    }

    /// Adds bytes made here (a rewritten stylesheet) under a unique path.
    mutating func add(data: Data, mediaType: String, folder: String, stem: String) -> String {
        let path = uniquePath(folder: folder, stem: stem, mediaType: mediaType)
        resources.append(Resource(path: path, mediaType: mediaType, data: data))
        return path
    }

    struct Loaded {
        var realPath: String
        var data: Data
        var mediaType: String
    }

    /// Resolves, checks and reads a referenced file, and sniffs its type.
    func load(_ reference: FileReference, use: MediaTypeSniffer.Use, sink: inout DiagnosticSink) -> Loaded? {
        let written = reference.path
        let url = reference.url
        let fm = FileManager.default
        guard fm.fileExists(atPath: url.path) else {
            sink.emit(.resourceMissing, "'\(written)' does not exist (looked for \(url.path))", at: reference.location,
                      suggestion: "Check the spelling; paths are relative to the folder of the file that names them.")
            return nil
        }
        let real = url.resolvingSymlinksInPath().path
        let explicit = written.hasPrefix("/") || written.split(separator: "/").contains("..")
        if !explicit {
            let baseReal = reference.base.resolvingSymlinksInPath().path
            let prefix = baseReal.hasSuffix("/") ? baseReal : baseReal + "/"
            if !real.hasPrefix(prefix) {
                sink.emit(.resourceEscapesFolder, "'\(written)' leads out of its folder to \(real) through a symbolic link",
                          at: reference.location,
                          suggestion: "Copy the file into the book's folder, or name its real location (with ../) if you mean it.")
                return nil
            }
        }
        let attributes = (try? fm.attributesOfItem(atPath: real)) ?? [:]
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else {
            sink.emit(.resourceNotRegularFile, "'\(written)' is not a regular file", at: reference.location,
                      suggestion: "Name an image, font or stylesheet file, not a folder or device.")
            return nil
        }
        if let size = attributes[.size] as? NSNumber, size.intValue > Self.maxSize {
            sink.emit(.resourceTooLarge, "'\(written)' is \(size.intValue / (1 << 20)) MB; files over \(Self.maxSize >> 20) MB are not embedded",
                      at: reference.location, suggestion: "Make the file smaller (scale or compress the image).")
            return nil
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: real)) else {
            sink.emit(.resourceMissing, "'\(written)' cannot be read", at: reference.location,
                      suggestion: "Check the file's permissions.")
            return nil
        }
        guard let mediaType = MediaTypeSniffer.sniff(data, for: use) else {
            let what: String
            switch use {
            case .image: what = "a PNG, JPEG, GIF, WebP or SVG image"
            case .font: what = "a TrueType, OpenType, WOFF or WOFF2 font"
            case .stylesheet: what = "a UTF-8 text stylesheet"
            }
            sink.emit(.resourceUnknownType, "'\(written)' is not \(what) (its first bytes are \(Self.hex(data)))",
                      at: reference.location, suggestion: "Convert the file to \(what).")
            return nil
        }
        let ext = (written as NSString).pathExtension
        if let named = MediaTypeSniffer.typeSuggested(byExtension: ext), named != mediaType {
            sink.emit(.resourceExtensionMismatch, "'\(written)' is named like \(named) but its bytes are \(mediaType); declared as \(mediaType)",
                      at: reference.location, suggestion: "Rename the file to end in .\(MediaTypeSniffer.fileExtension(for: mediaType)).")
        }
        return Loaded(realPath: real, data: data, mediaType: mediaType)
    }

    private mutating func uniquePath(folder: String, stem: String, mediaType: String) -> String {
        let ext = MediaTypeSniffer.fileExtension(for: mediaType)
        var candidate = "\(folder)/\(stem).\(ext)"
        var n = 2
        // Case-insensitive: some reading systems unpack onto case-insensitive file systems.
        while usedPaths.contains(candidate.lowercased()) {
            candidate = "\(folder)/\(stem)-\(n).\(ext)"
            n += 1
        }
        usedPaths.insert(candidate.lowercased())
        return candidate
    }

    /// A file-name stem safe in a URL and a zip: letters, digits, `-` and `_`.
    static func stem(of path: String) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var out = ""
        for u in base.unicodeScalars {
            if u.isASCII && (CharacterSet.alphanumerics.contains(u) || u == "-" || u == "_") {
                out.unicodeScalars.append(u)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "file" : String(trimmed.prefix(60))
    }

    static func hex(_ data: Data) -> String {
        data.prefix(8).map { String(format: "%02X", $0) }.joined(separator: " ")
    }
}
