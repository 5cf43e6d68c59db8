import Diagnostics
import XMLSupport

/// Structure that assistive technology announces is well formed (WCAG 1.3.1, 2.4.6): lists hold
/// list items and list items sit in lists, definition lists hold terms and definitions, table
/// cells name header cells of their table, headings have text and go down one level at a time.
/// As axe-core's list, listitem, definition-list, dlitem, td-headers-attr, empty-table-header,
/// empty-heading and heading-order.
struct AccessibleStructureRule: DocumentRule {
    let codes: [DiagnosticCode] = [.a11y050, .a11y051, .a11y052, .a11y053, .a11y054, .a11y055, .a11y056, .a11y057]
    var concern: RuleConcern { .accessibility }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML && document.root.namespaceKind == .xhtml ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var subscriptions: Set<String>? {
            ["ul", "ol", "li", "dl", "dt", "dd", "table", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span"]
        }
        var wantsLeave: Bool { true }
        var previousLevel: Int?
        /// Open tables: the ids of their cells, and cells that name headers.
        var tables: [(element: XMLElement, cellIDs: Set<String>, citing: [XMLElement])] = []

        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard e.namespaceKind == .xhtml else { return }
            let place = document.location(of: e)
            let explicit = ARIA.explicitRole(e)
            switch e.localName {
            case "ul", "ol":
                guard explicit == nil || explicit == "list" else { break }
                for child in e.elementChildren {
                    let allowed = child.namespaceKind == .xhtml && ["li", "script", "template"].contains(child.localName)
                    let childRole = ARIA.explicitRole(child)
                    if !allowed || (child.localName == "li" && childRole != nil && childRole != "listitem") {
                        sink.emit(.a11y050, [e.localName, child.localName + (childRole.map { " (role \"\($0)\")" } ?? "")],
                                  at: document.location(of: child))
                    }
                }
            case "li":
                guard explicit == nil, let parent = ancestors.last else { break }
                let parentRole = ARIA.explicitRole(parent)
                let inList = parent.namespaceKind == .xhtml && ["ul", "ol", "menu"].contains(parent.localName)
                if parentRole.map({ $0 != "list" }) ?? !inList {
                    sink.emit(.a11y051, [], at: place)
                }
            case "dl":
                guard explicit == nil else { break }
                // Terms and definitions in order, div groups opened: axe-core asks for a dd
                // after a dt somewhere, when there is either.
                var items: [String] = []
                for child in e.elementChildren {
                    let name = child.localName
                    var allowed = child.namespaceKind == .xhtml && ["dt", "dd", "script", "template"].contains(name)
                    if child.namespaceKind == .xhtml && name == "div" && ARIA.explicitRole(child) == nil {
                        allowed = child.elementChildren.allSatisfy { ["dt", "dd", "script", "template"].contains($0.localName) }
                        items += child.elementChildren.map(\.localName)
                    } else {
                        items.append(name)
                    }
                    if !allowed { sink.emit(.a11y052, ["it holds a \(name) element (only dt, dd, div groups of them, script and template)"], at: document.location(of: child)) }
                }
                let firstTerm = items.firstIndex(of: "dt")
                let ordered = firstTerm.map { items[$0...].contains("dd") } ?? false
                if (items.contains("dt") || items.contains("dd")) && !ordered {
                    sink.emit(.a11y052, [firstTerm == nil ? "its dd elements follow no dt" : "no dd follows its dt elements"], at: place)
                }
            case "dt", "dd":
                guard explicit == nil else { break }
                let parent = ancestors.last
                let grand = ancestors.dropLast().last
                let inList = parent?.localName == "dl" && parent.map { ARIA.explicitRole($0) == nil } == true
                let inGroup = parent?.localName == "div" && grand?.localName == "dl"
                if !inList && !inGroup { sink.emit(.a11y053, [e.localName], at: place) }
            case "table":
                tables.append((e, [], []))
            case "td", "th":
                if let id = e.attribute("id"), !tables.isEmpty { tables[tables.count - 1].cellIDs.insert(id) }
                if e.attribute("headers") != nil, !tables.isEmpty { tables[tables.count - 1].citing.append(e) }
                if e.localName == "th", !AccessibleName.hasName(e, title: true), !AccessibleName.hasSubtreeText(e) {
                    sink.emit(.a11y055, [], at: place)
                }
            default:
                let level: Int?
                if e.localName.count == 2, e.localName.hasPrefix("h"), let n = Int(e.localName.dropFirst()), explicit == nil || explicit == "heading" {
                    level = Int(e.attribute("aria-level") ?? "") ?? n
                } else if explicit == "heading" {
                    level = Int(e.attribute("aria-level") ?? "") ?? 2
                } else {
                    level = nil
                }
                guard let level else { break }
                if !AccessibleName.hasName(e, title: true) && !AccessibleName.hasSubtreeText(e) {
                    sink.emit(.a11y056, [], at: place, suggestion: "Give the heading text, or remove it.")
                }
                if let previous = previousLevel, level > previous + 1 {
                    sink.emit(.a11y057, [String(level), String(previous)], at: place)
                }
                previousLevel = level
            }
        }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
            guard e.localName == "table", let table = tables.last, table.element === e else { return }
            tables.removeLast()
            for cell in table.citing {
                let own = cell.attribute("id")
                for id in (cell.attribute("headers") ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
                where !table.cellIDs.contains(id) || id == own {
                    sink.emit(.a11y054, [id], at: document.location(of: cell))
                }
            }
        }
    }
}
