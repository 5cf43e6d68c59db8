import Diagnostics
import XMLSupport

/// A media overlay document against the overlay content model of EPUB Media Overlays 3.3
/// (RSC-005): `smil(version="3.0") > head? > metadata?`, then `body > (seq | par)+`, `seq`
/// with its `epub:textref`, `par > text, audio?`, the attributes each element takes, clock
/// values, unique ids; prefixes of `epub:type` values declared (OPF-028); audio clips that
/// end after they begin (MED-008, MED-009) and audio URLs without a fragment (MED-014).
struct MediaOverlayDocumentRule: DocumentRule {
    let codes: [DiagnosticCode] = [.med008, .med009, .med014, .opf028, .xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.mediaType == MediaType.smil ? Walker(document: document) : nil
    }

    /// One step of a content model: the names it takes, how often.
    struct Particle {
        var names: Set<String>
        var required: Bool
        var repeats: Bool
    }

    /// What each overlay element may contain and carry.
    struct Shape {
        var content: [Particle]
        var attributes: Set<String>
        var required: [String]
    }

    static let shapes: [String: Shape] = [
        "smil": Shape(content: [Particle(names: ["head"], required: false, repeats: false), Particle(names: ["body"], required: true, repeats: false)],
                      attributes: ["version", "id", "epub:prefix"], required: ["version"]),
        "head": Shape(content: [Particle(names: ["metadata"], required: false, repeats: false)], attributes: [], required: []),
        "body": Shape(content: [Particle(names: ["seq", "par"], required: true, repeats: true)],
                      attributes: ["epub:type", "id", "epub:textref"], required: []),
        "seq": Shape(content: [Particle(names: ["seq", "par"], required: true, repeats: true)],
                     attributes: ["epub:type", "id", "epub:textref"], required: ["epub:textref"]),
        "par": Shape(content: [Particle(names: ["text"], required: true, repeats: false), Particle(names: ["audio"], required: false, repeats: false)],
                     attributes: ["epub:type", "id"], required: []),
        "text": Shape(content: [], attributes: ["id", "src"], required: ["src"]),
        "audio": Shape(content: [], attributes: ["id", "src", "clipBegin", "clipEnd"], required: ["src"]),
    ]

    private final class Walker: ElementWalker {
        let document: DocumentInput
        /// Elements the content model already rejected, and `metadata`: their subtrees are not judged.
        var unjudged = Set<ObjectIdentifier>()
        var ids: [String: [XMLElement]] = [:]
        var prefixes: Set<String> = []
        var wantsText: Bool { true }

        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            if let id = e.attribute("id") { ids[id.trimmingWhitespace(), default: []].append(e) }
            if let parent = ancestors.last, unjudged.contains(ObjectIdentifier(parent)) {
                unjudged.insert(ObjectIdentifier(e))
                return
            }
            if ancestors.isEmpty {
                guard e.localName == "smil", e.namespace == XMLNamespace.smil else {
                    report(e, "element \"\(e.qualifiedName)\" not allowed here; expected element \"smil\" in the SMIL namespace", &sink)
                    unjudged.insert(ObjectIdentifier(e))
                    return
                }
                prefixes = Set(PrefixRule.declaredPrefixes(e.attribute("prefix", namespace: NS.epub) ?? ""))
            }
            if e.localName == "metadata" {
                for a in e.attributes { report(e, "attribute \"\(a.qualifiedName)\" not allowed on element \"metadata\"", &sink) }
                unjudged.insert(ObjectIdentifier(e))
                return
            }
            guard let shape = MediaOverlayDocumentRule.shapes[e.localName] else { return }
            checkAttributes(e, shape, &sink)
            checkChildren(e, shape, &sink)
            if let types = e.attribute("type", namespace: NS.epub) { checkTypes(types, e, &sink) }
            if e.localName == "audio" { checkAudio(e, &sink) }
        }

        func text(_ text: String, in parent: XMLElement, into sink: inout DiagnosticSink) {
            guard !unjudged.contains(ObjectIdentifier(parent)), parent.localName != "metadata",
                  !text.allSatisfy({ $0.isWhitespace }) else { return }
            report(parent, "text not allowed here in element \"\(parent.localName)\"", &sink)
        }

        func finish(into sink: inout DiagnosticSink) {
            for (id, elements) in ids where elements.count > 1 {
                for e in elements { report(e, "Duplicate id \"\(id)\" in the media overlay", &sink) }
            }
        }

        private func report(_ e: XMLElement, _ message: String, _ sink: inout DiagnosticSink) {
            sink.emit(.xmlSchemaViolation, ["\(message)"], at: document.location(of: e),
                      suggestion: "Shape the overlay as <smil version=\"3.0\"><body><par><text src=\"…\"/><audio src=\"…\"/></par></body></smil>.")
        }

