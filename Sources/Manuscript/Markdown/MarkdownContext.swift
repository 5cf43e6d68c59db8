import BookModel
import Diagnostics
import Foundation

/// The state one Markdown conversion shares between the tree walk and the raw-HTML builders:
/// options, diagnostics, the files the text refers to and the ids handed out so far.
///
/// A class because the walker and the HTML builders it creates all add to the same lists while
/// they nest; it lives for one `MarkdownReader.read` call and never leaves the module.
final class MarkdownContext {
    let path: String
    let options: MarkdownOptions
    var sink = DiagnosticSink()
    var references: [ResourceReference] = []
    /// Links that may name another chapter file (`Manuscript.linkReferences`).
    var linkReferences: [ResourceReference] = []
    var usedIDs: Set<String> = []
    /// TeX formulas taken out of the text before cmark parsed it (`MathSpans`).
    var math = MathSpans()
    /// pandoc's tables found before cmark parsed the text, and pipe tables' captions by the
    /// line the table starts on (`PandocTables`).
    var tables: [PandocTables.Source] = []
    var pipeCaptions: [Int: PandocTables.Cell] = [:]
    /// pandoc's fancy and example lists (`FancyLists`): numbering styles by the line a list starts on.
    var lists = FancyLists()
    /// Heading texts and their ids, for pandoc's implicit heading references (`[Heading]`).
    var headingTargets: [String: String] = [:]

    init(path: String, options: MarkdownOptions) {
        self.path = path
        self.options = options
    }

    /// `text` as cmark should read it: pandoc's tables and captions, then TeX formulas, replaced
    /// by placeholders of the same number of lines; the converter puts them back.
    func prepare(_ text: String) -> String {
        headingTargets = ImplicitHeadingLinks.targets(text)
        let scan = PandocTables.scan(DivFenceLines.rewrite(text))
        tables = scan.tables
        pipeCaptions = scan.pipeCaptions
        return math.protect(lists.rewrite(scan.text))
    }

