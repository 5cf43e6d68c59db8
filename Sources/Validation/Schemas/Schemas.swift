import ImprintResources
import XMLSupport

/// Our RELAX NG schemas, compiled once per process on first use.
///
/// Static lets are initialised lazily and thread-safely, and a compiled schema is only read
/// while validating, so parallel checks share them. A schema that fails to compile is an
/// Imprint bug; the documents are then still parsed, only without schema validation.
enum Schemas {
    static let container30 = compile("ocf-container30.rng", EmbeddedResource.container30Schema)
    static let container20 = compile("ocf-container20.rng", EmbeddedResource.container20Schema)
    static let encryption30 = compile("ocf-encryption30.rng", EmbeddedResource.encryption30Schema)
    static let encryption20 = compile("ocf-encryption20.rng", EmbeddedResource.encryption20Schema)
    static let signatures = compile("ocf-signatures.rng", EmbeddedResource.signaturesSchema)
    static let renditionMetadata = compile("ocf-metadata.rng", EmbeddedResource.renditionMetadataSchema)
    static let renditionMapping = compile("rendition-mapping.rng", EmbeddedResource.renditionMappingSchema)
    static let package30 = compile("package30.rng", EmbeddedResource.package30Schema)
    static let package20 = compile("package20.rng", EmbeddedResource.package20Schema)
    static let ncx = compile("ncx.rng", EmbeddedResource.ncxSchema)

    private static func compile(_ name: String, _ bytes: [UInt8]) -> RelaxNGSchema? {
        try? RelaxNGSchema(name: name, bytes: bytes, resolver: { EmbeddedResource.schema(named: $0) })
    }
}
