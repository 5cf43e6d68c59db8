import Diagnostics
import Foundation
import XMLSupport

/// Package metadata: `dc:title`, `dc:identifier` and `dc:language` present and (EPUB 3; in
/// EPUB 2 only `dc:identifier`) not empty, exactly one `dcterms:modified` of the form `CCYY-MM-DDThh:mm:ssZ` (RSC-005, as
/// EPUBCheck reports schema rules), and well-formed language tags (OPF-092).
struct MetadataRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf092, .xmlSchemaViolation]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let p = context.package
        let location = context.packageLocation
        for name in ["title", "identifier", "language"] where p.dc(name).isEmpty {
            sink.emit(.xmlSchemaViolation, ["the metadata must include a dc:\(name) element"], at: location,
                      suggestion: "Add <dc:\(name)>…</dc:\(name)> to the package metadata.")
        }
        guard !p.isEPUB2 else {
            // OPF 2.0's schema types dc:identifier (only it) as a token of at least one character.
            for entry in p.dc("identifier") where entry.value.trimmingWhitespaceAndNewlines().isEmpty {
                sink.emit(.xmlSchemaViolation, ["character content of element \"dc:identifier\" invalid; must be a string with length at least 1"],
                          at: context.location(context.packagePath, line: entry.line, column: entry.column), suggestion: "Give dc:identifier a value.")
            }
            return
        }
        for entry in p.metadata where entry.isDC {
            if entry.value.trimmingWhitespaceAndNewlines().isEmpty {
                sink.emit(.xmlSchemaViolation, ["element \"dc:\(entry.name)\" must not be empty"],
                          at: context.location(context.packagePath, line: entry.line, column: entry.column), suggestion: "Give dc:\(entry.name) a value.")
            }
        }
        let modified = p.meta("dcterms:modified")
        if modified.count != 1 {
            sink.emit(.xmlSchemaViolation, ["package metadata must contain exactly one dcterms:modified property (found \(modified.count))"],
                      at: location, suggestion: "Add one <meta property=\"dcterms:modified\">2024-01-01T00:00:00Z</meta>.")
        }
        for m in modified where !MetadataRule.isModifiedDate(m.value.trimmingWhitespaceAndNewlines()) {
            sink.emit(.xmlSchemaViolation, ["dcterms:modified illegal syntax (expecting 'CCYY-MM-DDThh:mm:ssZ'), found \"\(m.value)\""],
                      at: context.location(context.packagePath, line: m.line, column: m.column), suggestion: "Write the date in UTC as 2024-01-31T12:00:00Z.")
        }
        // xml:lang on any package element (an empty one means "unknown" and is allowed).
        if let root = context.packageXML?.root {
            for e in [root] + root.descendants() {
                guard let lang = e.attribute("lang", namespace: NS.xml), !lang.isEmpty, !LanguageTag.isWellFormed(lang) else { continue }
                sink.emit(.opf092, ["\"\(lang)\" of xml:lang on <\(e.qualifiedName)> is not well-formed"],
                          at: context.location(context.packagePath, line: e.line, column: e.column),
                          suggestion: "Use a BCP 47 tag such as en, en-GB or zh-Hant, without spaces.")
            }
        }
        for lang in p.dc("language") {
            let tag = lang.value.trimmingWhitespaceAndNewlines()
            if !tag.isEmpty && !LanguageTag.isWellFormed(tag) {
                sink.emit(.opf092, ["\"\(tag)\" is not well-formed"], at: context.location(context.packagePath, line: lang.line, column: lang.column),
                          suggestion: "Use a BCP 47 tag such as en, en-GB or zh-Hant.")
            }
        }
    }

    static func isModifiedDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 20 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        guard digits.allSatisfy({ b[$0] >= 48 && b[$0] <= 57 }) else { return false }
        return b[4] == 45 && b[7] == 45 && b[10] == 84 && b[13] == 58 && b[16] == 58 && b[19] == 90
    }
}

/// BCP 47 well-formedness, the syntax only (RFC 5646 §2.1), without the registry.
enum LanguageTag {
    static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard let first = parts.first, !first.isEmpty else { return false }
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else { return false }
        if first == "x" || first == "i" { return parts.count > 1 }
        guard first.allSatisfy(\.isLetter), (2...8).contains(first.count) else { return false }
        return true
    }
}
