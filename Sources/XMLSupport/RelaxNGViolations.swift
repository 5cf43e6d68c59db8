import CLibXML2

/// libxml2's RELAX NG errors, reworded and with its cascades removed.
///
/// libxml2 reports a violation and then, on each ancestor, that it "failed to validate
/// content"; those echoes say nothing new and would inflate counts against EPUBCheck's, so
/// they are kept only when nothing more specific was reported. The wording follows Jing's,
/// which EPUBCheck users know: `element "x" not allowed here`.
struct RelaxNGViolations {
    struct Violation: Hashable {
        var message: String
        var line: Int?
        var suggestion: String?
    }

    private(set) var reported: [Violation] = []

    init(_ entries: [LibXMLErrorLog.Entry]) {
        let echoes: Set<Int32> = [Int32(XML_RELAXNG_ERR_CONTENTVALID.rawValue), Int32(XML_RELAXNG_ERR_ATTRVALID.rawValue),
                                  Int32(XML_RELAXNG_ERR_NOSTATE.rawValue), Int32(XML_RELAXNG_ERR_NODEFINE.rawValue)]
        let specific = entries.filter { !echoes.contains($0.code) }
        let kept = specific.isEmpty ? Array(entries.prefix(1)) : specific
        var seen = Set<Violation>()
        for entry in kept {
            let violation = Violation(message: Self.describe(entry), line: entry.nodeLine ?? (entry.line > 0 ? entry.line : nil),
                                      suggestion: Self.suggestion(entry))
            if seen.insert(violation).inserted { reported.append(violation) }
        }
        // libxml2 checks an element's attributes after its content; report in document order.
        reported = reported.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
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
            return "elements in an order or number the schema does not allow" + (e.nodeName.map { " in element \(quoted($0))" } ?? "")
        case Int32(XML_RELAXNG_ERR_CONTENTVALID.rawValue):
            return "element \(quoted(a)) has content the schema does not allow"
        case Int32(XML_RELAXNG_ERR_ATTRVALID.rawValue):
            return "element \(quoted(a)) has attributes the schema does not allow"
        default:
            return ParseProblems.clean(e.message)
        }
    }

    static func suggestion(_ e: LibXMLErrorLog.Entry) -> String? {
        switch e.code {
        case Int32(XML_RELAXNG_ERR_NOELEM.rawValue): return "Add the missing element."
        case Int32(XML_RELAXNG_ERR_ELEMWRONG.rawValue), Int32(XML_RELAXNG_ERR_INTEREXTRA.rawValue):
            return "Remove the element or move it to where the schema allows it."
        case Int32(XML_RELAXNG_ERR_INVALIDATTR.rawValue): return "Remove the attribute, correct its name, or correct its value."
        default: return nil
        }
    }
}
