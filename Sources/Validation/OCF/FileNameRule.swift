import Diagnostics

/// File names in the container: characters OCF forbids (PKG-009), a trailing dot (PKG-011),
/// white space of any kind (PKG-010) and non-ASCII characters (PKG-012), which older reading
/// systems mishandle.
struct FileNameRule: PublicationRule {
    let codes: [DiagnosticCode] = [.pkg009, .pkg010, .pkg011, .pkg012]
    var stage: CheckStage { .container }
    /// OCF 3.3 §4.2.1: characters that must not appear in file names.
    static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0xE000...0xF8FF, 0xF0000...0xFFFFF, 0x100000...0x10FFFF: return true   // private use
        case 0xFDD0...0xFDEF, 0xFFF0...0xFFFF: return true                            // non-characters, specials
        case 0xE0001: return true                                                     // LANGUAGE TAG, deprecated
        case 0x2F: return false   // the path separator itself
        default: break
        }
        if scalar.value & 0xFFFE == 0xFFFE { return true }   // U+nFFFE/U+nFFFF
        return "\"*:<>?|\\".unicodeScalars.contains(scalar)
    }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var seen = Set<String>()
        for name in names(context) where seen.insert(name).inserted {
            let location = context.location(name)
            let bad = Set(name.unicodeScalars.filter(FileNameRule.forbidden))
            if !bad.isEmpty {
                let list = bad.sorted { $0.value < $1.value }
                    .map { String(format: "U+%04X", $0.value) + ($0.value > 0x20 && $0.value != 0x7F ? " (\(Character($0)))" : "") }
                sink.emit(.pkg009, ["\(name)", "\(list.joined(separator: ", "))"],
                          at: location, suggestion: "Rename the file using letters, digits, '-', '_' and '.' only, and update every reference to it.")
            }
            if name.hasSuffix(".") {
                sink.emit(.pkg011, ["\(name)"], at: location,
                          suggestion: "Rename the file so that it does not end with a dot.")
            }
            // White space as EPUBCheck finds it: Unicode's White_Space property (tabs and line
            // breaks, NEL, no-break, thin and ideographic spaces too).
            if name.unicodeScalars.contains(where: \.properties.isWhitespace) {
                sink.emit(.pkg010, ["\(name)"],
                          at: location, suggestion: "Replace the spaces with '-' or '_'.")
            }
            if !name.unicodeScalars.allSatisfy(\.isASCII) {
                sink.emit(.pkg012, ["\(name)"],
                          at: location, suggestion: "Prefer ASCII file names.")
            }
        }
    }

    private func names(_ context: CheckContext) -> [String] {
        // Files only, as EPUBCheck: a folder's name is judged in the names of the files in it.
        if let listing = context.listing { return listing.items.filter { $0.nameIsValidUTF8 && !$0.isDirectory }.map(\.name) }
        return context.publication.paths
    }
}
