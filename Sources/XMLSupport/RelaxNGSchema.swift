import CLibXML2
import Diagnostics
import Foundation
import Synchronization

/// A compiled RELAX NG schema (XML syntax), shareable between threads.
///
/// Schemas are embedded in the binary; `<include href="x.rng">` is resolved only through
/// `resolver`, from memory, never from files or the network. Each validation gets its own
/// libxml2 validation context, so one compiled schema serves parallel checks.
///
/// `@unchecked Sendable`: the only stored state is the name and the compiled schema pointer,
/// both set once in `init` and never changed; libxml2 only reads a compiled `xmlRelaxNGPtr`
/// while validating (each validation's mutable state lives in its own `xmlRelaxNGValidCtxt`),
/// and compiling, which does write shared type tables, is serialised by `compileLock`.
public final class RelaxNGSchema: @unchecked Sendable {
    /// The schema's name, as given (`package30.rng`).
    public let name: String
    private let schema: xmlRelaxNGPtr

    /// libxml2 builds RELAX NG's type tables lazily and without locks; compiling one schema
    /// at a time keeps that safe. Compiling is rare (once per schema per process).
    private static let compileLock = Mutex<Void>(())

    /// Compiles `bytes`; throws `RelaxNGSchemaError` with libxml2's reasons if it cannot.
    public init(name: String, bytes: [UInt8], resolver: @escaping @Sendable (String) -> [UInt8]?) throws {
        LibXML.ensureReady()
        self.name = name
        let log = LibXMLErrorLog()
        var compiled: xmlRelaxNGPtr?
        RelaxNGSchema.compileLock.withLock { _ in compiled = log.capture {
            let url = LibXML.schemaScheme + name
            guard bytes.count < Int(Int32.max),
                  let document = bytes.withUnsafeBufferPointer({ raw in
                      raw.withMemoryRebound(to: CChar.self) {
                          xmlReadMemory($0.baseAddress, Int32($0.count), url, nil, Int32(XML_PARSE_NONET.rawValue))
                      }
                  }) else { return nil }
            defer { xmlFreeDoc(document) }
            guard let parser = xmlRelaxNGNewDocParserCtxt(document) else { return nil }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            xmlRelaxNGSetParserStructuredErrors(parser, structuredErrorHandler, log.context)
            return LibXML.withSchemaResolver(SchemaResolver(resolver)) { xmlRelaxNGParse(parser) }
        } }
        guard let compiled else {
            throw RelaxNGSchemaError(schema: name, messages: log.entries.map { ParseProblems.clean($0.message) })
        }
        schema = compiled
    }

    deinit { xmlRelaxNGFree(schema) }

    /// Validates a parsed libxml2 document; each violation becomes an RSC-005 diagnostic.
    func validate(_ document: LibXMLDocument, location: SourceLocation, sink: inout DiagnosticSink) {
        guard let context = xmlRelaxNGNewValidCtxt(schema) else { return }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        let log = LibXMLErrorLog()
        xmlRelaxNGSetValidStructuredErrors(context, structuredErrorHandler, log.context)
        let result = log.capture { xmlRelaxNGValidateDoc(context, document.pointer) }
        let violations = RelaxNGViolations(log.entries)
        for violation in violations.reported {
            sink.emit(.xmlSchemaViolation, ["\(violation.message)"],
                      at: location.at(line: violation.line), suggestion: violation.suggestion)
        }
        if result != 0 && violations.reported.isEmpty {
            sink.emit(.xmlSchemaViolation, ["the document does not match the \(name) schema"], at: location)
        }
    }
}

/// Why a schema did not compile: a bug in our embedded schemas, so it is thrown, not reported.
public struct RelaxNGSchemaError: Error, CustomStringConvertible {
    public let schema: String
    public let messages: [String]
    public var description: String {
        "the RELAX NG schema \(schema) does not compile: " + (messages.isEmpty ? "unknown error" : messages.joined(separator: "; "))
    }
}
