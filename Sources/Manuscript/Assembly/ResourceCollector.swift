import BookModel
import Diagnostics
import Foundation

/// Copies the files a book references (images, cover, stylesheets, fonts) into its resources:
/// resolves each path, checks it may be read, sniffs its media type from the bytes and gives it
/// a unique path in the book (`images/map.png`). The same file referenced twice is carried once.
///
/// Every file must resolve (links followed) inside the book's root (`BookRoot`: its folder,
/// `--resource-path`, `--allow-outside`), and only regular files are read, so a manuscript
/// cannot pull in `/dev/zero` or a secret through `../`, an absolute path or a link. A file
/// that is not what it should be is described, never quoted: its bytes may be a secret.
struct ResourceCollector {
    private(set) var resources: [Resource] = []
    private var pathByFile: [String: String] = [:]
    private var usedPaths: Set<String> = []
    /// Larger files are refused rather than read into memory.
    static let maxSize = 64 << 20

    /// Where files may come from; nil (tests of assembly alone) admits any path.
    let root: BookRoot?
    /// Folders where a relative path not found beside the file that names it is looked for.
    let searchPaths: [URL]

    /// Reserves in-book paths that something else (the renderer's own files) will use.
    init(reserved: Set<String> = [], root: BookRoot? = nil, searchPaths: [String] = []) {
        usedPaths = Set(reserved.map { $0.lowercased() })
        self.root = root
        self.searchPaths = searchPaths.map { URL(fileURLWithPath: $0, isDirectory: true) }
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
        var url = reference.url
        let fm = FileManager.default
        if !fm.fileExists(atPath: url.path), !written.hasPrefix("/"),
           let found = searchPaths.lazy.map({ $0.appendingPathComponent(written).standardizedFileURL })
            .first(where: { fm.fileExists(atPath: $0.path) }) {
            url = found
        }
        guard fm.fileExists(atPath: url.path) else {
            sink.emit(.resourceMissing, ["'\(written)' does not exist (looked for \(url.path))"], at: reference.location,
                      suggestion: "Check the spelling; paths are relative to the folder of the file that names them.")
            return nil
        }
        let real = url.resolvingSymlinksInPath().path
        if let root {
            guard root.check(written, url: url, what: Self.noun(use), at: reference.location, sink: &sink) else { return nil }
        } else if !(written.hasPrefix("/") || written.split(separator: "/").contains("..")) {
            let baseReal = reference.base.resolvingSymlinksInPath().path
            let prefix = baseReal.hasSuffix("/") ? baseReal : baseReal + "/"
            if !real.hasPrefix(prefix) {
                sink.emit(.resourceEscapesFolder, ["\(written)", "\(real)"],
                          at: reference.location,
                          suggestion: "Copy the file into the book's folder, or name its real location (with ../) if you mean it.")
                return nil
            }
        }
        let attributes = (try? fm.attributesOfItem(atPath: real)) ?? [:]
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else {
            sink.emit(.resourceNotRegularFile, ["\(written)"], at: reference.location,
                      suggestion: "Name an image, font or stylesheet file, not a folder or device.")
            return nil
        }
        if let size = attributes[.size] as? NSNumber, size.intValue > Self.maxSize {
            sink.emit(.resourceTooLarge, ["\(written)", "\(size.intValue / (1 << 20))", "\(Self.maxSize >> 20)"],
                      at: reference.location, suggestion: "Make the file smaller (scale or compress the image).")
            return nil
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: real)) else {
            sink.emit(.resourceMissing, ["'\(written)' cannot be read"], at: reference.location,
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
            sink.emit(.resourceUnknownType, ["'\(written)' is not \(what): it looks like \(Self.describe(data))"],
                      at: reference.location, suggestion: "Convert the file to \(what).")
            return nil
        }
        if use == .image, let problem = ImageIntegrity.problem(data, mediaType: mediaType, name: written) {
            sink.emit(.imageDamaged, ["image '\(written)' is damaged: \(problem)"],
                      at: reference.location,
                      suggestion: "Open and re-export the image in an image editor, or replace it (the file is \(real)).")
            return nil
        }
        let ext = (written as NSString).pathExtension
        if let named = MediaTypeSniffer.typeSuggested(byExtension: ext), named != mediaType {
            sink.emit(.resourceExtensionMismatch, ["\(written)", "\(named)", "\(mediaType)", "\(mediaType)"],
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

    /// What a file that is not what it should be looks like, in words: never its bytes, which
    /// may be a secret (a password file named as a stylesheet or an image).
    static func describe(_ data: Data) -> String {
        let head = [UInt8](data.prefix(512))
        let size = data.count == 1 ? "1 byte" : "\(data.count) bytes"
        func starts(_ text: String) -> Bool { head.starts(with: Array(text.utf8)) }
        if head.isEmpty { return "an empty file" }
        if starts("%PDF") { return "a PDF document (\(size))" }
        if starts("PK\u{3}\u{4}") { return "a ZIP archive (\(size))" }
        if head.contains(0) { return "binary data of no supported format (\(size))" }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        if text.contains("<html") || text.contains("<!doctype html") { return "an HTML page (\(size))" }
        if text.contains("<svg") { return "SVG markup Imprint could not recognise (\(size))" }
        return "text (\(size))"
    }

    /// What the file is for, in messages.
    static func noun(_ use: MediaTypeSniffer.Use) -> String {
        switch use {
        case .image: return "image"
        case .font: return "font"
        case .stylesheet: return "stylesheet"
        }
    }
}
