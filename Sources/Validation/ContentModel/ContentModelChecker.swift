import Diagnostics
import Foundation
import XMLSupport

/// Checks an XHTML content document against HTML's content models, in one pass over the
/// parsed tree: unknown elements, blocks inside phrasing content, text where only elements
/// may stand, children of void elements, `html` without `head` and `body`, `epub:switch`
/// without `epub:default`.
///
/// It replaces RELAX NG validation of content documents: libxml2's validator grows
/// quadratically with the children of one element (a 32 000-paragraph chapter took 30 s),
/// while this costs one dictionary lookup per element. The walk is iterative, so nesting
/// depth cannot overflow the stack. Each violation is one RSC-005 error, worded as EPUBCheck
/// (Jing) words it, at the offending element's line; a misplaced element's own content is
/// still checked, an unknown element's is not (nothing is known about it).
final class ContentModelChecker: ElementWalker {
    let location: SourceLocation
    /// XHTML elements by local name: HTML's (EPUB 3) or XHTML 1.1's (EPUB 2).
    let vocabulary: [String: ElementRule]

    init(location: SourceLocation, epub2: Bool) {
        self.location = location
        vocabulary = epub2 ? XHTML11Vocabulary.xhtml : HTMLVocabulary.xhtml
    }

    /// Reports every content-model violation in `document` to `sink`; `epub2` checks against
    /// XHTML 1.1 (OPS 2.0.1) instead of HTML. For callers outside the one walk (tests).
    static func check(_ document: XMLDocument, location: SourceLocation, epub2: Bool = false, sink: inout DiagnosticSink) {
        let found = DocumentWalk([ContentModelChecker(location: location, epub2: epub2)]).run(document.root, policy: sink.policy)
        for f in found { sink.append(contentsOf: f) }
    }

    fileprivate struct Frame {
        let element: XMLElement
        let model: ContentModel
        /// The line reached so far: the last child element's line plus the newlines of text
        /// since (text nodes carry no line of their own).
        var line: Int
        /// The position reached in a sequence model (`html`, `epub:switch`).
        var step = 0
    }

    /// The open elements whose content is being checked.
    private var stack: [Frame] = []
    /// Depth inside an element whose content is not checked (unknown or foreign).
    private var skipDepth = 0
    /// Set when the root is not `html`: another root is ContentDocumentRule's finding (once,
    /// as EPUBCheck reports it), and with no html element no content model applies below it.
    private var disabled = false

    var wantsLeave: Bool { true }
    var wantsText: Bool { true }

    func enter(_ child: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
        if ancestors.isEmpty {
            if child.namespaceKind == .xhtml, child.localName == "html" {
                stack.append(Frame(element: child, model: .html, line: child.line))
            } else {
                disabled = true
            }
            return
        }
        guard !disabled else { return }
        if skipDepth > 0 { skipDepth += 1; return }
        var frame = stack.removeLast()
        frame.line = max(frame.line, child.line)
        let model = model(of: child, in: &frame, &sink)
        stack.append(frame)
        guard let model, model != .anything else { skipDepth = 1; return }
        stack.append(Frame(element: child, model: model, line: child.line))
    }

    func text(_ text: String, in parent: XMLElement, into sink: inout DiagnosticSink) {
        guard !disabled, skipDepth == 0, !stack.isEmpty else { return }
        let frame = stack[stack.count - 1]
        if !frame.model.allowsText, let offset = Self.lineOffsetOfContent(text) {
            report("text not allowed here; expected " + expectation(frame), line: frame.line + offset,
                   suggestion: ContentModelAdvice.text(in: frame.element, model: frame.model), &sink)
        }
        stack[stack.count - 1].line += Self.newlines(in: text)
    }

    func leave(_ element: XMLElement, into sink: inout DiagnosticSink) {
        guard !disabled else { return }
        if skipDepth > 0 { skipDepth -= 1; return }
        guard let frame = stack.popLast() else { return }
        finish(frame, &sink)
        if !stack.isEmpty { stack[stack.count - 1].line = max(stack[stack.count - 1].line, frame.line) }
    }

