import Diagnostics

/// A parsed, well-formed XML document as Swift values; libxml2's tree never leaves the module.
public struct XMLDocument: Sendable {
    public let root: XMLElement
    /// The document type declaration, if the document has one.
    public let doctype: XMLDoctype?
    /// The `encoding` of the XML declaration, as written (nil when not declared).
    public let declaredEncoding: String?
    /// The encoding the bytes are actually in (byte-order mark, or declaration, or UTF-8).
    public let encoding: XMLEncoding
    /// The `version` of the XML declaration (nil when there is no declaration).
    public let xmlVersion: String?
    /// Where the document came from, for diagnostics.
    public let file: SourceLocation
    /// Entity references left as they were (`&nbsp;` without a declaration in reach, or an
    /// entity of the internal subset): their text is not in the tree.
    public let unexpandedEntities: [XMLEntityReference]

    public init(root: XMLElement, doctype: XMLDoctype? = nil, declaredEncoding: String? = nil,
                encoding: XMLEncoding = .utf8, xmlVersion: String? = "1.0", file: SourceLocation,
                unexpandedEntities: [XMLEntityReference] = []) {
        self.root = root
        self.doctype = doctype
        self.declaredEncoding = declaredEncoding
        self.encoding = encoding
        self.xmlVersion = xmlVersion
        self.file = file
        self.unexpandedEntities = unexpandedEntities
    }
}

/// A `<!DOCTYPE …>` declaration: enough for the rules on irregular doctypes and external
/// entities (HTM-003, HTM-004, OPF-073); external subsets are never loaded.
public struct XMLDoctype: Sendable, Hashable {
    public let name: String
    public let publicID: String?
    public let systemID: String?
    /// Whether the declaration has an internal subset with declarations in it.
    public let hasInternalSubset: Bool
    /// Entity declarations of the internal subset, in order.
    public let entities: [XMLEntityDeclaration]

    public init(name: String, publicID: String? = nil, systemID: String? = nil, hasInternalSubset: Bool = false,
                entities: [XMLEntityDeclaration] = []) {
        self.name = name
        self.publicID = publicID
        self.systemID = systemID
        self.hasInternalSubset = hasInternalSubset
        self.entities = entities
    }
}

/// One `<!ENTITY …>` of an internal subset.
public struct XMLEntityDeclaration: Sendable, Hashable {
    public let name: String
    /// External entities point at a `SYSTEM`/`PUBLIC` identifier; they are never loaded.
    public let isExternal: Bool
    /// Parameter entities (`<!ENTITY % name …>`) are used inside the DTD only.
    public let isParameter: Bool
    /// Unparsed entities (`NDATA`) name non-XML data; they are never referenced as `&name;`.
    public let isUnparsed: Bool
    public let publicID: String?
    public let systemID: String?
    public let line: Int?

    public init(name: String, isExternal: Bool, isParameter: Bool = false, isUnparsed: Bool = false,
                publicID: String? = nil, systemID: String? = nil, line: Int? = nil) {
        self.name = name
        self.isExternal = isExternal
        self.isParameter = isParameter
        self.isUnparsed = isUnparsed
        self.publicID = publicID
        self.systemID = systemID
        self.line = line
    }
}

/// An entity reference that was not expanded, where it occurs.
public struct XMLEntityReference: Sendable, Hashable {
    public let name: String
    public let line: Int
    /// Whether the document declares the entity (in its internal subset).
    public let isDeclared: Bool
    /// Whether the declaration is of an external entity (`SYSTEM`/`PUBLIC`), whose text lives
    /// in another file that is never loaded.
    public let isExternal: Bool
    /// libxml2 keeps no column for entity references.
    public var column: Int? { nil }

    public init(name: String, line: Int, isDeclared: Bool, isExternal: Bool = false) {
        self.name = name
        self.line = line
        self.isDeclared = isDeclared
        self.isExternal = isExternal
    }
}

/// The character encoding of a document's bytes.
public enum XMLEncoding: Sendable, Hashable {
    case utf8
    case utf16BigEndian
    case utf16LittleEndian
    case utf32
    /// Any other encoding, named as declared (upper-cased): `ISO-8859-1`, `WINDOWS-1252` …
    case other(String)

    /// The IANA-style name, for messages.
    public var name: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16BigEndian: return "UTF-16BE"
        case .utf16LittleEndian: return "UTF-16LE"
        case .utf32: return "UTF-32"
        case .other(let name): return name
        }
    }

    public var isUTF16: Bool { self == .utf16BigEndian || self == .utf16LittleEndian }
}
