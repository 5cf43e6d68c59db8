/// Schemas and the default stylesheet, compiled into the binary so nothing ships beside it.
public enum EmbeddedResource {
    public static var containerSchema: [UInt8] { PackageResources.container_rng }
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
        case "container.rng": return containerSchema
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