    /// The content model `child` gets inside `frame`, reporting it when it is not allowed
    /// there; nil when its content is not to be checked (unknown or foreign elements).
    private func model(of child: XMLElement, in frame: inout Frame, _ sink: inout DiagnosticSink) -> ContentModel? {
        let rule: ElementRule?
        switch child.namespaceKind {
        case .xhtml: rule = vocabulary[child.localName]
        case .epub: rule = HTMLVocabulary.epub[child.localName]
        case .svg, .mathml:
            if frame.model.allowsForeign { return .anything }
            misplaced(child, in: frame, suggestion: ContentModelAdvice.foreign(child, in: frame.element), &sink)
            return nil
        case .other, .none:
            // Other vocabularies (XInclude, which would pull in `file:///etc/passwd`, a vendor's
            // elements, elements of no namespace) are no content of an XHTML document:
            // EPUBCheck's schema refuses them in flow and phrasing content too (RSC-005). Only
            // content nobody checks (inside a custom element) lets them by.
            if frame.model == .anything { return .anything }
            misplaced(child, in: frame, suggestion: ContentModelAdvice.otherNamespace(child), &sink)
            return nil
        }
        guard let rule else {
            // HTML's autonomous custom elements (a hyphen in the name) are allowed where
            // flow or phrasing content is; EPUB 2's XHTML 1.1 has none.
            if vocabulary.count == HTMLVocabulary.xhtml.count, child.namespaceKind == .xhtml, child.localName.contains("-"),
               frame.model.allowsForeign {
                return .anything
            }
            misplaced(child, in: frame, suggestion: ContentModelAdvice.unknown(child), &sink)
            return nil
        }
        if frame.model.isSequence { return step(rule, child, in: &frame, &sink) }
        if let model = frame.model.model(of: rule) { return model }
        misplaced(child, in: frame, suggestion: ContentModelAdvice.misplaced(rule, in: frame.element, model: frame.model), &sink)
        return rule.naturalModel
    }

    /// Sequences: `html` is `head` then `body`; `epub:switch` is any `epub:case`s then one `epub:default`.
    private func step(_ rule: ElementRule, _ child: XMLElement, in frame: inout Frame,
                      _ sink: inout DiagnosticSink) -> ContentModel {
        let advice = ContentModelAdvice.sequence(frame.model)
        switch (frame.model, rule.name, frame.step) {
        case (.html, "head", 0):
            frame.step = 1
        case (.html, "body", 1):
            frame.step = 2
        // epub:switch: step 0 before any case, 1 after one or more, 2 after the default.
        case (.epubSwitch, "epub:case", 0), (.epubSwitch, "epub:case", 1):
            frame.step = 1
        case (.epubSwitch, "epub:default", 1):
            frame.step = 2
        case (.epubSwitch, "epub:default", 0):
            report("element \"\(child.qualifiedName)\" not allowed yet; missing required element \"epub:case\"",
                   line: child.line, suggestion: advice, &sink)
            frame.step = 2
        case (.html, "body", 0):
            report("element \"\(child.qualifiedName)\" not allowed yet; missing required element \"head\"",
                   line: child.line, suggestion: advice, &sink)
            frame.step = 2
        default:
            misplaced(child, in: frame, suggestion: advice, &sink)
        }
        return frame.model.model(of: rule) ?? rule.naturalModel
    }

    /// An `html` without `body`, an `epub:switch` without `epub:default`.
    private func finish(_ frame: Frame, _ sink: inout DiagnosticSink) {
        let missing: String
        switch (frame.model, frame.step) {
        case (.html, 0): missing = "head"
        case (.html, 1): missing = "body"
        case (.epubSwitch, 0): missing = "epub:case"
        case (.epubSwitch, 1): missing = "epub:default"
        default: return
        }
        report("element \"\(frame.element.qualifiedName)\" incomplete; missing required element \"\(missing)\"",
               line: frame.element.line, suggestion: ContentModelAdvice.sequence(frame.model), &sink)
    }

    private func misplaced(_ child: XMLElement, in frame: Frame, suggestion: String, _ sink: inout DiagnosticSink) {
        report("element \"\(child.qualifiedName)\" not allowed here; expected " + expectation(frame),
               line: child.line, suggestion: suggestion, &sink)
    }

    /// What may come next in `frame`: fixed per content model, except in sequences.
    private func expectation(_ frame: Frame) -> String {
        switch (frame.model, frame.step) {
        case (.html, 0): return "element \"head\""
        case (.html, 1): return "element \"body\""
        case (.epubSwitch, 0): return "element \"epub:case\"" + ContentExpectation.epubNamespaceNote
        case (.epubSwitch, 1): return "element \"epub:case\" or \"epub:default\"" + ContentExpectation.epubNamespaceNote
        case (.html, _), (.epubSwitch, _): return "the element end-tag"
        default: return ContentExpectation.expected(in: frame.model)
        }
    }

    private func report(_ message: String, line: Int, suggestion: String?, _ sink: inout DiagnosticSink) {
        sink.emit(.xmlSchemaViolation, [message], at: location.at(line: line > 0 ? line : nil),
                  suggestion: suggestion)
    }

    /// Lines from the start of `text` to its first non-whitespace character, or nil when the
    /// text is all XML whitespace (which every content model allows).
    static func lineOffsetOfContent(_ text: String) -> Int? {
        var lines = 0
        for byte in text.utf8 {
            switch byte {
            case 0x0A: lines += 1
            case 0x20, 0x09, 0x0D: continue
            default: return lines
            }
        }
        return nil
    }

    /// Line feeds in a text node, found with `memchr` (a text node may be megabytes long, and
    /// every one of every document passes here).
    static func newlines(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard var at = bytes.baseAddress else { return 0 }
            let end = at + bytes.count
            var count = 0
            while at < end, let hit = memchr(at, 0x0A, end - at) {
                count += 1
                at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
    }
}
