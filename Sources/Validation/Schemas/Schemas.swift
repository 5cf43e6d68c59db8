import ImprintResources
import XMLSupport

/// Our RELAX NG schemas, compiled once per process on first use.
///
/// Static lets are initialised lazily and thread-safely, and a compiled schema is only read
/// while validating, so parallel checks share them. A schema that fails to compile is an
/// Imprint bug; the documents are then still parsed, only without schema validation.
enum Schemas {
    static let container = compile("container.rng", EmbeddedResource.containerSchema)
    static let package30 = compile("package30.rng", EmbeddedResource.package30Schema)
    static let package20 = compile("package20.rng", EmbeddedResource.package20Schema)
    static let ncx = compile("ncx.rng", EmbeddedResource.ncxSchema)
    /// What Imprint itself writes into EPUB 3 and EPUB 2 content documents: the build's
    /// validation step holds the renderer to it (`CheckOptions.imprintOutput`).
    static let imprintXHTML5 = compile("imprint-xhtml5.rng", EmbeddedResource.imprintXHTML5Schema)
    static let imprintXHTML11 = compile("imprint-xhtml11.rng", EmbeddedResource.imprintXHTML11Schema)

    private static func compile(_ name: String, _ bytes: [UInt8]) -> RelaxNGSchema? {
        try? RelaxNGSchema(name: name, bytes: bytes, resolver: { EmbeddedResource.schema(named: $0) })
    }
}
