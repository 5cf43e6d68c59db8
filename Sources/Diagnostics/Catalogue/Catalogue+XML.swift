extension DiagnosticCode {
    // Parsing XML documents and validating them against RELAX NG schemas.
    // EPUBCheck reports both through the same two IDs, whatever the document.
    public static let xmlNotWellFormed = DiagnosticCode("RSC-016", .fatal, "A document is not well-formed XML")
    public static let xmlSchemaViolation = DiagnosticCode("RSC-005", .error, "A document does not match its schema")

    // Imprint's own guards against hostile documents (limits are `XMLLimits`).
    public static let xmlTooLarge = DiagnosticCode("IMP-XML-001", .fatal, "An XML document is larger than the limit")
    public static let xmlTooDeep = DiagnosticCode("IMP-XML-002", .fatal, "XML elements are nested deeper than the limit")
    public static let xmlTooManyAttributes = DiagnosticCode("IMP-XML-003", .fatal, "An XML element has more attributes than the limit")
    public static let xmlEntityNotExpanded = DiagnosticCode("IMP-XML-004", .info, "An entity declared in the document type is not expanded")

    static var xmlCodes: [DiagnosticCode] {
        [xmlNotWellFormed, xmlSchemaViolation, xmlTooLarge, xmlTooDeep, xmlTooManyAttributes, xmlEntityNotExpanded]
    }
}
