import Foundation

/// Writes well-formed XML into a byte buffer: elements, attributes in the order given, escaped
/// text, UTF-8, a newline at the end.
///
/// Every document Imprint produces goes through this writer, never through pasted strings, so
/// no manuscript text can break the markup. Elements opened as `.block` start on their own
/// indented line; `.inline` elements and text stay where they are, because whitespace inside
/// mixed content is part of the text.
public struct XMLWriter {
    /// Where an element goes in the layout of the output.
    public enum Layout: Sendable {
        /// On its own line, indented; its end tag on its own line when it held block children.
        case block
        /// In the running text: no whitespace added around it.
        case inline
    }

    private struct Frame {
        var name: String
        var layout: Layout
        var hasBlockChild = false
    }

    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var stack: [Frame] = []
    private let indentUnit: [UInt8]

    /// Starts a document, with the `<?xml …?>` declaration unless `declaration` is false.
    /// `indent` is the text repeated per nesting level before block elements.
    public init(declaration: Bool = true, indent: String = "  ", capacity: Int = 4096) {
        indentUnit = Array(indent.utf8)
        bytes.reserveCapacity(capacity)
        if declaration {
            raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        }
    }

    /// The nesting depth: how many elements are open.
    public var depth: Int { stack.count }

    /// Writes a `<!DOCTYPE …>` line; `declaration` is the text after `DOCTYPE `, e.g. `html`.
    /// Trusted text from the caller (a constant), not escaped.
    public mutating func doctype(_ declaration: String) {
        lineBreak()
        raw("<!DOCTYPE ")
        raw(declaration)
        raw(">")
    }

    /// Opens an element; close it with `end()`.
    public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
                               layout: Layout = .block) {
        beginTag(name, layout: layout)
        for (key, value) in attributes { if let value { attribute(key, value) } }
        bytes.append(UInt8(ascii: ">"))
        stack.append(Frame(name: name, layout: layout))
    }

    /// Opens an element whose attributes are computed at run time, in the array's order.
    public mutating func start(_ name: String, attributes: [(String, String)], layout: Layout = .block) {
        beginTag(name, layout: layout)
        for (key, value) in attributes { attribute(key, value) }
        bytes.append(UInt8(ascii: ">"))
        stack.append(Frame(name: name, layout: layout))
    }

    /// Closes the innermost open element.
    public mutating func end() {
        guard let frame = stack.popLast() else { return }
        if frame.layout == .block && frame.hasBlockChild { lineBreak() }
        raw("</")
        raw(frame.name)
        raw(">")
    }

    /// Closes every open element (the end of a document).
    public mutating func endAll() {
        while !stack.isEmpty { end() }
    }

    /// Writes an element with no content as `<name …/>`.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
                               layout: Layout = .block) {
        beginTag(name, layout: layout)
        for (key, value) in attributes { if let value { attribute(key, value) } }
        raw("/>")
    }

    /// Writes `<name …/>` with attributes computed at run time.
    public mutating func empty(_ name: String, attributes: [(String, String)], layout: Layout = .block) {
        beginTag(name, layout: layout)
        for (key, value) in attributes { attribute(key, value) }
        raw("/>")
    }

    /// Writes `<name …>text</name>`: the common case of an element holding only text.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
                                 text: String, layout: Layout = .block) {
        start(name, attributes, layout: layout)
        self.text(text)
        end()
    }

    /// Writes escaped character data.
    public mutating func text(_ string: String) {
        XMLEscaping.append(string, to: &bytes, quotes: false)
    }

    /// Writes a `<!-- … -->` comment on its own line; `--` in the text is broken up so the
    /// comment stays well-formed.
    public mutating func comment(_ string: String) {
        lineBreak()
        raw("<!-- ")
        var safe = string.replacingOccurrences(of: "--", with: "- -")
        if safe.hasSuffix("-") { safe += " " }
        XMLEscaping.append(safe, to: &bytes, quotes: false)
        raw(" -->")
    }

    /// Closes everything still open and returns the document, ending with a newline.
    public mutating func finish() -> Data {
        endAll()
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        return Data(bytes)
    }

    /// The document as a string, for tests and golden files.
    public mutating func finishString() -> String {
        String(decoding: finish(), as: UTF8.self)
    }

    // MARK: - Internals

    private mutating func beginTag(_ name: String, layout: Layout) {
        if layout == .block {
            if !stack.isEmpty { stack[stack.count - 1].hasBlockChild = true }
            lineBreak()
        }
        bytes.append(UInt8(ascii: "<"))
        raw(name)
    }

    private mutating func attribute(_ name: String, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
        XMLEscaping.append(value, to: &bytes, quotes: true)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A newline and the indentation of the current depth; nothing at the very start.
    private mutating func lineBreak() {
        guard !bytes.isEmpty else { return }
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<stack.count { bytes.append(contentsOf: indentUnit) }
    }

    private mutating func raw(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }
}
