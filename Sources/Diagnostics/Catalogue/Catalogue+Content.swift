// Generated from EPUBCheck 5.3's message list (`epubcheck --listChecks`): same IDs, same default
// severities, so reports compare with EPUBCheck's line for line.
extension DiagnosticCode {
    // XHTML and SVG content documents (EPUBCheck HTM-*).
    public static let htm001 = DiagnosticCode("HTM-001", .error, "Publication resources in XML must be XML 1.0 documents, but this one declares version=\"%1\"")
    public static let htm003 = DiagnosticCode("HTM-003", .error, "External entities are not allowed in EPUB 3 documents: the entity \"%1\" is declared to come from %2")
    public static let htm004 = DiagnosticCode("HTM-004", .error, "Irregular DOCTYPE: found %1")
    public static let htm005 = DiagnosticCode("HTM-005", .usage, "The document refers to an external resource")
    public static let htm007 = DiagnosticCode("HTM-007", .warning, "Empty or whitespace-only value of attribute ssml:ph on element \"%1\"")
    public static let htm009 = DiagnosticCode("HTM-009", .error, "The package document's DOCTYPE (PUBLIC \"%1\" \"%2\") is obsolete or irregular and can be removed")
    public static let htm010 = DiagnosticCode("HTM-010", .usage, "The namespace \"%1\" is bound to the prefix epub, which normally names the EPUB structural namespace")
    public static let htm011 = DiagnosticCode("HTM-011", .error, "An entity is used but not declared")
    public static let htm025 = DiagnosticCode("HTM-025", .warning, "A link uses a URI scheme that is not registered")
    public static let htm044 = DiagnosticCode("HTM-044", .usage, "The namespace \"%1\" is declared but never used")
    public static let htm045 = DiagnosticCode("HTM-045", .usage, "An href is empty")
    public static let htm046 = DiagnosticCode("HTM-046", .error, "Fixed layout document has no \"viewport\" meta element")
    public static let htm047 = DiagnosticCode("HTM-047", .error, "Viewport metadata \"%1\" has a syntax error")
    public static let htm048 = DiagnosticCode("HTM-048", .error, "SVG Fixed-Layout Documents must have a \"viewBox\" attribute on the outermost \"svg\" element")
    public static let htm051 = DiagnosticCode("HTM-051", .warning, "Found Microdata semantic enrichments but no RDFa. EDUPUB recommends using RDFa Lite")
    public static let htm052 = DiagnosticCode("HTM-052", .error, "The property \"region-based\" is only allowed on nav elements in Data Navigation Documents")
    public static let htm054 = DiagnosticCode("HTM-054", .error, "Custom attribute namespace (\"%1\") must not include the string \"%2\" in its domain (attribute \"%3\")")
    public static let htm055 = DiagnosticCode("HTM-055", .usage, "The \"%1\" element is discouraged")
    public static let htm056 = DiagnosticCode("HTM-056", .error, "Viewport metadata has no \"%1\" dimension (both \"width\" and \"height\" properties are required)")
    public static let htm057 = DiagnosticCode("HTM-057", .error, "Viewport \"%1\" value must be a positive number or the keyword \"device-%2\" (found \"%3\")")
    public static let htm058 = DiagnosticCode("HTM-058", .error, "HTML documents must be encoded in UTF-8, but UTF-16 was detected")
    public static let htm059 = DiagnosticCode("HTM-059", .error, "Viewport \"%1\" property must not be defined more than once, but found values [%2]")
    public static let htm060a = DiagnosticCode("HTM-060a", .usage, "A fixed-layout document has more than one viewport meta element; \"%1\" is ignored by reading systems")
    public static let htm060b = DiagnosticCode("HTM-060b", .usage, "A reflowable document has a viewport meta element; \"%1\" is ignored by reading systems")
    public static let htm061 = DiagnosticCode("HTM-061", .error, "\"%1\" is not a valid custom data attribute (it must have at least one character after the hyphen, be XML-compatible, and not contain ASCII uppercase letters)")

    static var contentCodes: [DiagnosticCode] {
        [
            htm001, htm003, htm004, htm005, htm007, htm009, htm010, htm011, htm025, htm044, htm045, htm046,
            htm047, htm048, htm051, htm052, htm054, htm055, htm056, htm057, htm058, htm059, htm060a, htm060b,
            htm061,
        ]
    }
}
