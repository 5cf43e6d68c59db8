import CLibXML2

/// libxml2's RELAX NG errors, reworded and with its cascades removed.
///
/// libxml2 reports a violation and then echoes it ("failed to validate content" on the
/// ancestors, phantom missing siblings in an interleave); the echoes say nothing new and would
/// inflate counts against EPUBCheck's (Jing reports each violation once), so they are dropped
/// (see `withoutCascades`). The wording follows Jing's, which EPUBCheck users know:
/// `element "x" not allowed here`.
struct RelaxNGViolations {
    struct Violation: Hashable {
        var message: String
        var line: Int?
        var suggestion: String?
    }

    private(set) var reported: [Violation] = []

    init(_ entries: [LibXMLErrorLog.Entry]) {
        var kept = Self.withoutCascades(entries)
        if kept.isEmpty { kept = Array(entries.prefix(1)) }
        var seen = Set<Violation>()
        for entry in kept {
            let violation = Violation(message: Self.describe(entry), line: entry.nodeLine ?? (entry.line > 0 ? entry.line : nil),
                                      suggestion: Self.suggestion(entry))
            if seen.insert(violation).inserted { reported.append(violation) }
        }
        // libxml2 checks an element's attributes after its content; report in document order.
        reported = reported.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
    }

    private static func code(_ c: xmlRelaxNGValidErr) -> Int32 { Int32(c.rawValue) }

    /// Keeps the findings, drops libxml2's echoes of them:
    /// - "failed to validate content" repeats a finding below it (but it knows the line of an
    ///   unexpected interleave child, which "Extra element … in interleave" lacks);
    /// - "extra content: text" repeats "text not allowed" on the same element;
    /// - "failed to validate attributes" repeats an attribute finding on the same element, and
    ///   is kept when it is the only word about a missing attribute;
    /// - in an interleave, an unexpected child makes libxml2 also claim that required siblings
    ///   are missing though they are there, and a missing child adds "invalid sequence" on the
    ///   parent: the child, or the missing element, is the finding.
    static func withoutCascades(_ entries: [LibXMLErrorLog.Entry]) -> [LibXMLErrorLog.Entry] {
        let contentEchoes = entries.filter { $0.code == code(XML_RELAXNG_ERR_CONTENTVALID) }
        var entries = entries.map { entry -> LibXMLErrorLog.Entry in
            guard entry.code == code(XML_RELAXNG_ERR_INTEREXTRA), entry.node == nil,
                  let donor = contentEchoes.first(where: { $0.nodeName == entry.str1 }) else { return entry }
            var located = entry
            located.node = donor.node
            located.parent = donor.parent
            located.nodeLine = donor.nodeLine
            return located
        }
        let missingIn = Set(entries.filter { $0.code == code(XML_RELAXNG_ERR_NOELEM) }.compactMap(\.node))
        entries.removeAll { $0.code == code(XML_RELAXNG_ERR_INTERSEQ) && $0.node.map(missingIn.contains) == true }
        let misplacedIn = Set(entries.filter {
            $0.code == code(XML_RELAXNG_ERR_INTERSEQ) || $0.code == code(XML_RELAXNG_ERR_INTEREXTRA)
        }.compactMap(\.parent))
        let echoes: Set<Int32> = [code(XML_RELAXNG_ERR_CONTENTVALID), code(XML_RELAXNG_ERR_NOSTATE), code(XML_RELAXNG_ERR_NODEFINE)]
        // Text where an element must be empty is said twice: "text not allowed", then "extra
        // content: text" on the same element.
        let textIn = Set(entries.filter { $0.code == code(XML_RELAXNG_ERR_TEXTWRONG) }.compactMap(\.node))
        return entries.filter { entry in
            if echoes.contains(entry.code) { return false }
            if entry.code == code(XML_RELAXNG_ERR_EXTRACONTENT), entry.str2 == "text", let node = entry.node, textIn.contains(node) {
                return false
            }
            if entry.code == code(XML_RELAXNG_ERR_NOELEM), let node = entry.node, misplacedIn.contains(node) { return false }
            if entry.code == code(XML_RELAXNG_ERR_ATTRVALID) {
                return !entries.contains { other in
                    other.code != code(XML_RELAXNG_ERR_ATTRVALID) && !echoes.contains(other.code)
                        && other.node != nil && other.node == entry.node
                }
            }
            return true
        }
    }

