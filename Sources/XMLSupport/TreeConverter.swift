import CLibXML2

/// Copies a libxml2 tree into `XMLElement` values, iteratively and within limits.
///
/// Names and namespace URIs come from libxml2's dictionary, so the same pointer recurs for
/// every `<p>`; caching their Swift strings by pointer keeps a large document to one string
/// per distinct name. Text runs are joined as they arrive.
struct TreeConverter {
    enum Failure: Error {
        case tooDeep(line: Int)
        case tooManyAttributes(element: String, count: Int, line: Int)
    }

    let document: xmlDocPtr
    let limits: XMLLimits
    private(set) var unexpanded: [XMLEntityReference] = []
    private var names: [UnsafePointer<xmlChar>: String] = [:]
    /// A direct-mapped cache in front of `names`: a document repeats a handful of names, and a
    /// slot compare is much cheaper than hashing the pointer for every element and attribute.
    private var recent = [(pointer: UnsafePointer<xmlChar>?, name: String)](repeating: (nil, ""), count: 64)
    private var locator: StartTagLocator?

    /// `source` is the document's bytes, for the columns of start tags (none without it).
    init(document: xmlDocPtr, limits: XMLLimits, source: [UInt8]? = nil) {
        self.document = document
        self.limits = limits
        locator = source.map(StartTagLocator.init)
    }

    private struct Frame {
        let node: xmlNodePtr
        var cursor: xmlNodePtr?
        var column: Int?
        var children: [XMLNode] = []
        var text = ""

        mutating func flushText() {
            if !text.isEmpty { children.append(.text(text)); text = "" }
        }
    }

    /// How many child nodes `node` has: an upper bound on its converted children (adjacent
    /// text is joined, comments dropped), so each array is allocated once at its final size.
    private static func childCount(_ node: xmlNodePtr) -> Int {
        var count = 0
        var child = node.pointee.children
        while let c = child { count += 1; child = c.pointee.next }
        return count
    }

    mutating func convert(_ root: xmlNodePtr) throws -> XMLElement {
        var stack = [Frame(node: root, cursor: root.pointee.children, column: column(of: root))]
        stack.reserveCapacity(64)
        while !stack.isEmpty {
            let top = stack.count - 1
            guard let child = stack[top].cursor else {
                var frame = stack.removeLast()
                frame.flushText()
                let element = try makeElement(frame.node, children: frame.children, column: frame.column)
                if stack.isEmpty { return element }
                stack[stack.count - 1].flushText()
                stack[stack.count - 1].children.append(.element(element))
                continue
            }
            stack[top].cursor = child.pointee.next
            switch child.pointee.type {
            case XML_ELEMENT_NODE:
                guard stack.count < limits.maxDepth else { throw Failure.tooDeep(line: Int(xmlGetLineNo(child))) }
                var frame = Frame(node: child, cursor: child.pointee.children, column: column(of: child))
                frame.children.reserveCapacity(Self.childCount(child))
                stack.append(frame)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = child.pointee.content { stack[top].text += String(cString: content) }
            case XML_ENTITY_REF_NODE:
                recordEntity(child)
            default:
                continue // comments, processing instructions
            }
        }
        preconditionFailure("the loop returns when the root frame closes")
    }

    /// Where the element's start tag ends, asked in document order as the locator needs.
    private mutating func column(of node: xmlNodePtr) -> Int? {
        guard locator != nil else { return nil }
        let ns = node.pointee.ns
        let local = name(node.pointee.name)
        let qualified = ns.flatMap { $0.pointee.prefix }.map { name($0) + ":" + local } ?? local
        return locator?.column(of: qualified, line: Int(xmlGetLineNo(node)))
    }

    private mutating func makeElement(_ node: xmlNodePtr, children: [XMLNode], column: Int?) throws -> XMLElement {
        var attributes: [XMLAttribute] = []
        if node.pointee.properties != nil { attributes.reserveCapacity(4) }
        var property = node.pointee.properties
        while let attr = property {
            if attributes.count == limits.maxAttributes {
                var count = attributes.count
                while let more = property { count += 1; property = more.pointee.next }
                throw Failure.tooManyAttributes(element: name(node.pointee.name), count: count, line: Int(xmlGetLineNo(node)))
            }
            let ns = attr.pointee.ns
            attributes.append(XMLAttribute(localName: name(attr.pointee.name),
                                           namespace: ns.map { namespaceURI($0.pointee.href) },
                                           prefix: ns.flatMap { $0.pointee.prefix }.map { name($0) },
                                           value: value(of: attr.pointee.children)))
            property = attr.pointee.next
        }
        let ns = node.pointee.ns
        return XMLElement(localName: name(node.pointee.name),
                          namespace: ns.map { namespaceURI($0.pointee.href) },
                          prefix: ns.flatMap { $0.pointee.prefix }.map { name($0) },
                          attributes: attributes, children: children, line: Int(xmlGetLineNo(node)), column: column)
    }

    /// An attribute's value from its text children (entity references stay unexpanded).
    private mutating func value(of first: xmlNodePtr?) -> String {
        if let only = first, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE {
            return only.pointee.content.map { String(cString: $0) } ?? ""
        }
        var text = ""
        var node = first
        while let n = node {
            if n.pointee.type == XML_TEXT_NODE, let content = n.pointee.content { text += String(cString: content) }
            if n.pointee.type == XML_ENTITY_REF_NODE { recordEntity(n) }
            node = n.pointee.next
        }
        return text
    }

    private mutating func recordEntity(_ node: xmlNodePtr) {
        guard let raw = node.pointee.name else { return }
        let entity = xmlGetDocEntity(document, raw)
        let external = entity.map { $0.pointee.etype == XML_EXTERNAL_GENERAL_PARSED_ENTITY || $0.pointee.etype == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY } ?? false
        unexpanded.append(XMLEntityReference(name: name(raw), line: Int(xmlGetLineNo(node)), isDeclared: entity != nil,
                                             isExternal: external))
    }

    /// The cache slot of a pointer: Fibonacci hashing spreads neighbouring addresses.
    private static func slot(_ pointer: UnsafePointer<xmlChar>) -> Int {
        Int(truncatingIfNeeded: (UInt(bitPattern: Int(bitPattern: pointer)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// A namespace URI, as the shared `XMLNamespace` value when it is one of those.
    private mutating func namespaceURI(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let slot = Self.slot(pointer)
        if recent[slot].pointer == pointer { return recent[slot].name }
        let s = names[pointer] ?? XMLNamespace.canonical(String(cString: pointer))
        names[pointer] = s
        recent[slot] = (pointer, s)
        return s
    }

    private mutating func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let slot = Self.slot(pointer)
        if recent[slot].pointer == pointer { return recent[slot].name }
        let s = names[pointer] ?? String(cString: pointer)
        names[pointer] = s
        recent[slot] = (pointer, s)
        return s
    }
}
