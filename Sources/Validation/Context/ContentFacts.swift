/// What one scan of a content document (XHTML or SVG) found: ids, references, and the
/// features the package must declare (`scripted`, `svg`, `mathml`, `remote-resources`, `switch`).
struct ContentFacts: Sendable {
    var anchors: [String: Anchor] = [:]
    var references: [Reference] = []
    var hasScript = false
    /// A `form` element: EPUBCheck requires `scripted` for it.
    var hasForm = false
    /// Form controls outside a form (pandoc's task-list checkboxes): `scripted` is allowed, not required.
    var hasFormControls = false
    var hasSVG = false
    var hasMathML = false
    var hasSwitch = false
    var hasPagebreak = false
    /// A `nav` with epub:type `page-list` (in the navigation document: a page list).
    var hasPageListNav = false
    var hasMicrodata = false
    var hasRDFa = false
    var hasDictionaryContent = false
    var hasIndexContent = false
    /// epub:type values seen anywhere in the document.
    var epubTypes: Set<String> = []
    /// Remote resources the document loads (not hyperlinks): decides `remote-resources`.
    var remoteResources: [Reference] = []
    /// Class names used in the document (for media overlay active-class checks).
    var usesStylesheet = false
    var inlineStyles: [String] = []
    /// Why `style` attributes do not parse as declarations, with the element's line.
    var inlineStyleErrors: [(line: Int?, message: String)] = []
    /// Properties EPUB forbids (CSS-001) set in `style` attributes, with the element's line.
    var inlineForbiddenProperties: [(line: Int, property: String)] = []
    /// `style` elements' sheets with the line the element starts on.
    var styleElements: [(sheet: Stylesheet, line: Int)] = []
    /// `meta name="viewport"` contents, in order, with their lines.
    var viewports: [(content: String, line: Int?, column: Int?)] = []
    var title: String?
    var lang: String?
    /// Gathered only when the accessibility rules run (`CheckOptions.accessibility`).
    var accessibility: AccessibilityFacts?
}
