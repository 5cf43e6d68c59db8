/// A child of an element: another element or a run of text.
///
/// CDATA sections arrive as text; comments and processing instructions are dropped, and
/// adjacent text (split by a dropped comment or an unexpanded entity) is joined, so a
/// paragraph's text is one node however it was written.
public enum XMLNode: Sendable {
    case element(XMLElement)
    case text(String)

    /// The element, when this node is one.
    public var element: XMLElement? {
        if case .element(let e) = self { return e }
        return nil
    }

    /// The text, when this node is text.
    public var text: String? {
        if case .text(let t) = self { return t }
        return nil
    }
}

/// An attribute as written: namespace-qualified, value with character references resolved.
public struct XMLAttribute: Sendable, Hashable {
    public let localName: String
    /// The namespace URI, or nil for an unprefixed attribute.
    public let namespace: String?
    public let prefix: String?
    public let value: String

    public init(localName: String, namespace: String? = nil, prefix: String? = nil, value: String) {
        self.localName = localName
        self.namespace = namespace
        self.prefix = prefix
        self.value = value
    }

    /// `prefix:localName` or `localName`, as the author wrote it.
    public var qualifiedName: String { prefix.map { "\($0):\(localName)" } ?? localName }
}
