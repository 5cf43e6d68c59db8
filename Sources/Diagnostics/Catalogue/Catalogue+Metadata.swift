extension DiagnosticCode {
    // pandoc metadata keys that mean something in pandoc's EPUB but that Imprint does another way.
    public static let metadataUnsupportedKey = DiagnosticCode("IMP-META-011", .warning, "%1", summary: "A pandoc metadata key that shapes pandoc's EPUB is done another way in Imprint, and was not used")

    static var metadataCodes: [DiagnosticCode] { [metadataUnsupportedKey] }
}
