/// Every rule, registered once, in the order they report.
///
/// `container` rules judge the ZIP container before anything is parsed (they still run when
/// the package cannot be read); `publication` rules run on the fully read context.
enum Rules {
    static let container: [any Rule] = [
        MimetypeRule(),
        ContainerExtensionRule(),
        FileNameRule(),
        DuplicateNameRule(),
        EmptyDirectoryRule(),
    ]

    /// Run once the container file is read: the other `META-INF` files and renditions.
    static let containerFiles: [any Rule] = [
        RenditionsRule(),
    ]

    static let publication: [any Rule] = [
        EncryptionFileRule(),
        UniqueIdentifierRule(),
        MetadataRule(),
        DateRule(),
        CreatorRoleRule(),
        ManifestItemRule(),
        UndeclaredResourceRule(),
        FallbackRule(),
        SpineRule(),
        NonLinearReachabilityRule(),
        TocAttributeRule(),
        GuideRule(),
        ItemPropertiesRule(),
        ImageRule(),
        NavDocumentRule(),
        NCXRule(),
        ContentDocumentRule(),
        AttributeRule(),
        StructureRule(),
        DatetimeRule(),
        LabelRule(),
        RefinesRule(),
        RefinesCycleRule(),
        RefinesSchematronRule(),
        PackageSchematronRule(),
        EncodingRule(),
        EntityRule(),
        PrefixRule(),
        PrefixDeclarationRule(),
        FixedLayoutRule(),
        DoctypeRule(),
        MediaOverlayRule(),
        DataNavigationRule(),
        DictionaryRule(),
        IndexRule(),
        EDUPUBRule(),
        PreviewRule(),
        StylesheetRule(),
        ReferenceRule(),
    ]
}
