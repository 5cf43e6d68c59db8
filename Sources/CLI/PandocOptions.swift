/// pandoc options `imprint build` does not take, each with what to do instead, so a pandoc
/// command line pasted into Imprint gets a useful answer rather than ArgumentParser's nearest
/// spelling ("Did you mean '--css'?"). The options Imprint takes with pandoc's meaning are
/// declared on `BuildCommand`; docs/from-pandoc.md lists both.
enum PandocOptions {
    private static let noEffect = "has no effect on an EPUB Imprint writes (it shapes other formats, or Imprint decides it for a valid, accessible book); drop it"

    /// Long options (without `--`) → the answer.
    static let answers: [String: String] = {
        var table: [String: String] = [:]
        func add(_ names: [String], _ answer: String) { for name in names { table[name] = answer } }
        add(["citeproc", "bibliography", "csl", "citation-abbreviations", "natbib", "biblatex"],
            "is not supported: Imprint does not process citations. Resolve them first with pandoc (pandoc --citeproc -t markdown -o resolved.md …), then build the Markdown")
        add(["filter", "lua-filter"],
            "is not supported: Imprint runs no filters. Run pandoc with the filter to Markdown first (pandoc --lua-filter F -t markdown -o filtered.md …), then build that")
        add(["template", "data-dir", "variable", "variable-json", "print-default-template", "print-default-data-file"],
            "is not supported: Imprint has no templates. The book's look comes from the stylesheet (--css, --no-default-stylesheet) and its pages from metadata keys (dedication, epigraph, …; see docs/from-pandoc.md)")
        add(["include-in-header"],
            "is not supported: raw HTML is never copied into the book. Give styles with --css; metadata goes in a YAML file (--metadata-file)")
        add(["include-before-body", "include-after-body"],
            "is not supported: raw HTML is never copied into the book. Front and back pages are metadata keys (dedication, epigraph, acknowledgements, about-the-author) or chapter files named in order")
        add(["highlight-style", "syntax-highlighting", "no-highlight", "syntax-definition", "print-highlight-style", "list-highlight-styles",
             "list-highlight-languages"],
            "is not supported: Imprint does not colour code; code blocks are set in a monospace face. Style them with --css (pre, code)")
        add(["mathml", "mathjax", "webtex", "katex", "gladtex"],
            "is not an option in Imprint: it writes math one way for EPUB (see docs/markdown.md); drop it")
        add(["epub-subdirectory"], "is not supported: Imprint always puts the book's content in EPUB/; drop it")
        add(["shift-heading-level-by", "base-header-level"],
            "is not supported: say which heading level starts a chapter with --split-level N (parts are found from the levels used)")
        add(["number-offset"], "is not supported: --number-sections always starts at 1")
        add(["title-prefix"], "is not supported: each document's title is its chapter's title; set the book's with --title or -M title=…")
        add(["id-prefix"], "is not supported: Imprint makes the ids of the book's documents itself, unique in the book")
        add(["defaults"],
            "is not supported: keep the book's metadata and options in a book.yaml (chapters, css, cover-image, toc-depth, split-level, …) and run imprint build book.yaml; see docs/from-pandoc.md")
        add(["wrap", "columns", "dpi", "eol", "tab-stop", "preserve-tabs", "ascii", "strip-comments", "reference-links",
             "reference-location", "markdown-headings", "atx-headers", "list-tables", "html-q-tags", "section-divs",
             "email-obfuscation", "figure-caption-position", "table-caption-position", "link-images", "chunk-template",
             "indented-code-classes", "default-image-extension", "file-scope", "abbreviations", "incremental",
             "slide-level", "listings", "reference-doc", "pdf-engine", "pdf-engine-opt", "ipynb-output", "lof", "lot",
             "track-changes", "extract-media"],
            noEffect)
        add(["fail-if-warnings"],
            "is not an imprint build option: a book with errors is never written; make a warning an error with --severity ID=error")
        add(["log", "trace", "dump-args", "ignore-args", "bash-completion", "sandbox"],
            "is not supported; imprint build --help lists what is (shell completions ship in the release archive)")
        add(["request-header", "no-check-certificate"],
            "is not supported: Imprint reads no files over the network (remote images are kept as links only with --allow-remote)")
        add(["list-input-formats", "list-output-formats", "list-extensions"],
            "is not supported: imprint build reads Markdown, plain text, .docx and .odt, and writes EPUB 3 (or EPUB 2 with --epub-version 2); docs/markdown.md lists the Markdown extensions")
        return table
    }()

    /// pandoc's short options Imprint does not take → their long names.
    static let shortNames: [Character: String] = [
        "C": "citeproc", "F": "filter", "L": "lua-filter", "V": "variable", "D": "print-default-template",
        "H": "include-in-header", "B": "include-before-body", "A": "include-after-body", "d": "defaults",
        "p": "preserve-tabs", "i": "incremental", "T": "title-prefix",
    ]

    /// pandoc's flags that also take `=true` or `=false` (`--toc=false`, `--number-sections=true`).
    static let booleanFlags: Set<String> = ["toc", "table-of-contents", "number-sections", "standalone",
                                            "self-contained", "embed-resources"]

    /// The arguments with pandoc's `--flag=true` written as `--flag` and `--flag=false` left
    /// out, as pandoc reads them; everything else as given.
    static func normalized(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var inputsOnly = false
        for argument in arguments {
            if argument == "--" { inputsOnly = true }
            guard !inputsOnly, argument.hasPrefix("--"), let equals = argument.firstIndex(of: "="),
                  booleanFlags.contains(String(argument[argument.index(argument.startIndex, offsetBy: 2)..<equals])) else {
                out.append(argument)
                continue
            }
            switch argument[argument.index(after: equals)...].lowercased() {
            case "true": out.append(String(argument[..<equals]))
            case "false": continue
            default: out.append(argument)  // ArgumentParser words the error
            }
        }
        return out
    }

    /// The usage error for the first pandoc option in `arguments` that `imprint build` does not
    /// take, or nil. Arguments after `--` are inputs, never options.
    static func refusal(in arguments: [String]) -> String? {
        for argument in arguments {
            if argument == "--" { return nil }
            if argument.hasPrefix("--") {
                let name = String(argument.dropFirst(2).prefix { $0 != "=" })
                if let answer = answers[name] { return "pandoc's --\(name) \(answer)." }
            } else if argument.hasPrefix("-"), argument.count >= 2 {
                let letter = argument[argument.index(after: argument.startIndex)]
                if let name = shortNames[letter], let answer = answers[name] {
                    return "pandoc's -\(letter) (--\(name)) \(answer)."
                }
            }
        }
        return nil
    }
}
