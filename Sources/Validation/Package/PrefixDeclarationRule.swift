import Diagnostics

/// The package's `prefix` attribute follows the prefix declaration grammar (OPF-004 … OPF-006)
/// and maps no prefix it must not: `_` (OPF-007a), a default vocabulary of the package
/// (OPF-007b), the Dublin Core elements namespace (OPF-007c), or a reserved prefix to another
/// vocabulary than its own (OPF-007, a warning). EPUB 3.3 §D.3.2–D.3.3.
///
/// EPUBCheck reports every finding at the `package` start tag. A prefix declared twice is not
/// reported: EPUBCheck 5.3 reports nothing for it (it stops reading the package document there).
struct PrefixDeclarationRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf004, .opf004a, .opf004b, .opf004c, .opf004d, .opf004e, .opf004f, .opf005, .opf006, .opf007, .opf007a, .opf007b, .opf007c]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2, let root = context.packageXML?.root, let value = root.attribute("prefix") else { return }
        let location = context.location(context.packagePath, line: root.line, column: root.column)
        let declaration = PrefixDeclaration(value)
        let grammar = "Write prefix=\"name: URI\" pairs separated by spaces, e.g. prefix=\"foaf: http://xmlns.com/foaf/spec/\"."
        func name(_ p: String?) -> String { p ?? "null" }   // EPUBCheck names an unread prefix "null"
        // EPUBCheck reports a message once per place: " " is one OPF-004, not a leading and a trailing one
        var problems: [PrefixDeclaration.Problem] = []
        for problem in declaration.problems where !problems.contains(problem) { problems.append(problem) }
        for problem in problems {
            switch problem {
            case .outerWhitespace:
                sink.emit(.opf004, [], at: location,
                          suggestion: "Remove the whitespace at the start and end of the prefix attribute.")
            case .emptyPrefix:
                sink.emit(.opf004a, [], at: location, suggestion: grammar)
            case .notNCName(let p):
                sink.emit(.opf004b, ["\(p)"], at: location,
                          suggestion: "A prefix starts with a letter or _ and holds letters, digits, -, _ and . only.")
            case .missingColon(let p):
                sink.emit(.opf004c, ["\(name(p))"],
                          at: location, suggestion: grammar)
            case .missingSpace(let p):
                sink.emit(.opf004d, ["\(name(p))"],
                          at: location, suggestion: grammar)
            case .whitespaceBeforeURI:
                sink.emit(.opf004e, [], at: location,
                          suggestion: "Separate the colon and the URI with spaces only.")
            case .whitespaceBetweenMappings:
                sink.emit(.opf004f, [], at: location,
                          suggestion: "Separate mappings with spaces, tabs or line breaks only.")
            case .missingURI(let p):
                sink.emit(.opf005, ["\(name(p))"], at: location,
                          suggestion: "Give every prefix a URI: prefix=\"\(p ?? "name"): http://…\".")
            case .invalidURI(let uri):
                sink.emit(.opf006, ["\(uri)"], at: location,
                          suggestion: "Percent-encode the characters a URI may not hold.")
            }
        }
        guard !declaration.hasRepeatedPrefix else { return }
        for (prefix, uri) in declaration.mappings {
            if prefix == "_" {
                sink.emit(.opf007a, [], at: location,
                          suggestion: "Choose another prefix: \"_\" is reserved for future use.")
            } else if PrefixDeclaration.defaultVocabularies.contains(uri) {
                sink.emit(.opf007b, ["\(prefix)"], at: location,
                          suggestion: "Remove the mapping and write the default vocabulary's properties without a prefix.")
            } else if uri == PrefixDeclaration.dcElements {
                sink.emit(.opf007c, [],
                          at: location, suggestion: "Remove the mapping: use the dc: elements, or the dcterms: properties, instead.")
            } else if let own = PrefixDeclaration.reserved[prefix], own != uri {
                sink.emit(.opf007, ["\(prefix)"], at: location,
                          suggestion: "Remove the mapping, or map \(prefix) to \(own).")
            }
        }
    }
}
