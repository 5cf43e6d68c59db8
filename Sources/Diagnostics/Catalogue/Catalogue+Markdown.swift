extension DiagnosticCode {
    // Markdown manuscripts.
    public static let rawHTMLDropped = DiagnosticCode("IMP-MD-001", .warning, "%1", summary: "Raw HTML in Markdown that is unsafe or cannot be represented was dropped")
    public static let rawHTMLAttributeDropped = DiagnosticCode("IMP-MD-002", .warning, "%1", summary: "An attribute of raw HTML in Markdown was dropped")
    public static let rawHTMLUnbalanced = DiagnosticCode("IMP-MD-003", .warning, "%1", summary: "A raw HTML tag in Markdown is not closed or closes nothing")
    public static let markdownNestingTooDeep = DiagnosticCode("IMP-MD-004", .warning, "%1", summary: "Markdown nesting deeper than Imprint keeps was flattened")
    public static let markdownLinkToFile = DiagnosticCode("IMP-MD-005", .warning, "link to %1 points at a file that is not part of the book; its text is kept")
    public static let markdownFootnoteMissing = DiagnosticCode("IMP-MD-006", .warning, "footnote reference %1 has no definition")
    public static let markdownRawFormatDropped = DiagnosticCode("IMP-MD-007", .warning, "raw {=%1} %2 dropped: an EPUB can carry only HTML")
    public static let markdownMathUnsupported = DiagnosticCode("IMP-MD-008", .warning, "TeX math %1: %2", summary: "TeX math holds a command or construct Imprint cannot convert to MathML; it is shown as written")

    // Metadata: front matter, book.yaml, NAME.yaml.
    public static let metadataSyntax = DiagnosticCode("IMP-META-001", .error, "%1", summary: "A metadata block is not valid YAML")
    public static let metadataUnknownKey = DiagnosticCode("IMP-META-002", .warning, "%1", summary: "A metadata key is not known to Imprint or pandoc")
    public static let metadataInvalidValue = DiagnosticCode("IMP-META-003", .error, "%1", summary: "A metadata value has the wrong shape or an invalid value")
    public static let metadataBadISBN = DiagnosticCode("IMP-META-004", .error, "ISBN %1 has a wrong check digit (the other digits call for %2)")
    public static let metadataIgnoredKey = DiagnosticCode("IMP-META-005", .info, "%1", summary: "A pandoc metadata key that has no meaning in an EPUB was ignored")
    public static let metadataFileUnreadable = DiagnosticCode("IMP-META-006", .error, "%1", summary: "A metadata file is missing or cannot be read")
    public static let metadataExtraValue = DiagnosticCode("IMP-META-007", .info, "%1 identifiers given; the first (%2) identifies the book, the others are not written", summary: "Only the first of several values was used")
    public static let projectNoChapters = DiagnosticCode("IMP-META-008", .error, "%1 lists no chapters and %2 holds no .md or .txt files", summary: "A book.yaml lists no chapter files and its folder holds no manuscripts")
    public static let metadataTooDeep = DiagnosticCode("IMP-META-009", .error, "%1: YAML nests %2 levels deep here, deeper than the limit of %3; it was not read", summary: "YAML metadata nests deeper than the limit (--limit yaml-depth)")
    public static let metadataTooManyAliases = DiagnosticCode("IMP-META-010", .error, "%1", summary: "YAML metadata uses more aliases, or expands to more values, than the limit (--limit yaml-aliases)")

    // Resources referenced by manuscripts and metadata: images, cover, stylesheets, fonts.
    public static let imageAltMissing = DiagnosticCode("IMP-RES-001", .warning, "%1", summary: "An image has no alternative text")
    public static let remoteResource = DiagnosticCode("IMP-RES-002", .error, "image %1 is on the web; an e-book must carry its images")
    public static let resourceMissing = DiagnosticCode("IMP-RES-003", .error, "%1", summary: "A referenced file does not exist or cannot be read")
    public static let resourceNotRegularFile = DiagnosticCode("IMP-RES-004", .error, "'%1' is not a regular file")
    public static let resourceUnknownType = DiagnosticCode("IMP-RES-005", .error, "%1", summary: "A referenced file's bytes are not a supported image, font or stylesheet")
    public static let resourceExtensionMismatch = DiagnosticCode("IMP-RES-006", .info, "'%1' is named like %2 but its bytes are %3; declared as %4")
    public static let resourceEscapesFolder = DiagnosticCode("IMP-RES-007", .error, "'%1' leads out of its folder to %2 through a symbolic link")
    public static let resourceTooLarge = DiagnosticCode("IMP-RES-008", .error, "'%1' is %2 MB; files over %3 MB are not embedded")
    public static let resourceOutsideBook = DiagnosticCode("IMP-RES-009", .error, "%1", summary: "A file outside the book's folder was named without --allow-outside or --resource-path")
    public static let imageDamaged = DiagnosticCode("IMP-RES-010", .error, "%1; it was left out of the book", summary: "An image file is damaged: its header or markup cannot be read")

    static var markdownCodes: [DiagnosticCode] {
        [rawHTMLDropped, rawHTMLAttributeDropped, rawHTMLUnbalanced, markdownNestingTooDeep, markdownLinkToFile,
         markdownFootnoteMissing, markdownRawFormatDropped, markdownMathUnsupported,
         metadataSyntax, metadataUnknownKey, metadataInvalidValue, metadataBadISBN, metadataIgnoredKey,
         metadataFileUnreadable, metadataExtraValue, projectNoChapters, metadataTooDeep, metadataTooManyAliases,
         imageAltMissing, remoteResource, resourceMissing, resourceNotRegularFile, resourceUnknownType,
         resourceExtensionMismatch, resourceEscapesFolder, resourceTooLarge, resourceOutsideBook, imageDamaged]
    }
}
