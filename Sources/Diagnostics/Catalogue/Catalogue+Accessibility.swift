extension DiagnosticCode {
    // Accessibility (`imprint check --accessibility`): Imprint's own IDs, each standing for an
    // Ace by DAISY or axe-core rule (docs/accessibility.md names it and the WCAG success
    // criterion). Severities follow the reference's impact: critical and serious are errors,
    // moderate a warning, minor info.

    // The package's metadata (Ace's EPUB rules, EPUB Accessibility 1.1 §5).
    public static let a11y001 = DiagnosticCode("IMP-A11Y-001", .error, "The publication has no title: dc:title is missing or empty")
    public static let a11y002 = DiagnosticCode("IMP-A11Y-002", .error, "The publication declares no language: dc:language is missing or empty")
    public static let a11y003 = DiagnosticCode("IMP-A11Y-003", .error, "The publication language \"%1\" is not a well-formed BCP 47 language tag")
    public static let a11y004 = DiagnosticCode("IMP-A11Y-004", .error, "The package declares no %1 metadata")
    public static let a11y005 = DiagnosticCode("IMP-A11Y-005", .warning, "The package declares no schema:accessModeSufficient metadata")
    public static let a11y006 = DiagnosticCode("IMP-A11Y-006", .info, "The value \"%1\" of %2 is not in its vocabulary%3")
    public static let a11y007 = DiagnosticCode("IMP-A11Y-007", .warning, "%1 declares \"none\" beside other values (%2)")
    public static let a11y008 = DiagnosticCode("IMP-A11Y-008", .info, "%1 is deprecated for EPUB publications and is not displayed to readers")

    // Pages of a print edition (Ace's EPUB and page rules).
    public static let a11y010 = DiagnosticCode("IMP-A11Y-010", .error, "The content has page breaks but the package names no print source (dc:source)")
    public static let a11y011 = DiagnosticCode("IMP-A11Y-011", .error, "The page-list entry \"%1\" does not lead to a page break: %2")
    public static let a11y012 = DiagnosticCode("IMP-A11Y-012", .error, "The page break \"%1\" is missing from the page-list")
    public static let a11y013 = DiagnosticCode("IMP-A11Y-013", .warning, "The page-list entry \"%1\" comes after \"%2\" but is before it in the reading order")
    public static let a11y014 = DiagnosticCode("IMP-A11Y-014", .warning, "A page break has no label: give it a title, aria-label or text")
    public static let a11y015 = DiagnosticCode("IMP-A11Y-015", .info, "An element with epub:type \"%1\" has no matching ARIA role \"%2\"")
    public static let a11y016 = DiagnosticCode("IMP-A11Y-016", .error, "The media overlay narrates the page break \"%1\" without marking it epub:type=\"pagebreak\"")

    // Text alternatives (axe-core).
    public static let a11y020 = DiagnosticCode("IMP-A11Y-020", .error, "An img element has no text alternative (alt, aria-label, aria-labelledby or title)")
    public static let a11y021 = DiagnosticCode("IMP-A11Y-021", .error, "An svg element with role \"%1\" has no text alternative (a title child, aria-label or aria-labelledby)")
    public static let a11y022 = DiagnosticCode("IMP-A11Y-022", .error, "An area element of an image map has no text alternative (alt, aria-label or aria-labelledby)")
    public static let a11y023 = DiagnosticCode("IMP-A11Y-023", .error, "An image button (input type=\"image\") has no text alternative (alt, aria-label, aria-labelledby or title)")
    public static let a11y024 = DiagnosticCode("IMP-A11Y-024", .error, "An object element has no text alternative (content, aria-label, aria-labelledby or title)")
    public static let a11y025 = DiagnosticCode("IMP-A11Y-025", .error, "A %1 element with role=\"img\" has no text alternative (aria-label, aria-labelledby or title)")

    // Language and title (axe-core).
    public static let a11y030 = DiagnosticCode("IMP-A11Y-030", .error, "The html element has no lang or xml:lang attribute")
    public static let a11y031 = DiagnosticCode("IMP-A11Y-031", .error, "The html element's %1 \"%2\" is not a valid language tag")
    public static let a11y032 = DiagnosticCode("IMP-A11Y-032", .error, "The %1 element's %2 \"%3\" is not a valid language tag")
    public static let a11y033 = DiagnosticCode("IMP-A11Y-033", .warning, "The html element's lang \"%1\" and xml:lang \"%2\" name different languages")
    public static let a11y034 = DiagnosticCode("IMP-A11Y-034", .error, "The document has no title, or an empty one")

    // WAI-ARIA (axe-core).
    public static let a11y040 = DiagnosticCode("IMP-A11Y-040", .error, "The role \"%1\" is not a WAI-ARIA role")
    public static let a11y041 = DiagnosticCode("IMP-A11Y-041", .info, "The role \"%1\" is deprecated")
    public static let a11y042 = DiagnosticCode("IMP-A11Y-042", .error, "\"%1\" is not a WAI-ARIA attribute")
    public static let a11y043 = DiagnosticCode("IMP-A11Y-043", .error, "The value \"%2\" of %1 is not allowed: %3")
    public static let a11y044 = DiagnosticCode("IMP-A11Y-044", .error, "%1 is not allowed on an element with role \"%2\"")
    public static let a11y045 = DiagnosticCode("IMP-A11Y-045", .error, "An element with role \"%1\" needs %2")
    public static let a11y046 = DiagnosticCode("IMP-A11Y-046", .error, "An element with role \"%1\" must be inside %2")
    public static let a11y047 = DiagnosticCode("IMP-A11Y-047", .error, "An element with role \"%1\" must contain %2")
    public static let a11y048 = DiagnosticCode("IMP-A11Y-048", .error, "The id \"%1\", referenced by %2, is used %3 times in this document")

    // Structure: lists, tables, headings (axe-core).
    public static let a11y050 = DiagnosticCode("IMP-A11Y-050", .error, "A %1 list holds a %2 element: a list holds only li, script and template elements")
    public static let a11y051 = DiagnosticCode("IMP-A11Y-051", .error, "An li element is not inside a ul, ol or menu list")
    public static let a11y052 = DiagnosticCode("IMP-A11Y-052", .error, "A dl is not a list of dt and dd groups: %1")
    public static let a11y053 = DiagnosticCode("IMP-A11Y-053", .error, "A %1 element is not inside a dl (or a div group of one)")
    public static let a11y054 = DiagnosticCode("IMP-A11Y-054", .error, "The headers attribute names \"%1\", which is not another cell of the same table")
    public static let a11y055 = DiagnosticCode("IMP-A11Y-055", .info, "A table header cell has no text")
    public static let a11y056 = DiagnosticCode("IMP-A11Y-056", .info, "A heading has no text")
    public static let a11y057 = DiagnosticCode("IMP-A11Y-057", .warning, "A heading of level %1 follows one of level %2: heading levels should go down one at a time")

    // Names of links, buttons, frames, landmarks (axe-core).
    public static let a11y060 = DiagnosticCode("IMP-A11Y-060", .error, "A link has no discernible text")
    public static let a11y061 = DiagnosticCode("IMP-A11Y-061", .error, "A button has no discernible text")
    public static let a11y062 = DiagnosticCode("IMP-A11Y-062", .error, "The %1 element has no title (or aria-label)")
    public static let a11y049 = DiagnosticCode("IMP-A11Y-049", .info, "The role \"%1\" is not allowed on a %2 element")
    public static let a11y064 = DiagnosticCode("IMP-A11Y-064", .error, "A form control (%1) has no label")
    public static let a11y063 = DiagnosticCode("IMP-A11Y-063", .warning, "Another \"%1\" landmark has the same name (%2): landmarks of one role need unique names")

    // Claims the metadata makes against the content (Imprint's own).
    public static let a11y070 = DiagnosticCode("IMP-A11Y-070", .error, "The package claims \"alternativeText\", but %1 image(s) have no text alternative (first in %2)")
    public static let a11y071 = DiagnosticCode("IMP-A11Y-071", .warning, "The package claims \"%1\", but the navigation document has no page-list")
    public static let a11y072 = DiagnosticCode("IMP-A11Y-072", .warning, "The package claims \"MathML\", but no content document holds MathML")
    public static let a11y073 = DiagnosticCode("IMP-A11Y-073", .warning, "The package claims \"tableOfContents\", but the publication has no table of contents")
    public static let a11y074 = DiagnosticCode("IMP-A11Y-074", .warning, "The package declares the hazard \"%1\", but %2 may flash")

    static var accessibilityCodes: [DiagnosticCode] {
        [
            a11y001, a11y002, a11y003, a11y004, a11y005, a11y006, a11y007, a11y008,
            a11y010, a11y011, a11y012, a11y013, a11y014, a11y015, a11y016,
            a11y020, a11y021, a11y022, a11y023, a11y024, a11y025,
            a11y030, a11y031, a11y032, a11y033, a11y034,
            a11y040, a11y041, a11y042, a11y043, a11y044, a11y045, a11y046, a11y047, a11y048, a11y049,
            a11y050, a11y051, a11y052, a11y053, a11y054, a11y055, a11y056, a11y057,
            a11y060, a11y061, a11y062, a11y063, a11y064,
            a11y070, a11y071, a11y072, a11y073, a11y074,
        ]
    }
}
