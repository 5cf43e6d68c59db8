import Diagnostics

/// The `mimetype` entry: first in the archive, stored, no extra field, exactly
/// `application/epub+zip` (OCF 3.3 §4.3; PKG-005, PKG-006, PKG-007).
///
/// A deflated `mimetype` is an error here even though EPUBCheck's header test misses some
/// cases: reading systems sniff the bytes at offset 38 (see docs/epubcheck-differences.md).
struct MimetypeRule: PublicationRule {
    let codes: [DiagnosticCode] = [.pkg005, .pkg006, .pkg007]
    var stage: CheckStage { .container }
    static let expected = "application/epub+zip"

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let location = context.location("mimetype")
        guard let listing = context.listing else {
            checkFolder(context, location, &sink)
            return
        }
        let first = listing.items.first { !$0.isDirectory } ?? listing.items.first
        guard listing.items.contains(where: { $0.name == "mimetype" }), first?.name == "mimetype",
              listing.firstEntryName == "mimetype" else {
            let found = listing.firstEntryName ?? first?.name
            sink.emit(.pkg006, ["The mimetype file entry is missing or is not the first file in the archive"
                      + (found.map { " (found \"\($0)\")" } ?? "")], at: location,
                      suggestion: "Pack a file named mimetype containing application/epub+zip as the first entry, stored (zip -X0).")
            if let data = context.data("mimetype"), String(decoding: data, as: UTF8.self) != MimetypeRule.expected {
                sink.emit(.pkg007, ["should contain only the string \"application/epub+zip\" but contains \(describe(String(decoding: data, as: UTF8.self)))"],
                          at: location, suggestion: "Write exactly application/epub+zip, with no spaces and no newline.")
            }
            return
        }
        if let extra = listing.firstEntryExtraFieldLength, extra != 0 {
            sink.emit(.pkg005, ["\(extra)"],
                      at: location, suggestion: "Pack mimetype with no extra field (zip -X0 mimetype).")
        }
        let item = listing.items.first { $0.name == "mimetype" }
        let content = context.data("mimetype").map { String(decoding: $0, as: UTF8.self) }
        if item?.compressionMethod != 0 || listing.firstEntryCompressionMethod != 0 {
            sink.emit(.pkg007, ["must not be compressed (it is stored with method \(item?.compressionMethod ?? 0))"],
                      at: location, suggestion: "Store mimetype uncompressed (zip -X0 mimetype).")
        } else if content != MimetypeRule.expected {
            sink.emit(.pkg007, ["should contain only the string \"application/epub+zip\" but contains \(describe(content))"],
                      at: location, suggestion: "Write exactly application/epub+zip, with no spaces and no newline.")
        }
    }

    private func checkFolder(_ context: CheckContext, _ location: SourceLocation, _ sink: inout DiagnosticSink) {
        guard let data = context.data("mimetype") else {
            sink.emit(.pkg006, ["The mimetype file is missing"], at: location,
                      suggestion: "Add a file named mimetype containing application/epub+zip.")
            return
        }
        let content = String(decoding: data, as: UTF8.self)
        if content != MimetypeRule.expected {
            sink.emit(.pkg007, ["should contain only the string \"application/epub+zip\" but contains \(describe(content))"],
                      at: location, suggestion: "Write exactly application/epub+zip, with no spaces and no newline.")
        }
    }

    private func describe(_ content: String?) -> String {
        guard let content else { return "nothing readable" }
        let shown = content.prefix(60).replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        return "\"\(shown)\""
    }
}
