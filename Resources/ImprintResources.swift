/// Schemas and the default stylesheet, compiled into the binary so nothing ships beside it.
public enum EmbeddedResource {
    /// `META-INF/container.xml` of EPUB 3 (with rendition selection) and of EPUB 2.
    public static var container30Schema: [UInt8] { PackageResources.ocf_container30_rng }
    public static var container20Schema: [UInt8] { PackageResources.ocf_container20_rng }
    /// `META-INF/encryption.xml` of EPUB 3 and of EPUB 2, and `META-INF/signatures.xml`.
    public static var encryption30Schema: [UInt8] { PackageResources.ocf_encryption30_rng }
    public static var encryption20Schema: [UInt8] { PackageResources.ocf_encryption20_rng }
    public static var signaturesSchema: [UInt8] { PackageResources.ocf_signatures_rng }
    /// A multiple-rendition publication's `META-INF/metadata.xml` and rendition mapping document.
    public static var renditionMetadataSchema: [UInt8] { PackageResources.ocf_metadata_rng }
    public static var renditionMappingSchema: [UInt8] { PackageResources.rendition_mapping_rng }
    public static var package30Schema: [UInt8] { PackageResources.package30_rng }
    public static var package20Schema: [UInt8] { PackageResources.package20_rng }
    public static var ncxSchema: [UInt8] { PackageResources.ncx_rng }
    /// What Imprint's renderer writes: the grammar shared by the two versions, then EPUB 3's
    /// and EPUB 2's.
    public static var imprintContentSchema: [UInt8] { PackageResources.imprint_content_rng }
    public static var imprintXHTML5Schema: [UInt8] { PackageResources.imprint_xhtml5_rng }
    public static var imprintXHTML11Schema: [UInt8] { PackageResources.imprint_xhtml11_rng }
    public static var stylesheet: [UInt8] { PackageResources.imprint_css }

    /// A schema by its file name (`ncx.rng`), for `<include href>` resolution.
    public static func schema(named name: String) -> [UInt8]? {
        switch name {
        case "ocf-container30.rng": return container30Schema
        case "ocf-container20.rng": return container20Schema
        case "ocf-encryption30.rng": return encryption30Schema
        case "ocf-encryption20.rng": return encryption20Schema
        case "ocf-signatures.rng": return signaturesSchema
        case "ocf-metadata.rng": return renditionMetadataSchema
        case "rendition-mapping.rng": return renditionMappingSchema
        case "package30.rng": return package30Schema
        case "package20.rng": return package20Schema
        case "ncx.rng": return ncxSchema
        case "imprint-content.rng": return imprintContentSchema
        case "imprint-xhtml5.rng": return imprintXHTML5Schema
        case "imprint-xhtml11.rng": return imprintXHTML11Schema
        default: return nil
        }
    }
}
