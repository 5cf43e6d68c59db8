/// A reference from one publication resource to another, gathered while scanning documents
/// and resolved once every document is known (EPUBCheck's cross-reference model).
struct Reference: Sendable {
    /// What the reference is for: it decides which targets are acceptable.
    enum Kind: String, Sendable {
        case generic, font, hyperlink, link, image, object, stylesheet, audio, video, track, script, frame, cite
        case svgPaint, svgClipPath, svgSymbol
        case regionBasedNav, searchKey, navTocLink, navPageListLink, navLandmarkLink
        case overlayTextLink, overlayAudio
        case pictureSource, pictureSourceForeign
    }

    var kind: Kind
    var url: ContainerURL
    /// The container path of the document holding the reference.
    var source: String
    var line: Int?
    var column: Int? = nil
    /// The HTML element that holds the reference (`img`, `a` …), for messages.
    var element: String = ""
    /// Whether the URL was written in a `src`-like attribute (`src`, `data`, `poster`): a
    /// remote URL there makes the document need the `remote-resources` property.
    var isSource: Bool = false
    /// For `object`: whether the element has content of its own to show instead (an intrinsic fallback).
    var hasFallbackContent: Bool = false
    /// For audio and video: which media element (counted in the document) the URL belongs to,
    /// and, for a `source` child, its `type` attribute. The element's own `src` has a group and
    /// no declared type; nil outside media elements.
    var mediaGroup: Int? = nil
    var declaredType: String? = nil
}

/// An `id` in a document and what kind of target it is.
struct Anchor: Sendable {
    enum Kind: Sendable { case generic, svgPaint, svgClipPath, svgSymbol }
    var kind: Kind
    /// 1-based position in document order (for reading-order checks).
    var position: Int
    var line: Int?
}
