/// Where one XHTML (or EPUB-namespace) element may stand and what it then contains.
///
/// Most elements belong to a category (flow, phrasing, head) and have one content model
/// wherever the category is admitted; some stand only in particular parents (`li` in a list,
/// `td` in a row), given as `slots`. An element may be both: `a` is flow content holding flow,
/// and inside phrasing it is transparent, holding phrasing.
struct ElementRule: Sendable {
    /// A particular parent content model admitting this element, and the content it then has.
    struct Slot: Sendable {
        let parent: ContentModel
        let model: ContentModel
    }

    /// The name as messages show it: `p`, `epub:switch`.
    let name: String
    let isEPUBNamespace: Bool
    /// The content model as flow content (nil: not a flow-only element).
    var asFlow: ContentModel?
    /// The content model as phrasing content (nil: not phrasing content).
    var asPhrasing: ContentModel?
    /// `a`, `ins`, `del`, `map`, `noscript`, `canvas`: phrasing content holding phrasing.
    var isTransparent = false
    /// The content model as metadata content in `head`.
    var asHead: ContentModel?
    var slots: [Slot] = []

    init(_ name: String, epub: Bool = false, flow: ContentModel? = nil, phrasing: ContentModel? = nil,
         transparent: Bool = false, head: ContentModel? = nil, slots: [(ContentModel, ContentModel)] = []) {
        self.name = name
        self.isEPUBNamespace = epub
        self.asFlow = flow
        self.asPhrasing = phrasing
        self.isTransparent = transparent
        self.asHead = head
        self.slots = slots.map { Slot(parent: $0.0, model: $0.1) }
    }

    /// The content checked inside the element where it is misplaced, so that one misplaced
    /// element does not hide what is wrong inside it.
    var naturalModel: ContentModel {
        asFlow ?? asPhrasing ?? asHead ?? slots.first?.model ?? .anything
    }

    /// Whether the element is flow content but not phrasing content (`div`, `p`, `ul` …): the
    /// usual mistake inside a paragraph or heading.
    var isFlowOnly: Bool { asFlow != nil && asPhrasing == nil && !isTransparent }
}
