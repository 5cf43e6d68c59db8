import Diagnostics
import Foundation
import XMLSupport

/// Entity declarations and references of every XML document (content, navigation, NCX, SMIL).
///
/// - EPUB 3 forbids external entities: each `<!ENTITY name SYSTEM …>` or `PUBLIC …` of an
///   internal subset, general or parameter, is HTM-003 (unparsed `NDATA` entities are not
///   parsed entities and pass).
/// - A reference must name a declared entity whose text is in the document (RSC-016, fatal as
///   XML makes it): XML declares only `&amp;` and its four siblings; an EPUB 2 document with an
///   XHTML 1.0/1.1 document type also brings HTML's 252 named entities (`&nbsp;`, `&eacute;` …);
///   EPUB 3 resolves no document type, so there `&nbsp;` is undeclared whatever the DOCTYPE
///   says. An external entity's text is never loaded, so referencing one fails the same way.
///   Parsing stops at a fatal error, so only a document's first such reference is reported.
struct EntityRule: PublicationRule {
    let codes: [DiagnosticCode] = [.xmlNotWellFormed, .htm003]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for path in context.documents.keys.sorted() {
            guard let doc = context.documents[path] else { continue }
            if !context.isEPUB2, let doctype = doc.doctype {
                reportExternalDeclarations(doctype, path: path, context: context, into: &sink)
            }
            let htmlDTD = context.isEPUB2 && doc.doctype?.publicID?.contains("DTD XHTML") == true
            let unusable = doc.unexpandedEntities.filter { entity in
                if entity.isDeclared { return entity.isExternal }
                return !(htmlDTD && EntityRule.htmlNames.contains(entity.name))
            }
            guard let first = unusable.min(by: { $0.line < $1.line }) else { continue }
            let why = first.isDeclared ? "is declared as an external entity, whose text is never read" : "was referenced, but not declared"
            sink.emit(.xmlNotWellFormed, ["the entity \"\(first.name)\" \(why)"],
                      at: context.location(path, line: first.line, column: first.column),
                      suggestion: first.isDeclared
                        ? "Write the text into the document instead of pulling it from another file."
                        : "Write the character itself or a numeric reference (&#160; for &nbsp;).")
        }
    }

    private func reportExternalDeclarations(_ doctype: XMLDoctype, path: String, context: CheckContext,
                                            into sink: inout DiagnosticSink) {
        let external = doctype.entities.enumerated().filter { $0.element.isExternal && !$0.element.isUnparsed }
        guard !external.isEmpty else { return }
        let lines = context.data(path).map(EntityRule.declarationLines) ?? []
        for (index, entity) in external {
            let name = (entity.isParameter ? "%" : "") + entity.name
            let target = entity.systemID.map { "SYSTEM \"\($0)\"" } ?? entity.publicID.map { "PUBLIC \"\($0)\"" } ?? "another file"
            sink.emit(.htm003, ["\(name)", "\(target)"],
                      at: context.location(path, line: index < lines.count ? lines[index] : nil),
                      suggestion: "Remove the declaration and write its text into the document.")
        }
    }

    /// The line of each `<!ENTITY` in the document's prolog, in order (the declarations'
    /// order in the internal subset).
    static func declarationLines(_ data: Data) -> [Int] {
        var lines: [Int] = []
        var line = 1
        let marker = Array("<!ENTITY".utf8)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A { line += 1 }
                // The internal subset ends before the root element: stop at the first "]>".
                if b == 0x5D, i + 1 < bytes.count, bytes[i + 1] == 0x3E { return }
                if b == 0x3C, i + marker.count <= bytes.count, (0..<marker.count).allSatisfy({ bytes[i + $0] == marker[$0] }) {
                    lines.append(line)
                }
                i += 1
            }
        }
        return lines
    }

    /// HTML 4's named entities (XHTML 1.x lat1, special and symbol sets).
    static let htmlNames: Set<String> = [
        "AElig", "Aacute", "Acirc", "Agrave", "Alpha", "Aring", "Atilde", "Auml", "Beta", "Ccedil", "Chi",
        "Dagger", "Delta", "ETH", "Eacute", "Ecirc", "Egrave", "Epsilon", "Eta", "Euml", "Gamma", "Iacute",
        "Icirc", "Igrave", "Iota", "Iuml", "Kappa", "Lambda", "Mu", "Ntilde", "Nu", "OElig", "Oacute", "Ocirc",
        "Ograve", "Omega", "Omicron", "Oslash", "Otilde", "Ouml", "Phi", "Pi", "Prime", "Psi", "Rho", "Scaron",
        "Sigma", "THORN", "Tau", "Theta", "Uacute", "Ucirc", "Ugrave", "Upsilon", "Uuml", "Xi", "Yacute", "Yuml",
        "Zeta", "aacute", "acirc", "acute", "aelig", "agrave", "alefsym", "alpha", "amp", "and", "ang", "aring",
        "asymp", "atilde", "auml", "bdquo", "beta", "brvbar", "bull", "cap", "ccedil", "cedil", "cent", "chi",
        "circ", "clubs", "cong", "copy", "crarr", "cup", "curren", "dArr", "dagger", "darr", "deg", "delta",
        "diams", "divide", "eacute", "ecirc", "egrave", "empty", "emsp", "ensp", "epsilon", "equiv", "eta", "eth",
        "euml", "euro", "exist", "fnof", "forall", "frac12", "frac14", "frac34", "frasl", "gamma", "ge", "gt",
        "hArr", "harr", "hearts", "hellip", "iacute", "icirc", "iexcl", "igrave", "image", "infin", "int", "iota",
        "iquest", "isin", "iuml", "kappa", "lArr", "lambda", "lang", "laquo", "larr", "lceil", "ldquo", "le",
        "lfloor", "lowast", "loz", "lrm", "lsaquo", "lsquo", "lt", "macr", "mdash", "micro", "middot", "minus",
        "mu", "nabla", "nbsp", "ndash", "ne", "ni", "not", "notin", "nsub", "ntilde", "nu", "oacute", "ocirc",
        "oelig", "ograve", "oline", "omega", "omicron", "oplus", "or", "ordf", "ordm", "oslash", "otilde",
        "otimes", "ouml", "para", "part", "permil", "perp", "phi", "pi", "piv", "plusmn", "pound", "prime", "prod",
        "prop", "psi", "quot", "rArr", "radic", "rang", "raquo", "rarr", "rceil", "rdquo", "real", "reg", "rfloor",
        "rho", "rlm", "rsaquo", "rsquo", "sbquo", "scaron", "sdot", "sect", "shy", "sigma", "sigmaf", "sim",
        "spades", "sub", "sube", "sum", "sup", "sup1", "sup2", "sup3", "supe", "szlig", "tau", "there4", "theta",
        "thetasym", "thinsp", "thorn", "tilde", "times", "trade", "uArr", "uacute", "uarr", "ucirc", "ugrave",
        "uml", "upsih", "upsilon", "uuml", "weierp", "xi", "yacute", "yen", "yuml", "zeta", "zwj", "zwnj",
    ]
}
