/// What an XHTML element of an EPUB content document may contain: the HTML content models
/// as our grammar states them (flow, phrasing, the lists, tables, ruby, `epub:switch` …).
///
/// Each case answers the two questions a content check asks of a child: may text stand here,
/// and which content model does this child element get (nil: not allowed here). Answers are
/// per child, never per sequence, except for `html` (head, then body) and `epubSwitch`
/// (cases, then one default): `ContentModelChecker` keeps their order.
enum ContentModel: Int, CaseIterable, Sendable {
    case flow, phrasing, text, empty, anything
    /// XHTML 1.1's Block.model (EPUB 2 `body`, `blockquote`, `form`, `noscript`): blocks only, no text.
    case block
    case html, head, headNoscript
    case listItems, descriptionList, descriptionGroup
    case figure, details, summary
    case table, columnGroup, rows, row
    case datalist, ruby, rubyTextContainer, picture, media, object, select, optionGroup
    case epubSwitch

    /// Whether non-whitespace text may stand directly in this content (whitespace always may).
    var allowsText: Bool {
        switch self {
        case .flow, .phrasing, .text, .anything, .headNoscript, .figure, .details, .summary,
             .datalist, .ruby, .rubyTextContainer, .media, .object:
            return true
        default:
            return false
        }
    }

    /// Whether an element of another namespace (SVG, MathML, none …) may stand here; its
    /// content is then not ours to check.
    var allowsForeign: Bool {
        switch self {
        case .flow, .phrasing, .anything, .headNoscript, .figure, .details, .summary,
             .datalist, .ruby, .rubyTextContainer, .media, .object, .block:
            return true
        default:
            return false
        }
    }

    /// Whether the content is a fixed sequence (`html`, `epub:switch`) rather than any
    /// number of the allowed children in any order.
    var isSequence: Bool { self == .html || self == .epubSwitch }

    /// The content model `child` gets here, or nil when it is not allowed here.
    ///
    /// Context-specific children (`li` in a list, `figcaption` in a figure) come first; then
    /// the category this content admits: flow (which includes phrasing), phrasing (with the
    /// transparent elements holding phrasing), or head content.
    func model(of child: ElementRule) -> ContentModel? {
        for slot in child.slots where slot.parent == self { return slot.model }
        switch self {
        case .flow, .figure, .details, .media, .object:
            return child.asFlow ?? child.asPhrasing
        case .phrasing, .summary, .datalist, .ruby, .rubyTextContainer:
            return child.asPhrasing ?? (child.isTransparent ? .phrasing : nil)
        case .block:
            return child.asFlow
        case .head:
            return child.asHead
        case .headNoscript:
            return child.asHead ?? child.asFlow ?? child.asPhrasing
        case .anything:
            return .anything
        default:
            return nil
        }
    }
}
