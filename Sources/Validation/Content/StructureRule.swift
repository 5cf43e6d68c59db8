import Diagnostics
import XMLSupport

/// Structural constraints of HTML and XHTML 1.1 that a per-child content model does not
/// express (RSC-005): required children (`head` needs a `title`, a `dl`'s terms need their
/// descriptions, EPUB 2 lists and rows need items), no interactive content inside `a`, one
/// `figcaption` per `figure`, attribute values typed as numbers or keywords, and in EPUB 2
/// no foreign vocabularies but SVG.
struct StructureRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML && document.root.namespaceKind == .xhtml ? Walker(rule: self, document: document) : nil
    }

    private final class Walker: ElementWalker {
        let rule: StructureRule
        let document: DocumentInput
        let epub2: Bool
        /// Open `a` elements around the current one.
        var linkDepth = 0
        /// Depth inside a foreign (non-XHTML) element, whose content has rules of its own.
        var foreignDepth = 0
        /// Every element's 1-based position in document order, and where each id occurs.
        var position = 0
        var firstPosition: [String: Int] = [:]
        /// Later positions of ids that occur more than once (rare: an allocation per id would not be).
        var laterPositions: [String: [Int]] = [:]
        /// ARIA references, judged at the end when every id is known; `aria-activedescendant`
        /// names a descendant, so it keeps the span of positions its element covers.
        var ariaReferences: [(element: XMLElement, name: String, value: String, span: Range<Int>?)] = []
        var openDescendantScopes: [(element: XMLElement, start: Int, value: String)] = []
        var wantsLeave: Bool { true }

        init(rule: StructureRule, document: DocumentInput) {
            self.rule = rule
            self.document = document
            epub2 = document.isEPUB2
        }

        private func report(_ message: String, _ suggestion: String, at e: XMLElement, _ sink: inout DiagnosticSink) {
            sink.emit(.xmlSchemaViolation, [message], at: document.location(of: e), suggestion: suggestion)
        }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            position += 1
            if let id = e.attribute("id") {
                if firstPosition[id] == nil { firstPosition[id] = position } else { laterPositions[id, default: []].append(position) }
            }
            // The Schematron's ARIA references hold on every element, SVG and MathML included.
            if !epub2 {
                for attribute in e.attributes where attribute.namespace == nil && StructureRule.ariaReferences.contains(attribute.localName) {
                    if attribute.localName == "aria-activedescendant" {
                        openDescendantScopes.append((e, position, attribute.value))
                    } else {
                        ariaReferences.append((e, attribute.localName, attribute.value, nil))
                    }
                }
            }
            if foreignDepth > 0 { foreignDepth += 1; return }
            if e.namespaceKind != .xhtml {
                if epub2 && e.namespaceKind != .svg && e.namespaceKind != .epub {
                    report("elements from namespace \"\(e.namespace ?? "")\" are not allowed", "EPUB 2 content documents allow XHTML and SVG only.", at: e, &sink)
                }
                foreignDepth = 1
                return
            }
            if let problem = rule.childrenProblem(e, epub2: epub2) { report(problem, "Add the element the content model requires.", at: e, &sink) }
            // EPUB 3's nesting constraints are ContentSchematronRule's.
            if epub2 && linkDepth > 0 && e.localName == "a" {
                report("the \(e.localName) element must not appear inside a elements", "Do not nest links or controls inside a link.", at: e, &sink)
            }
            for attribute in e.attributes where attribute.namespace == nil && StructureRule.typedAttributes.contains(attribute.localName) {
                if let problem = rule.valueProblem(attribute.localName, attribute.value, on: e, epub2: epub2) {
                    report(problem, "Fix the attribute value.", at: e, &sink)
                }
            }
            if !epub2 && e.localName == "table", let problem = StructureRule.headersProblem(e) {
                report(problem.message, "Point headers at the ids of th cells of the same table.", at: e, &sink)
            }
            if e.localName == "a" { linkDepth += 1 }
        }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
            while let open = openDescendantScopes.last, open.element === e {
                openDescendantScopes.removeLast()
                ariaReferences.append((e, "aria-activedescendant", open.value, (open.start + 1)..<(position + 1)))
            }
            if foreignDepth > 0 { foreignDepth -= 1; return }
            if e.localName == "a" { linkDepth -= 1 }
        }

        func finish(into sink: inout DiagnosticSink) {
            for (e, name, value, span) in ariaReferences {
                let missing = value.splitTokens().filter { id in
                    guard let first = firstPosition[id] else { return true }
                    guard let span else { return false }
                    return !span.contains(first) && !(laterPositions[id] ?? []).contains { span.contains($0) }
                }
                guard !missing.isEmpty else { continue }
                report("the \(name) attribute must refer to "
                       + (span != nil ? "a descendant element" : "elements in the same document")
                       + " (no id \(missing.map { "\"\($0)\"" }.joined(separator: ", ")))",
                       "Point it at the id of an element in this document.", at: e, &sink)
            }
        }
    }

    /// Elements whose children are constrained here; others are not looked at (this runs for
    /// every element of every document).
    static let constrained: NameSet = ["head", "dl", "ul", "ol", "tr", "table", "figure", "title"]

    fileprivate func childrenProblem(_ e: XMLElement, epub2: Bool) -> String? {
        guard StructureRule.constrained.contains(e.localName) else { return nil }
        let names = e.elementChildren.filter { $0.namespaceKind == .xhtml }.map(\.localName)
        func incomplete(_ missing: String) -> String { "element \"\(e.localName)\" incomplete; missing required element \"\(missing)\"" }
        switch e.localName {
        case "head":
            // XHTML 1.1 requires the title; EPUBCheck's HTML grammar does not.
            return !epub2 || names.contains("title") ? nil : incomplete("title")
        case "dl":
            let terms = names.filter { $0 == "dt" || $0 == "dd" || (!epub2 && $0 == "div") }
            if epub2 && terms.isEmpty { return incomplete("dt") }
            if !epub2, let last = terms.last, last == "dt" { return incomplete("dd") }
            return nil
        case "ul", "ol":
            return epub2 && !names.contains("li") ? incomplete("li") : nil
        case "tr":
            return epub2 && !names.contains(where: { $0 == "td" || $0 == "th" }) ? incomplete("td") : nil
        case "table":
            if epub2 { return !names.contains(where: { $0 == "tr" || $0 == "tbody" }) ? incomplete("tr") : nil }
            return StructureRule.tableOrderProblem(names)
        case "title":
            // HTML: a document's title is never empty.
            return !epub2 && e.textContent.allSatisfy(\.isWhitespace) ? "element \"title\" must not be empty" : nil
        case "figure":
            return names.filter({ $0 == "figcaption" }).count > 1 ? "element \"figcaption\" not allowed here: a figure has at most one figcaption" : nil
        default:
            return nil
        }
    }

    static let typedAttributes: NameSet = ["colspan", "rowspan", "width", "height", "start", "role", "dir", "src", "type", "hidden", "usemap"]

    /// ARIA attributes whose ids must exist in the document (EPUBCheck's HTML Schematron).
    static let ariaReferences: NameSet = ["aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "aria-flowto",
                                              "aria-activedescendant"]

    fileprivate func valueProblem(_ name: String, _ value: String, on e: XMLElement, epub2: Bool) -> String? {
        switch name {
        case "colspan", "rowspan":
            // XHTML 1.1 (EPUB 2) leaves these as text.
            guard !epub2, e.localName == "td" || e.localName == "th" else { return nil }
            let trimmed = value.trimmingWhitespace()
            return !trimmed.isEmpty && trimmed.allSatisfy(\.isASCII) && trimmed.allSatisfy(\.isNumber)
                ? nil : "value of attribute \"\(name)\" is invalid (\"\(value)\"); must be an integer"
        case "width", "height":
            // HTML dimensions are integers of CSS pixels; XHTML 1.1 allowed lengths like 50%.
            guard !epub2, ["img", "video", "canvas", "iframe", "embed", "object", "input", "source"].contains(e.localName) else { return nil }
            let trimmed = value.trimmingWhitespace()
            return !trimmed.isEmpty && trimmed.allSatisfy({ $0.isASCII && $0.isNumber })
                ? nil : "value of attribute \"\(name)\" is invalid (\"\(value)\"); must be an integer"
        case "start" where e.localName == "ol" && !epub2:
            let trimmed = value.trimmingWhitespace()
            let digits = trimmed.hasPrefix("-") ? trimmed.dropFirst() : Substring(trimmed)
            return !digits.isEmpty && digits.allSatisfy({ $0.isASCII && $0.isNumber })
                ? nil : "value of attribute \"start\" is invalid (\"\(value)\"); must be an integer"
        case "role" where !epub2:
            let unknown = value.splitTokens().filter { !ARIARoles.all.contains($0) }
            return unknown.isEmpty ? nil : "value of attribute \"role\" is invalid (\"\(unknown.joined(separator: " "))\" is not an ARIA role)"
        case "usemap" where !epub2:
            // A hash-name reference: "#" and at least one character.
            return value.hasPrefix("#") && value.count > 1 ? nil : "value of attribute \"usemap\" is invalid (\"\(value)\"); must be \"#\" followed by a map name"
        case "dir":
            // HTML's enumerated attributes are ASCII case-insensitive; XHTML 1.1's DTD values are not.
            let allowed = epub2 ? ["ltr", "rtl"] : ["ltr", "rtl", "auto"]
            return allowed.contains(epub2 ? value : value.lowercased()) ? nil : "value of attribute \"dir\" is invalid (\"\(value)\"); must be \(allowed.joined(separator: " or "))"
        case "type" where e.localName == "ol" && !epub2:
            return ["1", "a", "A", "i", "I"].contains(value) ? nil : "value of attribute \"type\" is invalid (\"\(value)\"); must be equal to \"1\", \"A\", \"I\", \"a\" or \"i\""
        case "hidden" where !epub2:
            return ["", "hidden", "until-found"].contains(value.lowercased()) ? nil : "value of attribute \"hidden\" is invalid (\"\(value)\"); must be equal to \"\", \"hidden\" or \"until-found\""
        case "src" where e.localName == "img" && !epub2:
            return value.trimmingWhitespace().isEmpty ? "value of attribute \"src\" is invalid; must be a non-empty URL" : nil
        default:
            return nil
        }
    }

    /// HTML's table content model, in order: caption?, colgroup*, thead?, (tbody* | tr+), tfoot?
    /// (script-supporting elements anywhere). The first element out of place is reported.
    static func tableOrderProblem(_ names: [String]) -> String? {
        let rank: [String: Int] = ["caption": 0, "colgroup": 1, "thead": 2, "tbody": 3, "tr": 3, "tfoot": 4]
        var last = -1
        var seen: Set<String> = []
        for name in names {
            guard let r = rank[name] else { continue }
            let once = name == "caption" || name == "thead" || name == "tfoot"
            if r < last || (once && seen.contains(name)) || (name == "tr" && seen.contains("tbody")) || (name == "tbody" && seen.contains("tr")) {
                return "element \"\(name)\" not allowed here (a table holds caption, colgroup, thead, tbody or tr, tfoot in that order)"
            }
            last = r
            seen.insert(name)
        }
        return nil
    }

    /// HTML: a cell's headers name th cells of its own table (nested tables are their own).
    static func headersProblem(_ table: XMLElement) -> (message: String, line: Int)? {
        var headerIDs: Set<String> = []
        var cells: [XMLElement] = []
        var stack = table.elementChildren
        while let e = stack.popLast() {
            if e.localName == "table" { continue }
            if e.localName == "th", let id = e.attribute("id") { headerIDs.insert(id) }
            if (e.localName == "td" || e.localName == "th") && e.attribute("headers") != nil { cells.append(e) }
            stack.append(contentsOf: e.elementChildren)
        }
        for cell in cells {
            let missing = cell.attribute("headers")!.splitTokens().filter { !headerIDs.contains($0) }
            if !missing.isEmpty {
                return ("the headers attribute must refer to th elements in the same table (no th with id \(missing.map { "\"\($0)\"" }.joined(separator: ", ")))", cell.line)
            }
        }
        return nil
    }
}
