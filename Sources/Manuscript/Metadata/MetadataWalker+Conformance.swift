import BookModel
import Foundation
import Yams

/// The conformance claim and its certification (EPUB Accessibility 1.1 §5.2 and the EAA
/// exemptions): values only an author can give, so each is checked here against what EPUB
/// Accessibility 1.1 allows and never derived from the content.
extension MetadataWalker {
    /// The EAA exemption values of the EPUB Accessibility Vocabulary (`a11y:exemption`).
    static let exemptions: Set<String> = ["eaa-disproportionate-burden", "eaa-fundamental-alteration",
                                          "eaa-microenterprise"]

    /// The conformance identifiers EPUB Accessibility 1.1 §5.2 defines (1.1's own strings) and
    /// the two URLs of EPUB Accessibility 1.0 it still recognises; nil when `value` is neither.
    static func conformanceIdentifier(_ value: String) -> String? {
        let collapsed = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let v10 = ["http://www.idpf.org/epub/a11y/accessibility-20170105.html#wcag-a",
                   "http://www.idpf.org/epub/a11y/accessibility-20170105.html#wcag-aa"]
        if v10.contains(collapsed) { return collapsed }
        for version in ["2.0", "2.1", "2.2"] {
            for level in ["A", "AA", "AAA"] {
                let identifier = "EPUB Accessibility 1.1 - WCAG \(version) Level \(level)"
                if collapsed.caseInsensitiveCompare(identifier) == .orderedSame { return identifier }
            }
        }
        return nil
    }

    mutating func readConformance(_ key: String, _ node: Node) {
        var a = document.fields.accessibility
        switch key {
        case "certified-by", "a11y:certifiedby":
            a.certifiedBy = text(node, key)
        case "certifier-credential", "a11y:certifiercredential":
            a.certifierCredential = text(node, key)
        case "certifier-report", "a11y:certifierreport":
            guard let report = text(node, key) else { return }
            guard let url = URL(string: report), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                  url.host?.isEmpty == false else {
                invalid(node, "'\(key)' must be the web address of the certifier's report, not '\(report)'",
                        suggestion: "Write the report's https:// address, or leave the key out.")
                return
            }
            a.certifierReport = report
        case "exemption", "exemptions", "a11y:exemption":
            guard let values = texts(node, key) else { return }
            let bad = values.filter { !Self.exemptions.contains($0) }
            guard bad.isEmpty else {
                invalid(node, "'\(key)': " + bad.map { "'\($0)'" }.joined(separator: ", ") + " is not an exemption of the European Accessibility Act",
                        suggestion: "Use " + Self.exemptions.sorted().joined(separator: ", ") + ".")
                return
            }
            a.exemptions = values
        default:  // conforms-to, dcterms:conformsTo
            guard let claim = text(node, key) else { return }
            guard let identifier = Self.conformanceIdentifier(claim) else {
                invalid(node, "'\(key)': '\(claim)' is not a conformance identifier of EPUB Accessibility 1.1; no conformance is claimed",
                        suggestion: "Write 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA' (or WCAG 2.0/2.1, Level A/AA/AAA) once the book has been evaluated against it, or leave the key out.")
                return
            }
            a.conformsTo = identifier
        }
        document.fields.accessibility = a
    }
}
