import Diagnostics
import XMLSupport

/// EDUPUB's rules on structural semantics in content documents (RSC-005): an element typed as a
/// collection (`answers`, `footnotes`, `learning-objectives` …) holds at least one member
/// (`answer`, `footnote`, `learning-objective` …); a problem (`general-problem`,
/// `true-false-problem` …) holds a `question` and at most one `answer`; an `ordinal` holds no
/// other `ordinal`.
///
/// As EDUPUB's Schematron states them, the types are compared as whole attribute values, not
/// token by token: `epub:type="answers practices"` is neither kind. Descendants count at any
/// depth and in any namespace.
struct EDUPUBSemanticsRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }
    var profile: CheckProfile? { .edupub }

    enum Kind {
        /// At least one descendant of this type.
        case collection(of: String)
        /// At least one question, at most one answer.
        case problem
        /// No descendant of the same type.
        case ordinal
    }

    static let kinds: [String: Kind] = [
        "answers": .collection(of: "answer"), "assessments": .collection(of: "assessment"),
        "bibliography": .collection(of: "biblioentry"), "credits": .collection(of: "credit"),
        "footnotes": .collection(of: "footnote"), "keywords": .collection(of: "keyword"),
        "learning-objectives": .collection(of: "learning-objective"), "learning-outcomes": .collection(of: "learning-outcome"),
        "learning-resources": .collection(of: "learning-resource"), "learning-standards": .collection(of: "learning-standard"),
        "practices": .collection(of: "practice"), "rearnotes": .collection(of: "rearnote"),
        // EDUPUB names the multiple-choice problem "multiple-choice".
        "fill-in-the-blank-problem": .problem, "general-problem": .problem, "match-problem": .problem,
        "multiple-choice": .problem, "true-false-problem": .problem,
        "ordinal": .ordinal,
    ]

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        /// The typed elements still open, outermost first, with the types found inside them.
        var open: [(element: XMLElement, type: String, kind: Kind, inside: [String: Int])] = []
        var wantsLeave: Bool { true }
        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard let type = e.attribute("type", namespace: NS.epub) else { return }
            for i in open.indices { open[i].inside[type, default: 0] += 1 }
            if let kind = EDUPUBSemanticsRule.kinds[type] { open.append((e, type, kind, [:])) }
        }

        func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
            guard let last = open.last, last.element === e else { return }
            open.removeLast()
            let location = document.location(of: e)
            func report(_ message: String, _ suggestion: String) {
                sink.emit(.xmlSchemaViolation, [message], at: location, suggestion: suggestion)
            }
            switch last.kind {
            case .collection(let member) where last.inside[member] == nil:
                report("an element of type \"\(last.type)\" must hold at least one element of type \"\(member)\"",
                       "Mark each entry with epub:type=\"\(member)\".")
            case .problem:
                let questions = last.inside["question"] ?? 0, answers = last.inside["answer"] ?? 0
                if questions == 0 {
                    report("an element of type \"\(last.type)\" must hold at least one element of type \"question\"",
                           "Mark the problem's question with epub:type=\"question\".")
                }
                if answers > 1 {
                    report("an element of type \"\(last.type)\" must not hold more than one element of type \"answer\" (found \(answers))",
                           "Keep one answer per problem.")
                }
            case .ordinal where last.inside["ordinal"] != nil:
                report("an element of type \"ordinal\" must not hold another element of type \"ordinal\"",
                       "Mark only the outermost ordinal.")
            default:
                break
            }
        }
    }
}
