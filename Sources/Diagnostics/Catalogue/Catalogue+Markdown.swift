extension DiagnosticCode {
    // Markdown manuscripts.
    public static let rawHTMLDropped = DiagnosticCode("IMP-MD-001", .warning, "Raw HTML in Markdown that is unsafe or cannot be represented was dropped")
    public static let rawHTMLAttributeDropped = DiagnosticCode("IMP-MD-002", .warning, "An attribute of raw HTML in Markdown was dropped")
    public static let rawHTMLUnbalanced = DiagnosticCode("IMP-MD-003", .warning, "A raw HTML tag in Markdown is not closed or closes nothing")
    public static let markdownNestingTooDeep = DiagnosticCode("IMP-MD-004", .warning, "Markdown nesting deeper than Imprint keeps was flattened")
    public static let markdownLinkToFile = DiagnosticCode("IMP-MD-005", .warning, "A link points at a local file that is not part of the book")
    public static let markdownFootnoteMissing = DiagnosticCode("IMP-MD-006", .warning, "A footnote reference has no definition")
    public static let markdownRawFormatDropped = DiagnosticCode("IMP-MD-007", .warning, "A raw block or inline for another output format ({=latex} …) was dropped")

    // Metadata: front matter, book.yaml, NAME.yaml.
    public static let metadataSyntax = DiagnosticCode("IMP-META-001", .error, "A metadata block is not valid YAML")
    public static let metadataUnknownKey = DiagnosticCode("IMP-META-002", .warning, "A metadata key is not known to Imprint or pandoc")
    public static let metadataInvalidValue = DiagnosticCode("IMP-META-003", .error, "A metadata value has the wrong shape or an invalid value")
    public static let metadataBadISBN = DiagnosticCode("IMP-META-004", .error, "An ISBN's check digit is wrong")
    public static let metadataIgnoredKey = DiagnosticCode("IMP-META-005", .info, "A pandoc metadata key that has no meaning in an EPUB was ignored")
    public static let metadataFileUnreadable = DiagnosticCode("IMP-META-006", .error, "A metadata file is missing or cannot be read")
    public static let metadataExtraValue = DiagnosticCode("IMP-META-007", .info, "Only the first of several values was used")
    public static let projectNoChapters = DiagnosticCode("IMP-META-008", .error, "A book.yaml lists no chapter files and its folder holds no manuscripts")
    public static let metadataTooDeep = DiagnosticCode("IMP-META-009", .error, "YAML metadata nests deeper than the limit (--limit yaml-depth)")
    public static let metadataTooManyAliases = DiagnosticCode("IMP-META-010", .error, "YAML metadata uses more aliases, or expands to more values, than the limit (--limit yaml-aliases)")

    // Resources referenced by manuscripts and metadata: images, cover, stylesheets, fonts.
    public static let imageAltMissing = DiagnosticCode("IMP-RES-001", .warning, "An image has no alternative text")
    public static let remoteResource = DiagnosticCode("IMP-RES-002", .error, "A resource is remote and remote resources are not allowed")
    public static let resourceMissing = DiagnosticCode("IMP-RES-003", .error, "A referenced file does not exist or cannot be read")
    public static let resourceNotRegularFile = DiagnosticCode("IMP-RES-004", .error, "A referenced path is not a regular file")
    public static let resourceUnknownType = DiagnosticCode("IMP-RES-005", .error, "A referenced file's bytes are not a supported image, font or stylesheet")
    public static let resourceExtensionMismatch = DiagnosticCode("IMP-RES-006", .info, "A file's name says one media type, its bytes another")
    public static let resourceEscapesFolder = DiagnosticCode("IMP-RES-007", .error, "A path leaves the book's folder through a symbolic link")
    public static let resourceTooLarge = DiagnosticCode("IMP-RES-008", .error, "A referenced file is too large to embed")
    public static let resourceOutsideBook = DiagnosticCode("IMP-RES-009", .error, "A file outside the book's folder was named without --allow-outside or --resource-path")
    public static let imageDamaged = DiagnosticCode("IMP-RES-010", .error, "An image file is damaged: its header or markup cannot be read")

    static var markdownCodes: [DiagnosticCode] {
        [rawHTMLDropped, rawHTMLAttributeDropped, rawHTMLUnbalanced, markdownNestingTooDeep, markdownLinkToFile,
         markdownFootnoteMissing, markdownRawFormatDropped,
         metadataSyntax, metadataUnknownKey, metadataInvalidValue, metadataBadISBN, metadataIgnoredKey,
         metadataFileUnreadable, metadataExtraValue, projectNoChapters, metadataTooDeep, metadataTooManyAliases,
         imageAltMissing, remoteResource, resourceMissing, resourceNotRegularFile, resourceUnknownType,
         resourceExtensionMismatch, resourceEscapesFolder, resourceTooLarge, resourceOutsideBook, imageDamaged]
    }
}
