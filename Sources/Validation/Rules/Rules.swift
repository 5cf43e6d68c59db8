/// Every rule, registered once, in the order they report. The lists the checker runs are
/// derived from this one by each rule's shape and stage, so a rule cannot be half-registered.
enum Rules {
    static let all: [any Rule] = [
        // The ZIP container, before anything is parsed.
        MimetypeRule(),
        FileNameRule(),
        DuplicateNameRule(),
        EmptyDirectoryRule(),
        // Each document, during its one walk.
        ContentModelRule(),
        ContentDocumentRule(),
        AttributeRule(),
        StructureRule(),
        ContentSchematronRule(),
        SpeechAttributeRule(),
        SVGContentRule(),
        EPUBTypePrefixRule(),
        DatetimeRule(),
        LabelRule(),
        NavStructureRule(),
        NCXRule(),
        MediaOverlayAudioRule(),
        MediaOverlayDocumentRule(),
        DataNavigationRule(),
        DictionaryEntryRule(),
        IndexRule(),
        EDUPUBSemanticsRule(),
        // The container's META-INF files, once the first package document tells the version.
        ContainerFileRule(),
        EncryptionFileRule(),
        SignaturesFileRule(),
        MetadataFileRule(),
        MappingDocumentRule(),
        ContainerExtensionRule(),
        // The publication.
        MetaInfResourceRule(),
        UniqueIdentifierRule(),
        MetadataRule(),
        DateRule(),
        CreatorRoleRule(),
        ManifestItemRule(),
        LinkRule(),
        DeprecatedPackageFeatureRule(),
        RemoteItemRule(),
        CollectionRule(),
        CollectionSchematronRule(),
        UndeclaredResourceRule(),
        FallbackRule(),
        SpineRule(),
        NonLinearReachabilityRule(),
        TocAttributeRule(),
        GuideRule(),
        GuideReferenceUniqueRule(),
        ItemPropertiesRule(),
        ImageRule(),
        NavDocumentRule(),
        NavReadingOrderRule(),
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
        DictionaryRule(),
        EDUPUBRule(),
        PreviewRule(),
        StylesheetRule(),
        ReferenceRule(),
        // Accessibility (`--accessibility`): each document during its one walk, then the publication.
        TextAlternativeRule(),
        DocumentLanguageRule(),
        ARIARule(),
        AccessibleStructureRule(),
        AccessibleNameRule(),
        AllowedRoleRule(),
        FormLabelRule(),
        EPUBTypeRoleRule(),
        AccessibilityMetadataRule(),
        PageNavigationRule(),
        MediaOverlayPageBreakRule(),
        AccessibilityClaimsRule(),
    ]

    static let container = publicationRules(.container)
    static let publication = publicationRules(.publication)
    static let documents: [any DocumentRule] = all.compactMap {
        if case .document(let rule) = $0.shape { return rule } else { return nil }
    }

    private static func publicationRules(_ stage: CheckStage) -> [any PublicationRule] {
        all.compactMap { rule -> (any PublicationRule)? in
            if case .publication(let rule) = rule.shape, rule.stage == stage { return rule } else { return nil }
        }
    }
}