        private func checkAttributes(_ e: XMLElement, _ shape: Shape, _ sink: inout DiagnosticSink) {
            for a in e.attributes {
                let name: String
                switch a.namespace {
                case nil: name = a.localName
                case NS.epub?: name = "epub:" + a.localName
                default: name = a.qualifiedName
                }
                guard shape.attributes.contains(name) else {
                    report(e, "attribute \"\(a.qualifiedName)\" not allowed on element \"\(e.localName)\"", &sink)
                    continue
                }
                switch name {
                case "version" where a.value.trimmingWhitespaceAndNewlines() != "3.0":
                    report(e, "value of attribute \"version\" is invalid; it must be \"3.0\" (found \"\(a.value)\")", &sink)
                case "clipBegin" where !SMILClock.isValid(a.value), "clipEnd" where !SMILClock.isValid(a.value):
                    report(e, "value of attribute \"\(name)\" is invalid; \"\(a.value)\" is not a SMIL clock value (h:mm:ss.f, mm:ss.f or a timecount such as 5.2s)", &sink)
                case "id" where !XMLName.isNCName(a.value.trimmingWhitespace()):
                    report(e, "value of attribute \"id\" is invalid; \"\(a.value)\" is not an XML name without colons", &sink)
                default:
                    break
                }
            }
            for name in shape.required {
                let present: Bool = name.hasPrefix("epub:")
                    ? e.attribute(String(name.dropFirst(5)), namespace: NS.epub) != nil : e.attribute(name) != nil
                if !present { report(e, "element \"\(e.localName)\" missing required attribute \"\(name)\"", &sink) }
            }
        }

        /// The children against the content model, reporting as a RELAX NG validator does: each
        /// child out of place once, a skipped required step where a later one is met, and the
        /// element incomplete when it ends before a required step.
        private func checkChildren(_ e: XMLElement, _ shape: Shape, _ sink: inout DiagnosticSink) {
            var step = 0
            var count = 0
            for child in e.elementChildren {
                let name = child.namespace == XMLNamespace.smil ? child.localName : child.qualifiedName
                if step < shape.content.count, shape.content[step].names.contains(name),
                   count == 0 || shape.content[step].repeats {
                    count += 1
                    continue
                }
                if let later = shape.content.indices.dropFirst(step + 1).first(where: { shape.content[$0].names.contains(name) }) {
                    let skipped = shape.content[step..<later].enumerated().contains { offset, p in p.required && (offset > 0 || count == 0) }
                    if skipped {
                        let missing = shape.content[step..<later].enumerated().first { offset, p in p.required && (offset > 0 || count == 0) }!.element
                        report(child, "element \"\(name)\" not allowed yet; missing required element \"\(missing.names.sorted().joined(separator: "\" or \""))\"", &sink)
                    }
                    step = later
                    count = 1
                    continue
                }
                report(child, "element \"\(name)\" not allowed here in element \"\(e.localName)\"", &sink)
                unjudged.insert(ObjectIdentifier(child))
            }
            let remaining = shape.content.enumerated().dropFirst(step).first { offset, p in p.required && (offset > step || count == 0) }
            if let missing = remaining?.element {
                report(e, "element \"\(e.localName)\" incomplete; missing required element \"\(missing.names.sorted().joined(separator: "\" or \""))\"", &sink)
            }
        }

        private func checkTypes(_ types: String, _ e: XMLElement, _ sink: inout DiagnosticSink) {
            for token in types.splitTokens() {
                guard let colon = token.firstIndex(of: ":") else { continue }
                let prefix = String(token[..<colon])
                if !prefix.isEmpty, !prefixes.contains(prefix) {
                    sink.emit(.opf028, ["\"\(prefix)\" (in epub:type \"\(token)\")"], at: document.location(of: e),
                              suggestion: "Declare it on the smil element: epub:prefix=\"\(prefix): http://…\".")
                }
            }
        }

        private func checkAudio(_ e: XMLElement, _ sink: inout DiagnosticSink) {
            if let src = e.attribute("src"), let hash = src.firstIndex(of: "#") {
                sink.emit(.med014, ["\(src[hash...])", "\(src)"],
                          at: document.location(of: e), suggestion: "Select the clip with clipBegin and clipEnd instead of a fragment.")
            }
            guard let end = e.attribute("clipEnd"), let endTime = SMILClock.milliseconds(end) else { return }
            guard let beginTime = SMILClock.milliseconds(e.attribute("clipBegin") ?? "0") else { return }
            if beginTime > endTime {
                sink.emit(.med008, ["\(e.attribute("clipBegin") ?? "0")", "\(end)"],
                          at: document.location(of: e), suggestion: "Make clipEnd later than clipBegin.")
            } else if beginTime == endTime {
                sink.emit(.med009, ["\(e.attribute("clipBegin") ?? "0")", "\(end)"],
                          at: document.location(of: e), suggestion: "Make clipEnd later than clipBegin.")
            }
        }
    }
}
