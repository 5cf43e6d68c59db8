import Diagnostics
import Foundation

/// Entry names must be unique after Unicode canonical normalisation and full case folding
/// (OCF 3.3 §4.2.2; OPF-060): `Chapter.xhtml` and `chapter.xhtml` collide on many systems.
///
/// Compatibility forms (`ﬁ` vs `fi`) stay distinct, as the spec says.
struct DuplicateNameRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf060]
    var stage: CheckStage { .container }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard let listing = context.listing else { return }
        var seen: [String: String] = [:]
        for item in listing.items where item.nameIsValidUTF8 && !item.isDirectory {
            // An ASCII name is its own canonical form and folds as it lowercases; only other
            // names need Foundation's normalisation (through NSString, slow on a long listing).
            let key = item.name.utf8.allSatisfy({ $0 < 0x80 }) ? item.name.lowercased()
                : item.name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
            if let first = seen[key] {
                let detail = first == item.name ? "" : " (clashes with \"\(first)\")"
                sink.emit(.opf060, ["\(item.name)", "\(detail)"],
                          at: context.location(item.name),
                          suggestion: "Rename or remove one of the entries so that every name is distinct.")
            } else {
                seen[key] = item.name
            }
        }
    }
}
