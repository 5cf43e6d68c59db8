import Diagnostics
import XMLSupport

/// Attributes of XHTML elements: only those HTML (EPUB 3) or XHTML 1.1 (EPUB 2) define, plus
/// `data-*`, ARIA, event handlers, RDFa and attributes in other namespaces (RSC-005, HTM-061).
struct AttributeRule: DocumentRule {
    let codes: [DiagnosticCode] = [.htm061, .xmlSchemaViolation]
    static let epubAttributes: Set<String> = ["type", "prefix", "textref", "trigger"]
    static let metadataElements: Set<String> = ["head", "title", "meta", "link", "style", "base", "script", "noscript", "template"]
    static let httpEquivValues: Set<String> = ["content-type", "default-style", "refresh", "x-ua-compatible", "content-security-policy"]

    /// `lang` and `xml:lang` hold an RFC 3066 language identifier (what the XML schemas type
    /// them as: letters, then letter-or-digit subtags, each 1–8 long) or, in EPUB 3, nothing.
    static func languageProblem(_ a: XMLAttribute, epub2: Bool = false) -> (code: DiagnosticCode, arguments: [String])? {
        let value = a.value
        // XHTML 1.1 types them as RFC 3066 codes, which are never empty; HTML allows "" (unknown).
        if (value.isEmpty && !epub2) || isLanguageIdentifier(value) { return nil }
        return (.xmlSchemaViolation, ["value of attribute \"\(a.qualifiedName)\" is invalid (\"\(a.value)\"); must be a language tag such as en or pt-BR"
                + (epub2 ? "" : ", or empty")])
    }

    /// `^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$` without a regular expression, which Foundation
    /// compiled anew for every `lang` of every document. Like ICU's `$`, one final line
    /// terminator is allowed.
    static func isLanguageIdentifier(_ value: String) -> Bool {
        var scalars = Substring(value).unicodeScalars
        if scalars.last == "\n" { scalars.removeLast(); if scalars.last == "\r" { scalars.removeLast() } }
        else if let last = scalars.last, ["\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(last) { scalars.removeLast() }
        var subtag = 0
        var first = true
        for c in scalars {
            if c == "-" {
                guard subtag > 0 else { return false }
                subtag = 0
                first = false
                continue
            }
            guard c.isASCII, c.properties.isAlphabetic || (!first && ("0"..."9").contains(c)) else { return false }
            subtag += 1
            if subtag > 8 { return false }
        }
        return subtag > 0
    }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        // In EPUB 3 SVG documents, the HTML of foreignObject and title is HTML all the same.
        document.isXHTML || (document.isSVG && !document.isEPUB2) ? Walker(rule: self, document: document) : nil
    }

    private final class Walker: ElementWalker {
        let rule: AttributeRule
        let document: DocumentInput
        let epub2: Bool

