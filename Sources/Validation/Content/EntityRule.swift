import Diagnostics

/// Entity references must be declared (RSC-016, fatal as EPUBCheck reports it): XML declares
/// only `&amp;` and its four siblings, and an XHTML 1.0/1.1 document type brings HTML's 252
/// named entities (`&nbsp;`, `&eacute;` …); EPUB 3's `<!DOCTYPE html>` brings none.
struct EntityRule: PublicationRule {
    let codes: [DiagnosticCode] = [.xmlNotWellFormed]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for path in context.documents.keys.sorted() {
            guard let doc = context.documents[path] else { continue }
            let htmlDTD = doc.doctype?.publicID?.contains("DTD XHTML") == true
            var reported = Set<String>()
            for entity in doc.unexpandedEntities where !entity.isDeclared {
                if htmlDTD && EntityRule.htmlNames.contains(entity.name) { continue }
                guard reported.insert("\(entity.name):\(entity.line)").inserted else { continue }
                sink.emit(.xmlNotWellFormed, "Fatal Error while parsing file: the entity \"\(entity.name)\" was referenced, but not declared",
                          at: context.location(path, line: entity.line, column: entity.column),
                          suggestion: "Write the character itself or a numeric reference (&#160; for &nbsp;).")
            }
        }
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
