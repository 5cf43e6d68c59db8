import Diagnostics
import Foundation
import OCF
import XMLSupport

/// The parts of a .docx or .odt: a ZIP package of XML, opened with the same reader and the same
/// limits as `imprint check` opens an EPUB, so an archive bomb or a hostile name in a manuscript
/// is refused exactly as it would be in a book.
///
/// What is not a package is named for what it is: a Word 97–2003 file, or a password-protected
/// document (both OLE compound files, which start D0 CF 11 E0), or just not a ZIP.
struct OfficePackage {
    enum Format: String {
        case word = "Word"
        case openDocument = "OpenDocument"
    }

    let path: String
    let format: Format
    private let parts: [String: Data]

    /// Opens `data` (the bytes of the file at `path`); nil, with the reason reported, when it is
    /// not a package of `format`.
    init?(data: Data, path: String, format: Format, limits: ArchiveLimits = .default, sink: inout DiagnosticSink) {
        self.path = path
        self.format = format
        let location = SourceLocation(file: path)
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // Encrypted OOXML and ODF-in-OLE keep an "EncryptedPackage" stream; a .doc has a
            // "WordDocument" stream. Stream names are UTF-16 in the directory sectors.
            if Self.contains(data, utf16: "EncryptedPackage") || Self.contains(data, utf16: "EncryptionInfo") {
                sink.emit(.documentEncrypted, [path, format.rawValue], at: location,
                          suggestion: "Open it in Word or LibreOffice, remove the password (File ▸ Info ▸ Protect Document), save, and build again.")
            } else if format == .word, Self.contains(data, utf16: "WordDocument") {
                sink.emit(.documentLegacyWord, [path], at: location,
                          suggestion: "Open it in Word or LibreOffice and save it as a Word document (.docx).")
            } else {
                sink.emit(.documentUnreadable, [path, format.rawValue, "it is an OLE compound file (an older Office format), not a ZIP package"],
                          at: location, suggestion: "Save it as .docx or .odt and build again.")
            }
            return nil
        }
        guard data.starts(with: [0x50, 0x4B]) else {
            sink.emit(.documentUnreadable, [path, format.rawValue, "it is not a ZIP package (it starts with \(Self.describe(data)))"],
                      at: location, suggestion: "Save the document again from Word or LibreOffice; a renamed file of another kind cannot be read.")
            return nil
        }
        var scratch = DiagnosticSink(policy: sink.policy)
        let read = Archive.read(data: data, name: path, limits: limits, sink: &scratch)
        // The limits and unsafe names concern any archive; the EPUB container rules (PKG-…) do not.
        for diagnostic in scratch.diagnostics where !diagnostic.id.hasPrefix("PKG-") {
            sink.emit(diagnostic)
        }
        guard let (listing, publication) = read else {
            let reason = scratch.diagnostics.first.map(\.message) ?? "the ZIP structure is damaged"
            sink.emit(.documentUnreadable, [path, format.rawValue, reason], at: location,
                      suggestion: "The file is damaged or was cut short; save it again from Word or LibreOffice.")
            return nil
        }
        if listing.items.contains(where: \.isEncrypted) {
            sink.emit(.documentEncrypted, [path, format.rawValue], at: location,
                      suggestion: "Remove the password in Word or LibreOffice, save, and build again.")
            return nil
        }
        var parts: [String: Data] = [:]
        for entry in publication.entries { parts[entry.path] = entry.data }
        self.parts = parts
    }

    subscript(_ name: String) -> Data? { parts[name] }

    var names: [String] { Array(parts.keys) }

    /// Parses a part as XML; nil when it is missing or not well-formed (reported). The readers
    /// name lines only, so the elements are parsed without columns.
    func xml(_ name: String, sink: inout DiagnosticSink) -> XMLElement? {
        guard let data = parts[name] else { return nil }
        return XMLParser.parse(data, location: SourceLocation(file: name, container: path), columns: false, sink: &sink)?.root
    }

    /// Resolves a relationship target against the part that holds it (`word/document.xml` +
    /// `media/a.png` → `word/media/a.png`; `/word/x.xml` is from the package root).
    static func resolve(_ target: String, from part: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var components: [Substring] = decoded.hasPrefix("/") ? [] : part.split(separator: "/").dropLast()
        for piece in decoded.split(separator: "/") {
            if piece == ".." { _ = components.popLast() } else if piece != "." { components.append(piece) }
        }
        return components.joined(separator: "/")
    }

    private static func contains(_ data: Data, utf16 name: String) -> Bool {
        let needle = Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: needle) != nil
    }

    private static func describe(_ data: Data) -> String {
        let head = data.prefix(4)
        if head.isEmpty { return "nothing: the file is empty" }
        return head.map { String(format: "%02X", $0) }.joined(separator: " ")
    }
}