    private static func quoted(_ s: String?) -> String { "\"\(s ?? "?")\"" }

    static func describe(_ e: LibXMLErrorLog.Entry) -> String {
        let a = e.str1, b = e.str2
        switch e.code {
        case Int32(XML_RELAXNG_ERR_ELEMWRONG.rawValue), Int32(XML_RELAXNG_ERR_INTEREXTRA.rawValue):
            return "element \(quoted(a)) not allowed here"
        case Int32(XML_RELAXNG_ERR_NOELEM.rawValue):
            let parent = e.nodeName.map { "element \(quoted($0)) is incomplete: " } ?? ""
            if let a, !a.isEmpty { return parent + "missing required element \(quoted(a))" }
            return parent + "a required child element is missing"
        case Int32(XML_RELAXNG_ERR_ELEMNAME.rawValue):
            return "expected element \(quoted(a)) but found element \(quoted(b))"
        case Int32(XML_RELAXNG_ERR_INVALIDATTR.rawValue):
            // libxml2 says this both for an unknown attribute and for a known one whose value
            // fails its datatype; it cannot tell which.
            return "attribute \(quoted(a)) not allowed on element \(quoted(b)), or its value is invalid"
        case Int32(XML_RELAXNG_ERR_EXTRACONTENT.rawValue):
            return "element \(quoted(a)) has content not allowed here: \(quoted(b))"
        case Int32(XML_RELAXNG_ERR_ELEMWRONGNS.rawValue):
            return "element \(quoted(a)) is in the wrong namespace (expected \(quoted(b)))"
        case Int32(XML_RELAXNG_ERR_ELEMNONS.rawValue):
            return "element \(quoted(a)) must be in a namespace"
        case Int32(XML_RELAXNG_ERR_ELEMEXTRANS.rawValue):
            return "element \(quoted(a)) must not be in a namespace"
        case Int32(XML_RELAXNG_ERR_ELEMNOTEMPTY.rawValue):
            return "element \(quoted(a)) must be empty"
        case Int32(XML_RELAXNG_ERR_TEXTWRONG.rawValue), Int32(XML_RELAXNG_ERR_NOTELEM.rawValue):
            return "text not allowed here" + (a.map { " in element \(quoted($0))" } ?? "")
        case Int32(XML_RELAXNG_ERR_TYPE.rawValue):
            return "value \(quoted(b)) is not a valid \(a ?? "value")"
        case Int32(XML_RELAXNG_ERR_DATATYPE.rawValue):
            return "value is not a valid \(a ?? "value")" + (e.nodeName.map { " in element \(quoted($0))" } ?? "")
        case Int32(XML_RELAXNG_ERR_VALUE.rawValue), Int32(XML_RELAXNG_ERR_LIST.rawValue), Int32(XML_RELAXNG_ERR_LACKDATA.rawValue):
            return "bad value" + (a.map { " for \(quoted($0))" } ?? "") + (e.nodeName.map { " in element \(quoted($0))" } ?? "")
        case Int32(XML_RELAXNG_ERR_INTERSEQ.rawValue):
            // libxml2 points at the child that broke the sequence.
            if let child = e.nodeName { return "element \(quoted(child)) not allowed here" }
            return "elements in an order or number the schema does not allow"
        case Int32(XML_RELAXNG_ERR_CONTENTVALID.rawValue):
            return "element \(quoted(a)) has content the schema does not allow"
        case Int32(XML_RELAXNG_ERR_ATTRVALID.rawValue):
            return "element \(quoted(a)) is missing a required attribute or has one the schema does not allow"
        default:
            return ParseProblems.clean(e.message)
        }
    }

    static func suggestion(_ e: LibXMLErrorLog.Entry) -> String? {
        switch e.code {
        case Int32(XML_RELAXNG_ERR_NOELEM.rawValue): return "Add the missing element."
        case Int32(XML_RELAXNG_ERR_ELEMWRONG.rawValue), Int32(XML_RELAXNG_ERR_INTEREXTRA.rawValue),
             Int32(XML_RELAXNG_ERR_INTERSEQ.rawValue):
            return "Remove the element or move it to where the schema allows it."
        case Int32(XML_RELAXNG_ERR_INVALIDATTR.rawValue): return "Remove the attribute, correct its name, or correct its value."
        default: return nil
        }
    }
}
