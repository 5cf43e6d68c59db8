import CLibXML2
import Diagnostics

/// Turns libxml2's parser errors into diagnostics the way EPUBCheck grades them.
///
/// A well-formedness error (libxml2's FATAL level, or a namespace error, which XML with
/// namespaces also treats as fatal) is RSC-016; only the first is reported, because libxml2
/// keeps scanning after it and what follows is noise. Other errors are RSC-005; warnings are
/// dropped. An undeclared entity in a document with an external DTD is not reported here:
/// whether `&nbsp;` is fine depends on which DTD it is, which the content rules know.
struct ParseProblems {
    let log: LibXMLErrorLog
    let location: SourceLocation

    /// Emits the problems; returns whether the document can be used.
    @discardableResult
    func report(wellFormed: Bool, sink: inout DiagnosticSink) -> Bool {
        var usable = wellFormed
        var reportedFatal = false
        for entry in log.entries {
            let at = location.at(line: entry.line > 0 ? entry.line : nil, column: entry.column > 0 ? entry.column : nil)
            let message = ParseProblems.clean(entry.message)
            if message.hasPrefix("Excessive depth in document") {
                sink.emit(.xmlTooDeep, ["256 levels deep; the document was not checked further"],
                          at: at, suggestion: "Flatten the structure; no reading system needs such nesting.")
                reportedFatal = true
                usable = false
                continue
            }
            let isFatal = entry.level == XML_ERR_FATAL
                || (entry.domain == Int32(XML_FROM_NAMESPACE.rawValue) && entry.level == XML_ERR_ERROR)
            if isFatal {
                usable = false
                guard !reportedFatal else { continue }
                reportedFatal = true
                sink.emit(.xmlNotWellFormed, ["\(message)"], at: at,
                          suggestion: "Fix the markup at this position; nothing else in the file can be checked until it is well-formed.")
            } else if entry.level == XML_ERR_ERROR, entry.code != Int32(XML_WAR_UNDECLARED_ENTITY.rawValue), !reportedFatal {
                sink.emit(.xmlSchemaViolation, ["\(message)"], at: at)
            }
        }
        if !usable && !reportedFatal {
            sink.emit(.xmlNotWellFormed, ["the document is not well-formed XML"], at: location)
        }
        return usable
    }

    /// libxml2's messages end in a newline, sometimes carry a second line of evidence, and
    /// a few are cryptic; make them one readable sentence.
    static func clean(_ raw: String) -> String {
        var lines = raw.split(separator: "\n").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return "unknown error" }
        let rewrites: [(String, String)] = [
            ("Input is not proper UTF-8, indicate encoding !", "the bytes are not valid UTF-8 and no other encoding is declared"),
            ("Document is empty", "the document is empty"),
            ("Start tag expected, '<' not found", "no root element: the document must start with '<'"),
            ("Extra content at the end of the document", "there is content after the root element ends"),
            ("xmlParseEntityRef: no name", "'&' must start an entity or character reference; write '&amp;' for a literal ampersand"),
            ("Detected an entity reference loop",
             "entities in the document type expand recursively or explosively (an entity bomb); no entity is expanded"),
            ("EntityRef: expecting ';'", "an entity reference is missing its closing ';' (write '&amp;' for a literal ampersand)"),
        ]
        for (from, to) in rewrites where lines[0] == from { lines[0] = to }
        if lines[0].contains("huge text node") {
            lines[0] = "a text run is longer than 10,000,000 bytes, more than any document needs"
        }
        if lines[0].hasPrefix("Entity '"), lines[0].hasSuffix("' not defined") {
            lines[0] = "the entity \(lines[0].dropFirst(7).dropLast(12)) is referenced but not declared"
        }
        return lines.joined(separator: "; ")
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var s = self
        while s.first == set || s.first == "\t" || s.first == "\r" { s.removeFirst() }
        while s.last == set || s.last == "\t" || s.last == "\r" { s.removeLast() }
        return String(s)
    }
}
