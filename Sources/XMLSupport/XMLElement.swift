/// An element of a parsed document: immutable, namespace-aware, with its source line.
///
/// A class so large trees are shared, not copied, between the checks that walk them; every
/// stored property is a `let` of a `Sendable` type, so the compiler proves it `Sendable`. Walks over it are iterative: input nesting can
/// never overflow the stack.
public final class XMLElement: Sendable {
    public let localName: String
    /// The namespace URI, or nil when the element is in no namespace.
    public let namespace: String?
    /// The namespace as a small value, for the comparisons made for every element.
    public let namespaceKind: XMLNamespace.Kind
    public let prefix: String?
    /// Attributes in document order; namespace declarations (`xmlns…`) are not attributes.
    public let attributes: [XMLAttribute]
    public let children: [XMLNode]
    /// 1-based line where the start tag ends (libxml2's line for the element).
    public let line: Int
    /// 1-based column just after the start tag's `>`, where EPUBCheck places messages about
    /// the element; nil when the source could not show it (UTF-16 documents).
    public let column: Int?

    public init(localName: String, namespace: String? = nil, prefix: String? = nil,
                attributes: [XMLAttribute] = [], children: [XMLNode] = [], line: Int = 0, column: Int? = nil) {
        self.localName = localName
        self.namespace = namespace
        namespaceKind = XMLNamespace.kind(of: namespace)
        self.prefix = prefix
        self.attributes = attributes
        self.children = children
        self.line = line
        self.column = column
    }

    /// `prefix:localName` or `localName`, as the author wrote it.
    public var qualifiedName: String { prefix.map { "\($0):\(localName)" } ?? localName }

    /// The value of an attribute; `namespace` nil means an unprefixed attribute.
    public func attribute(_ localName: String, namespace: String? = nil) -> String? {
        for a in attributes where a.localName == localName && a.namespace == namespace { return a.value }
        return nil
    }

    /// Child elements in order, without text.
    public var elementChildren: [XMLElement] {
        children.compactMap(\.element)
    }

    /// Child elements with the given local name (and namespace, when given).
    public func children(named localName: String, namespace: String? = nil) -> [XMLElement] {
        elementChildren.filter { $0.localName == localName && (namespace == nil || $0.namespace == namespace) }
    }

    /// Every element below this one, in document order (this one excluded).
    public func descendants() -> [XMLElement] {
        var result: [XMLElement] = []
        var stack: [XMLElement] = elementChildren.reversed()
        while let next = stack.popLast() {
            result.append(next)
            for child in next.children.reversed() {
                if case .element(let e) = child { stack.append(e) }
            }
        }
        return result
    }

    /// All text below this element, concatenated in document order.
    public var textContent: String {
        var text = ""
        var stack: [XMLNode] = children.reversed()
        while let next = stack.popLast() {
            switch next {
            case .text(let t): text += t
            case .element(let e): stack.append(contentsOf: e.children.reversed())
            }
        }
        return text
    }
}
