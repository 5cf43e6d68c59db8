import CLibXML2
import Foundation

/// Process-wide libxml2 set-up, done once and thread-safely (a Swift `static let` runs its
/// initialiser exactly once): the parser's globals, XML Schema's and RELAX NG's datatype
/// tables, and an external-entity loader that refuses everything except our own schemas
/// during compilation.
enum LibXML {
    /// Base URI given to embedded schemas, so `<include href="x.rng">` becomes
    /// `imprint-schema:/x.rng` and can only be served from memory.
    static let schemaScheme = "imprint-schema:/"

    private static let ready: Void = {
        xmlInitParser()
        // XML Schema's datatype table, which RELAX NG's xsd datatypes use both when a schema
        // compiles and when a document is validated. libxml2 2.9 fills it on first use, with no
        // lock: a schema compiling on the build's warm-up thread while another thread validated
        // could both fill it, and one of them read a table being replaced (a crash in
        // xmlHashLookup2 → xmlStrEqual, seen three times in a loaded test run).
        xmlSchemaInitTypes()
        xmlRelaxNGInitTypes()
        xmlSetExternalEntityLoader(refusingLoader)
    }()

    static func ensureReady() { _ = ready }

    /// The thread's schema resolver while a schema compiles on it; nil everywhere else, so any
    /// load attempt from a document (XXE, external DTD) is refused. The loader is a C function
    /// shared by all threads; the thread-specific slot keeps one thread's schemas from being
    /// served to another thread's documents.
    private static let resolverKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Runs `body` with `resolver` serving `<include>`s on this thread.
    static func withSchemaResolver<T>(_ resolver: SchemaResolver, _ body: () throws -> T) rethrows -> T {
        ensureReady()
        pthread_setspecific(resolverKey, Unmanaged.passUnretained(resolver).toOpaque())
        defer { pthread_setspecific(resolverKey, nil) }
        return try body()
    }

    fileprivate static func currentResolver() -> SchemaResolver? {
        guard let raw = pthread_getspecific(resolverKey) else { return nil }
        return Unmanaged<SchemaResolver>.fromOpaque(raw).takeUnretainedValue()
    }
}

/// Serves schema files by name from memory during one schema compilation.
final class SchemaResolver {
    let resolve: (String) -> [UInt8]?
    init(_ resolve: @escaping (String) -> [UInt8]?) { self.resolve = resolve }
}

/// libxml2 calls this for every external resource: DTDs, external entities, schema includes.
/// It hands out only schema files from the current thread's resolver and nothing else — no
/// file, no network — whatever options a caller passes.
private let refusingLoader: xmlExternalEntityLoader = { url, _, context in
    guard let url, let resolver = LibXML.currentResolver() else { return nil }
    var name = String(cString: url)
    if name.hasPrefix(LibXML.schemaScheme) { name.removeFirst(LibXML.schemaScheme.count) }
    guard let bytes = resolver.resolve(name), bytes.count < Int(Int32.max) else { return nil }
    let buffer = bytes.withUnsafeBufferPointer { raw in
        raw.withMemoryRebound(to: CChar.self) {
            xmlParserInputBufferCreateMem($0.baseAddress, Int32($0.count), XML_CHAR_ENCODING_NONE)
        }
    }
    guard let buffer else { return nil }
    guard let input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE) else {
        xmlFreeParserInputBuffer(buffer)
        return nil
    }
    // The name lets nested includes resolve relative to this file; libxml2 frees it.
    if let copy = xmlCharStrdup(url) {
        input.pointee.filename = UnsafePointer(UnsafeRawPointer(copy).assumingMemoryBound(to: CChar.self))
    }
    return input
}
