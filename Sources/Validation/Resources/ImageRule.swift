import Diagnostics
import Foundation

/// Raster images are what the manifest says (OPF-029), are readable (PKG-021, MED-004), and
/// carry an extension that matches their format (PKG-022).
///
/// In EPUBCheck's order, which decides which of these a broken image gets: fewer than four
/// bytes is a damaged header (MED-004) and an unreadable image (PKG-021); otherwise the first
/// bytes must be the declared format's signature (OPF-029); then the format the bytes show is
/// compared with the extension (PKG-022, the image is not read further) and, when they agree,
/// the header must give the image's size (PKG-021). Bytes of no known format are PKG-021.
struct ImageRule: PublicationRule {
    let codes: [DiagnosticCode] = [.med004, .opf029, .pkg021, .pkg022]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for item in context.manifest where item.url.isLocal && ["image/png", "image/jpeg", "image/gif", "image/webp"].contains(item.essence) {
            guard let data = context.data(item.path) else { continue }
            let location = context.location(item.path)
            func unreadable() {
                sink.emit(.pkg021, ["\(item.path)", "\(item.mediaType)"],
                          at: location, suggestion: "Re-export the image.")
            }
            guard data.count >= 4 else {
                sink.emit(.med004, ["\(item.path)", "\(data.count)"], at: location,
                          suggestion: "Re-export the image.")
                unreadable()
                continue
            }
            let sniffed = MediaType.sniff(data)
            let actual = sniffed.flatMap(MediaType.imageType(of:))
            if !ImageRule.signatureMatches(item.essence, data: data, actual: actual) {
                sink.emit(.opf029, ["The file \"\(item.path)\" does not appear to match the media type \(item.mediaType), as specified in the OPF file"
                          + (actual.map { " (its bytes are \($0))" } ?? " (its bytes are no known image format)")],
                          at: context.location(context.packagePath, line: item.line, column: item.column),
                          suggestion: actual.map { "Declare the item as \($0)." } ?? "Re-export the image.")
            }
            guard let sniffed, let actual else {
                unreadable()
                continue
            }
            let ext = item.path.split(separator: ".").last.map { $0.lowercased() } ?? ""
            let expected = MediaType.extensions(ofImage: actual)
            if item.path.contains("."), !expected.isEmpty, !expected.contains(ext) {
                sink.emit(.pkg022, ["\(actual)", "\(ext)"],
                          at: location, suggestion: "Rename the file to end in .\(expected[0]).")
                continue
            }
            if !ImageHeader.isReadable(data, as: sniffed) { unreadable() }
        }
    }

    /// EPUBCheck compares the first bytes with the declared type's signature: FF D8 for JPEG,
    /// "GIF8" for GIF, 89 "PNG" for PNG. Other types are judged by the format the bytes show.
    static func signatureMatches(_ declared: String, data: Data, actual: String?) -> Bool {
        let b = [UInt8](data.prefix(4))
        switch declared {
        case "image/jpeg": return b[0] == 0xFF && b[1] == 0xD8
        case "image/gif": return b == Array("GIF8".utf8)
        case "image/png": return b == [0x89, 0x50, 0x4E, 0x47]
        default: return actual == nil || actual == declared
        }
    }
}
