extension DiagnosticCode {
    // Page numbers of a print edition, marked in a manuscript (docs/accessibility.md).
    public static let pageSourceMissing = DiagnosticCode("IMP-PAGE-001", .warning, "%1", summary: "A manuscript marks print page numbers but the metadata names no print edition (source)")
    public static let pageMarkerUnlabelled = DiagnosticCode("IMP-PAGE-002", .warning, "%1", summary: "A page marker gives no page number; it was left out")
    public static let pageMarkerLeftOut = DiagnosticCode("IMP-PAGE-003", .warning, "page marker %1 is in text left out of the book", summary: "A page marker is in text the book leaves out (a contents list, a title page)")

    static var pageMarkerCodes: [DiagnosticCode] {
        [pageSourceMissing, pageMarkerUnlabelled, pageMarkerLeftOut]
    }
}
