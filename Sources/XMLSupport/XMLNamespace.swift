/// The namespace URIs EPUB documents use, as one set of string values shared by the parser
/// and everything that compares against them.
///
/// The parser hands out these very values for the namespaces it recognises, so a comparison
/// such as `element.namespace == XMLNamespace.xhtml`, made for every element by several rules,
/// is decided by the strings' identity instead of comparing 28 bytes.
public enum XMLNamespace {
    public static let xhtml = "http://www.w3.org/1999/xhtml"
    public static let svg = "http://www.w3.org/2000/svg"
    public static let mathml = "http://www.w3.org/1998/Math/MathML"
    public static let epub = "http://www.idpf.org/2007/ops"
    public static let xlink = "http://www.w3.org/1999/xlink"
    public static let xml = "http://www.w3.org/XML/1998/namespace"
    public static let ncx = "http://www.daisy.org/z3986/2005/ncx/"
    public static let smil = "http://www.w3.org/ns/SMIL"
    public static let opf = "http://www.idpf.org/2007/opf"
    public static let dc = "http://purl.org/dc/elements/1.1/"
    public static let ssml = "http://www.w3.org/2001/10/synthesis"

    /// The namespaces rules ask about for every element, as a value compared in one instruction.
    public enum Kind: UInt8, Sendable {
        case none, xhtml, svg, mathml, epub, other
    }

    /// Which of the namespaces rules ask about `uri` is.
    public static func kind(of uri: String?) -> Kind {
        guard let uri else { return .none }
        switch uri {
        case xhtml: return .xhtml
        case svg: return .svg
        case mathml: return .mathml
        case epub: return .epub
        default: return .other
        }
    }

    static let known: [String] = [xhtml, svg, mathml, epub, xlink, xml, ncx, smil, opf, dc, ssml]

    /// The shared value for a namespace the parser has just read, or the string itself.
    static func canonical(_ uri: String) -> String {
        known.first { $0 == uri } ?? uri
    }
}