    func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: path, line: line > 0 ? line : nil, column: column)
    }

    /// Reports `code` with its template filled with `arguments`, at `line` of the manuscript.
    func emit(_ code: DiagnosticCode, _ arguments: [String], line: Int, suggestion: String? = nil) {
        sink.emit(code, arguments, at: location(line: line), suggestion: suggestion)
    }

    /// An image as the model keeps it, after the checks every image gets wherever it was written
    /// (Markdown `![alt](src)` or raw `<img>`): alt text present, remote only when allowed,
    /// local path recorded for the assembler. Nil when the image cannot be kept.
    func image(source raw: String, alt: String, title: String?, line: Int) -> Inline? {
        let source = raw.trimmingCharacters(in: .whitespaces)
        guard !source.isEmpty else {
            emit(.resourceMissing, ["an image has no source path"], line: line,
                 suggestion: "Write the image's path between the parentheses: ![description](images/picture.png).")
            return nil
        }
        let lower = source.lowercased()
        let remote = lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
        if remote && !options.allowRemote {
            emit(.remoteResource, ["\(source)"], line: line,
                 suggestion: "Download the image into the book's folder and use its local path, or build with --allow-remote.")
            return nil
        }
        if lower.hasPrefix("data:") {
            // An embedded image (pandoc writes these): decoded and checked by the assembler.
            references.append(ResourceReference(source: source, location: location(line: line)))
            if alt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                emit(.imageAltMissing, ["an embedded image has no alternative text"], line: line,
                     suggestion: "Describe the image for readers who cannot see it.")
            }
            return .image(source: source, alt: alt, title: title?.isEmpty == false ? title : nil)
        }
        if !remote, let colon = source.firstIndex(of: ":"), source[..<colon].count > 1,
           source[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }) {
            emit(.resourceMissing, ["image source \(source) is not a file path (scheme \(source[..<colon]):)"], line: line,
                 suggestion: "Use a path relative to the manuscript, for example images/picture.png.")
            return nil
        }
        if alt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            emit(.imageAltMissing, ["image \(source) has no alternative text"], line: line,
                 suggestion: "Describe the image for readers who cannot see it: ![A map of the valley](\(source)). If it is purely decorative, say so in the text around it.")
        }
        // `my%20map.png` in Markdown names the file `my map.png`.
        let path = remote ? source : (source.removingPercentEncoding ?? source)
        if !remote { references.append(ResourceReference(source: path, location: location(line: line))) }
        return .image(source: path, alt: alt, title: title?.isEmpty == false ? title : nil)
    }

    /// Whether a relative link may name a manuscript of the book: a Markdown or text file
    /// (`02-two.md`, `notes.txt#a`) or a name without extension, as Sphinx and MyST documents
    /// link to each other (`getting-started`).
    static func mayNameChapterFile(_ href: String) -> Bool {
        guard !href.hasPrefix("/"), !href.hasPrefix("#") else { return false }
        let path = href.prefix(while: { $0 != "#" && $0 != "?" })
        guard !path.isEmpty else { return false }
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return !name.isEmpty && name != ".." }
        return ["md", "markdown", "txt", "text"].contains(name[name.index(after: dot)...].lowercased())
    }

    /// Why the part of a web address after `https://` cannot be a URL, or nil when it can: no
    /// host, delimiters in the user name or host, or a port that is not a number. GitHub's
    /// autolinks make such addresses from text like `https://user:pa ss@host` (the link ends
    /// at the space), and a browser would refuse them too; every other stray character is
    /// percent-encoded when the book is written.
    static func webAddressProblem(_ rest: Substring) -> String? {
        let authority = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" && $0 != "\\" })
        let at = authority.lastIndex(of: "@")
        let hostPort = at.map { authority[authority.index(after: $0)...] } ?? authority
        // `[`, `]` and `@` are delimiters: a user name may not hold them raw, nor a host other
        // than an IPv6 one in brackets (`https://examp]:8080/` is no URL; kept, it broke the book).
        if let at, authority[..<at].contains(where: { $0 == "[" || $0 == "]" || $0 == "@" }) {
            return "its user name holds [, ] or @"
        }
        var host = hostPort
        var port: Substring = ""
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { return "its IPv6 host has no closing ]" }
            host = hostPort[...close]
            let after = hostPort[hostPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return "text follows its IPv6 host" }
                port = after.dropFirst()
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = hostPort[..<colon]
            port = hostPort[hostPort.index(after: colon)...]
        }
        if host.isEmpty { return "it names no host" }
        if !host.hasPrefix("[") {
            // A host is a name (RFC 3986's reg-name: letters, digits, -._~ and !$&'()*+,;=,
            // percent escapes; IDN letters) whose dot-separated labels are not empty: anything
            // else (a space, a quote, a bracket, a second #) is no host however it is escaped,
            // and a checker refuses the link (RSC-020).
            if let bad = host.first(where: { !Self.isHostCharacter($0) }) {
                return "its host '\(host)' holds '\(bad)'"
            }
            if host.split(separator: ".", omittingEmptySubsequences: false).dropLast().contains(where: \.isEmpty) {
                return "its host '\(host)' has an empty name between dots"
            }
        }
        if !port.allSatisfy({ $0.isASCII && $0.isNumber }) { return "its port '\(port)' is not a number" }
        return nil
    }

    private static func isHostCharacter(_ c: Character) -> Bool {
        guard c.isASCII else { return c.isLetter || c.isNumber }
        return c.isLetter || c.isNumber || "-._~!$&'()*+,;=%".contains(c)
    }

    /// Whether a link target can stay a link in the book: a web or mail address or a fragment.
    /// A relative file link would point outside the book; it is reported and its text kept.
    func acceptsLink(_ href: String, line: Int) -> Bool {
        let lower = href.lowercased()
        if href.hasPrefix("#") && href.count > 1 { return true }
        for scheme in ["http://", "https://", "ftp://"] where lower.hasPrefix(scheme) {
            if let problem = Self.webAddressProblem(href.dropFirst(scheme.count)) {
                emit(.rawHTMLAttributeDropped, ["link to \(href) dropped: \(problem); its text is kept"], line: line,
                     suggestion: "Write the whole address, as in https://example.org:8080/page.")
                return false
            }
            return true
        }
        for scheme in ["mailto:", "tel:", "urn:", "doi:"] where lower.hasPrefix(scheme) {
            return true
        }
        for scheme in ["http:", "https:", "ftp:"] where lower.hasPrefix(scheme) {
            emit(.rawHTMLAttributeDropped, ["link to \(href) dropped: a web address needs // and a host after \(scheme); its text is kept"],
                 line: line, suggestion: "Write the whole address, as in https://example.org/page.")
            return false
        }
        if let colon = lower.firstIndex(of: ":"), lower[..<colon].allSatisfy({ $0.isLetter }), lower[..<colon].count > 1 {
            emit(.rawHTMLAttributeDropped, ["link to \(href) dropped: its scheme is not allowed in a book"], line: line,
                 suggestion: "Link to an http(s) or mailto address.")
            return false
        }
        if href.isEmpty { return false }
        if Self.mayNameChapterFile(href) {
            linkReferences.append(ResourceReference(source: href, location: location(line: line)))
            return true
        }
        emit(.markdownLinkToFile, ["\(href)"], line: line,
             suggestion: "Link to a heading with #its-id, or to a web address.")
        return false
    }
}
