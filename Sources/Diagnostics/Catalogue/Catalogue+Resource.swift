// Generated from EPUBCheck 5.3's message list (`epubcheck --listChecks`): same IDs, same default
// severities, so reports compare with EPUBCheck's line for line.
extension DiagnosticCode {
    // Resources and references between them: existence, declaration, fragments, remote URLs (EPUBCheck RSC-*).
    public static let rsc001 = DiagnosticCode("RSC-001", .error, "%1", summary: "File \"…\" could not be found")
    public static let rsc002 = DiagnosticCode("RSC-002", .fatal, "Required META-INF/container.xml resource could not be found")
    public static let rsc003 = DiagnosticCode("RSC-003", .error, "No rootfile tag with media type \"application/oebps-package+xml\" was found in the container")
    public static let rsc004 = DiagnosticCode("RSC-004", .info, "File \"%1\" is encrypted, its content will not be checked")
    public static let rsc006 = DiagnosticCode("RSC-006", .error, "Remote resource %1")
    public static let rsc006b = DiagnosticCode("RSC-006b", .usage, "Remote resource \"%1\" (%2) is declared but nothing refers to it; check that scripts fetch it")
    public static let rsc007 = DiagnosticCode("RSC-007", .error, "Referenced resource \"%1\" could not be found in the EPUB")
    public static let rsc007w = DiagnosticCode("RSC-007w", .warning, "Referenced resource \"%1\" could not be found in the EPUB")
    public static let rsc008 = DiagnosticCode("RSC-008", .error, "Referenced resource \"%1\" is not declared in the OPF manifest")
    public static let rsc009 = DiagnosticCode("RSC-009", .warning, "A non-SVG image resource should not be defined with a fragment identifier (\"%1\")")
    public static let rsc010 = DiagnosticCode("RSC-010", .error, "Reference to non-standard resource type found: %1")
    public static let rsc011 = DiagnosticCode("RSC-011", .error, "Found a reference to a resource that is not a spine item: \"%1\"")
    public static let rsc012 = DiagnosticCode("RSC-012", .error, "%1", summary: "Fragment identifier is not defined")
    public static let rsc013 = DiagnosticCode("RSC-013", .error, "Fragment identifier is used in a reference to a stylesheet resource (\"%1\")")
    public static let rsc014 = DiagnosticCode("RSC-014", .error, "Fragment identifier \"%1\" defines an incompatible resource type in \"%2\"")
    public static let rsc015 = DiagnosticCode("RSC-015", .error, "A fragment identifier is required for SVG use tag references (\"%1\")")
    public static let rsc017 = DiagnosticCode("RSC-017", .warning, "Warning while parsing file: %1")
    public static let rsc019 = DiagnosticCode("RSC-019", .warning, "EPUBs with Multiple Renditions should contain a META-INF/metadata.xml file")
    public static let rsc020 = DiagnosticCode("RSC-020", .error, "\"%1\" is not a valid URL (%2)")
    public static let rsc021 = DiagnosticCode("RSC-021", .error, "A search key map must point to content documents in the spine; \"%1\" is not")
    public static let rsc024 = DiagnosticCode("RSC-024", .usage, "Parser note: %1")
    public static let rsc025 = DiagnosticCode("RSC-025", .usage, "Parser error (informative): %1")
    public static let rsc026 = DiagnosticCode("RSC-026", .error, "URL \"%1\" leaks outside the container (it is not a valid-relative-ocf-URL-with-fragment string)")
    public static let rsc027 = DiagnosticCode("RSC-027", .warning, "XML document is encoded in UTF-16. It should be encoded in UTF-8 instead")
    public static let rsc028 = DiagnosticCode("RSC-028", .error, "XML documents must be encoded in UTF-8, but %1 was detected")
    public static let rsc029 = DiagnosticCode("RSC-029", .error, "Data URL is not allowed in this context: %1")
    public static let rsc030 = DiagnosticCode("RSC-030", .error, "File URLs are not allowed in EPUB, but found \"%1\"")
    public static let rsc031 = DiagnosticCode("RSC-031", .warning, "Remote resource references should use HTTPS, but found \"%1\"")
    public static let rsc032 = DiagnosticCode("RSC-032", .error, "Fallback must be provided for foreign resources, but found none for resource \"%1\" of type \"%2\" (in <%3>)")
    public static let rsc033 = DiagnosticCode("RSC-033", .error, "Relative URL strings must not have a query component, but found one in \"%1\"")

    static var resourceCodes: [DiagnosticCode] {
        [
            rsc001, rsc002, rsc003, rsc004, rsc006, rsc006b, rsc007, rsc007w, rsc008, rsc009, rsc010, rsc011,
            rsc012, rsc013, rsc014, rsc015, rsc017, rsc019, rsc020, rsc021, rsc024, rsc025, rsc026, rsc027,
            rsc028, rsc029, rsc030, rsc031, rsc032, rsc033,
        ]
    }
}
