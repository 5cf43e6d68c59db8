/// Namespace URIs the checker compares against.
enum NS {
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let svg = "http://www.w3.org/2000/svg"
    static let mathml = "http://www.w3.org/1998/Math/MathML"
    static let epub = "http://www.idpf.org/2007/ops"
    static let xlink = "http://www.w3.org/1999/xlink"
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let ncx = "http://www.daisy.org/z3986/2005/ncx/"
    static let smil = "http://www.w3.org/ns/SMIL"
    static let opf = "http://www.idpf.org/2007/opf"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let ssml = "http://www.w3.org/2001/10/synthesis"
}
