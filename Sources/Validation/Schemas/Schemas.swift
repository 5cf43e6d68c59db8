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

    private static func compile(_ name: String, _ bytes: [UInt8]) -> RelaxNGSchema? {
        try? RelaxNGSchema(name: name, bytes: bytes, resolver: { EmbeddedResource.schema(named: $0) })
    }
}