        init(rule: AttributeRule, document: DocumentInput) {
            self.rule = rule
            self.document = document
            epub2 = document.isEPUB2
        }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard e.namespaceKind == .xhtml else { return }
            if let missing = RequiredAttributes.missing(on: e, epub2: epub2) {
                sink.emit(.xmlSchemaViolation, ["element \"\(e.localName)\" is missing \(missing)"],
                          at: document.location(of: e), suggestion: "Add the attribute the element requires.")
            }
            if !epub2, e.localName == "input", let type = e.attribute("type"), !InputType.isValid(type) {
                sink.emit(.xmlSchemaViolation,
                          ["value of attribute \"type\" is invalid (\"\(type)\"); must be one of \(InputType.values.sorted().joined(separator: ", "))"],
                          at: document.location(of: e), suggestion: "Use one of HTML's input types, such as text or checkbox.")
            }
            for attribute in e.attributes {
                guard let problem = rule.problem(attribute, on: e, epub2: epub2) else { continue }
                sink.emit(problem.code, problem.arguments, at: document.location(of: e),
                          suggestion: "Remove the attribute, or use a data-* attribute or CSS instead.")
            }
        }
    }

    fileprivate func problem(_ a: XMLAttribute, on e: XMLElement, epub2: Bool) -> (code: DiagnosticCode, arguments: [String])? {
        let name = a.localName
        // Worded only when needed: most attributes are allowed, and this runs for every one.
        var notAllowed: (DiagnosticCode, [String]) {
            (.xmlSchemaViolation, ["attribute \"\(a.qualifiedName)\" not allowed on element \"\(e.localName)\""])
        }
        switch a.namespace {
        case nil:
            break
        case NS.xml:
            if name == "lang" { return AttributeRule.languageProblem(a, epub2: epub2) }
            // XHTML 1.1 fixes xml:space on pre, script and style only.
            if name == "space" && epub2 { return ["pre", "script", "style"].contains(e.localName) ? nil : notAllowed }
            return ["lang", "base", "space"].contains(name) ? nil : notAllowed
        case NS.epub:
            if epub2 { return notAllowed }
            if name == "prefix" && e.localName != "html" { return notAllowed }
            // EPUBCheck's schema gives epub:type to html, body and its content, not to the
            // document metadata.
            if name == "type" && AttributeRule.metadataElements.contains(e.localName) { return notAllowed }
            return AttributeRule.epubAttributes.contains(name) ? nil : notAllowed
        case ContentSchematronRule.xmlEvents where !epub2:
            // XML Events attributes belong to epub:trigger, not to HTML elements.
            return notAllowed
        default:
            // HTML allows extension attributes in other namespaces; XHTML 1.1 (OPS 2.0.1) does not.
            return epub2 ? notAllowed : nil
        }
        if name == "id" {
            // XHTML 1.1 ids are XML names; HTML ids are any non-empty string without spaces.
            let ok = epub2 ? XMLName.isNCName(a.value) : !a.value.isEmpty && !a.value.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D })
            return ok ? nil : (.xmlSchemaViolation, ["value of attribute \"id\" is invalid (\"\(a.value)\")"
                                + (epub2 ? "; must be an XML name without colons" : "; must not be empty or contain spaces")])
        }
        if name == "lang" { return AttributeRule.languageProblem(a, epub2: epub2) }
        if name == "charset", e.localName == "meta", !epub2, a.value.trimmingWhitespace().lowercased() != "utf-8" {
            return (.xmlSchemaViolation, ["value of attribute \"charset\" is invalid (\"\(a.value)\"); must be \"utf-8\""])
        }
        if name == "http-equiv", e.localName == "meta", epub2,
           !a.value.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_:".unicodeScalars.contains($0) }) {
            // XHTML 1.1 types http-equiv as an NMTOKEN.
            return (.xmlSchemaViolation, ["value of attribute \"http-equiv\" is invalid (\"\(a.value)\"); must be a name token"])
        }
        if name == "http-equiv", e.localName == "meta", !epub2,
           !AttributeRule.httpEquivValues.contains(a.value.trimmingWhitespace().lowercased()) {
            return (.xmlSchemaViolation, ["value of attribute \"http-equiv\" is invalid (\"\(a.value)\"); must be content-type, default-style, refresh, x-ua-compatible or content-security-policy"])
        }
        // EPUBCheck's XHTML 1.1 for OPS 2.0.1 has no Intrinsic Events module (OPS 2.0.1 §2.2
        // does not list it): event handler attributes are HTML's, EPUB 3's.
        if ScriptEvents.isHandler(name) { return epub2 ? notAllowed : nil }
        if epub2 {
            if let bare = HTMLAttributes.xhtml11Bare[e.localName] { return bare.contains(name) ? nil : notAllowed }
            if HTMLAttributes.xhtml11Common.contains(name) || HTMLAttributes.xhtml11Elements[e.localName]?.contains(name) == true {
                return nil
            }
            return notAllowed
        }
        if name.hasPrefix("data-") {
            let rest = name.dropFirst(5)
            if rest.isEmpty || rest.contains(where: { $0.isUppercase }) {
                return (.htm061, [name])
            }
            return nil
        }
        if name.hasPrefix("aria-") { return nil }
        if HTMLAttributes.global.contains(name) || HTMLAttributes.elements[e.localName]?.contains(name) == true { return nil }
        if e.localName == "embed" { return nil }   // embed takes any attribute as a plugin parameter
        return notAllowed
    }
}
