import CLibXML2
import Diagnostics
import Foundation

/// Parses untrusted XML into Swift values with libxml2, safely.
public enum XMLParser {
    /// libxml2 options: no network, CDATA as text, line numbers past 65 535. Never NOENT
    /// (entity substitution), DTDLOAD/DTDATTR/DTDVALID (external DTDs) or HUGE (lifts the
    /// depth and size guards).
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
        | XML_PARSE_COMPACT.rawValue)

    /// Parses a document; reports problems to `sink` and returns nil when it is not well-formed.
    ///
    /// Encoding comes from the byte-order mark or the declaration (UTF-8 and UTF-16 both
    /// parse); entities are never expanded and nothing outside `data` is ever loaded.
    /// Well-formedness errors are RSC-016 (FATAL) with line and column; the `IMP-XML-…`
    /// limits are FATAL too. With a `schema`, the same document is validated against it and
    /// each violation is an RSC-005 error at the offending element's line.
    ///
    /// With `columns` false the elements get no `column` (nil): for readers that only ever name
    /// a line, the scan of the source for start tags is saved.
    public static func parse(_ data: Data, location: SourceLocation, schema: RelaxNGSchema? = nil,
                             limits: XMLLimits = .default, columns: Bool = true,
                             sink: inout DiagnosticSink) -> XMLDocument? {
        LibXML.ensureReady()
        guard data.count <= limits.maxBytes, data.count < Int(Int32.max) else {
            sink.emit(.xmlTooLarge, ["\(location.file)", "\(data.count)", "\(limits.maxBytes)"],
                      at: location, suggestion: "Split the document into smaller ones.")
            return nil
        }
        guard !data.isEmpty else {
            sink.emit(.xmlNotWellFormed, ["the document is empty"], at: location.at(line: 1, column: 1),
                      suggestion: "An XML document needs at least a root element.")
            return nil
        }
        return data.withUnsafeBytes { bytes -> XMLDocument? in
            let sniffed = XMLDeclarationSniffer(bytes)
            guard let document = read(bytes, location: location, sink: &sink), let rootNode = document.root else { return nil }
            // The converter works on libxml2's pointers: the document lives until this returns.
            defer { withExtendedLifetime(document) {} }
            let pointer = document.pointer
            var converter = TreeConverter(document: pointer, limits: limits, source: columns ? [UInt8](data) : nil)
            let root: XMLElement
            do {
                root = try converter.convert(rootNode)
            } catch TreeConverter.Failure.tooDeep(let line) {
                sink.emit(.xmlTooDeep, ["\(limits.maxDepth) levels deep; the document was not checked further"],
                          at: location.at(line: line), suggestion: "Flatten the structure; no reading system needs such nesting.")
                return nil
            } catch TreeConverter.Failure.tooManyAttributes(let element, let count, let line) {
                sink.emit(.xmlTooManyAttributes, ["\(element)", "\(count)", "\(limits.maxAttributes)"],
                          at: location.at(line: line))
                return nil
            } catch {
                return nil
            }
            let doctype = DoctypeReader.read(pointer)
            reportUnexpanded(converter.unexpanded, location: location, sink: &sink)
            if let schema {
                schema.validate(document, location: location, sink: &sink)
            }
            return XMLDocument(root: root, doctype: doctype, declaredEncoding: sniffed.declaredEncoding,
                               encoding: sniffed.encoding, xmlVersion: sniffed.version, file: location,
                               unexpandedEntities: converter.unexpanded)
        }
    }

    /// Validates a document against `schema` without building its Swift tree: for callers
    /// that only need the verdict (the build holding its own output to the renderer's
    /// contract). Problems go to `sink` as `parse` reports them; true when the document is
    /// well-formed and valid.
    public static func validate(_ data: Data, location: SourceLocation, schema: RelaxNGSchema,
                                limits: XMLLimits = .default, sink: inout DiagnosticSink) -> Bool {
        guard let result = validated(data, location: location, schema: schema, limits: limits) else {
            return parse(data, location: location, schema: schema, limits: limits, sink: &sink) != nil
        }
        sink.append(contentsOf: result.parsing)
        let before = sink.diagnostics.count
        sink.append(contentsOf: result.schema)
        return result.wellFormed && sink.diagnostics.count == before
    }

    /// The schema's findings alone (RSC-005, as `parse` with a `schema` reports them) for a
    /// document already parsed and reported without one: the parse's own problems are not
    /// reported again. For validating beside other work; empty when the document does not parse.
    public static func schemaViolations(_ data: Data, location: SourceLocation, schema: RelaxNGSchema,
                                        limits: XMLLimits = .default) -> [Diagnostic] {
        validated(data, location: location, schema: schema, limits: limits)?.schema.diagnostics ?? []
    }

    /// libxml2's parse of `data` and, when it is well-formed, its validation against `schema`,
    /// with the findings of each apart; nil when `data` is empty or past the size limits (for
    /// `parse` to report).
    private static func validated(_ data: Data, location: SourceLocation, schema: RelaxNGSchema,
                                  limits: XMLLimits) -> (wellFormed: Bool, parsing: DiagnosticSink, schema: DiagnosticSink)? {
        LibXML.ensureReady()
        guard !data.isEmpty, data.count <= limits.maxBytes, data.count < Int(Int32.max) else { return nil }
        return data.withUnsafeBytes { bytes in
            var parsing = DiagnosticSink(), findings = DiagnosticSink()
            guard let document = read(bytes, location: location, sink: &parsing) else { return (false, parsing, findings) }
            schema.validate(document, location: location, sink: &findings)
            return (true, parsing, findings)
        }
    }

    /// libxml2's parse of `bytes`, its well-formedness problems reported; nil when the document
    /// is not well-formed or has no root element.
    private static func read(_ bytes: UnsafeRawBufferPointer, location: SourceLocation,
                             sink: inout DiagnosticSink) -> LibXMLDocument? {
        let log = LibXMLErrorLog()
        let pointer = log.capture {
            bytes.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), nil, nil, options) }
        }
        let problems = ParseProblems(log: log, location: location)
        guard let pointer else {
            problems.report(wellFormed: false, sink: &sink)
            return nil
        }
        let document = LibXMLDocument(pointer)
        guard problems.report(wellFormed: true, sink: &sink), document.root != nil else {
            if document.root == nil {
                sink.emit(.xmlNotWellFormed, ["the document has no root element"], at: location)
            }
            return nil
        }
        return document
    }

    /// Entities of the internal subset stay unexpanded (expanding them is how billion-laughs
    /// attacks work); say so once per entity, since their text is missing from the tree. A
    /// note, not a warning: the document is fine, only Imprint's view of it is partial.
    /// External entities are the content rules' business (HTM-003, RSC-016).
    private static func reportUnexpanded(_ references: [XMLEntityReference], location: SourceLocation,
                                         sink: inout DiagnosticSink) {
        var seen = Set<String>()
        for reference in references where reference.isDeclared && !reference.isExternal && seen.insert(reference.name).inserted {
            sink.emit(.xmlEntityNotExpanded,
                      ["\(reference.name)"],
                      at: location.at(line: reference.line),
                      suggestion: "Write the text itself, or a character reference such as &#160;, instead of a custom entity.")
        }
    }
}
