extension DiagnosticCode {
    // Parsing XML documents and validating them against RELAX NG schemas.
    // EPUBCheck reports both through the same two IDs, whatever the document.
    public static let xmlNotWellFormed = DiagnosticCode("RSC-016", .fatal, "Fatal Error while parsing file: %1")
    public static let xmlSchemaViolation = DiagnosticCode("RSC-005", .error, "Error while parsing file: %1")

    // Imprint's own guards against hostile documents (limits are `XMLLimits`).
    public static let xmlTooLarge = DiagnosticCode("IMP-XML-001", .fatal, "%1 is %2 bytes, more than the limit of %3; it was not parsed", summary: "An XML document is larger than the limit")
    public static let xmlTooDeep = DiagnosticCode("IMP-XML-002", .fatal, "Elements are nested more than %1")
    public static let xmlTooManyAttributes = DiagnosticCode("IMP-XML-003", .fatal, "Element \"%1\" has %2 attributes, more than the limit of %3")
    public static let xmlEntityNotExpanded = DiagnosticCode("IMP-XML-004", .info, "The entity \"&%1;\" declared in the document type is not expanded; its text is not checked")

    static var xmlCodes: [DiagnosticCode] {
        [xmlNotWellFormed, xmlSchemaViolation, xmlTooLarge, xmlTooDeep, xmlTooManyAttributes, xmlEntityNotExpanded]
    }
}
