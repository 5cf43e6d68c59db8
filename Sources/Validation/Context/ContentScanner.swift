import Diagnostics
import Foundation
import XMLSupport

/// Records one XHTML or SVG document's `ContentFacts` during its one walk: ids, references
/// with their kinds, and the features the manifest must declare.
///
/// It keeps, for each open element, the base URL and the context (inside `picture`, SVG,
/// `audio` or `video`) its children inherit.
final class ContentScanner: ElementWalker {
    /// All the scanner's state in one value, so an element costs one exclusive access to it
    /// instead of one per field.
    private var scan: ContentScan
    var wantsLeave: Bool { true }
    var facts: ContentFacts { scan.facts }

    init(path: String) { scan = ContentScan(path: path) }

    func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
        scan.enter(e)
    }

    func leave(_ element: XMLElement, into sink: inout DiagnosticSink) {
        scan.frames.removeLast()
    }
}

/// What `ContentScanner` keeps while it walks, and how each element changes it.
private struct ContentScan {
    let path: String
    var facts = ContentFacts()

    struct Frame {
        var base: String           // the document path used to resolve relative URLs here
        var inPicture: Bool
        var inSVG: Bool
        var mediaParent: String?   // "audio" / "video" when inside one
        var mediaGroup: Int? = nil // which audio / video element, counted in document order
    }

    var frames: [Frame] = []
    private var position = 0
    private var mediaCount = 0
    /// The audio or video element the current element is, or is inside.
    private var mediaGroup: Int?
    private var htmlBase: String

    init(path: String) {
        self.path = path
        htmlBase = path
        frames.reserveCapacity(32)
    }

    /// The attributes the scanner reads on every element, found in one pass over them.
    private struct Attributes {
        var id: String?
        var xmlID: String?
        var xmlBase: String?
        var epubType: String?
        var style: String?
        var itemscope = false
        var property = false
        var eventHandler = false

        init(_ e: XMLElement) {
            for a in e.attributes {
                switch a.namespace {
                case nil, "":
                    switch a.localName {
                    case "id": id = a.value
                    case "style": style = a.value
                    case "itemscope": itemscope = true
                    case "property": property = true
                    default: if !eventHandler && ScriptEvents.isHandler(a.localName) { eventHandler = true }
                    }
                case NS.xml?:
                    if a.localName == "base" && xmlBase == nil { xmlBase = a.value }
                    if a.localName == "id" && xmlID == nil { xmlID = a.value }
                case NS.epub?:
                    if a.localName == "type" && epubType == nil { epubType = a.value }
                default:
                    continue
                }
            }
        }
    }

    mutating func enter(_ e: XMLElement) {
        let frame = frames.last ?? Frame(base: path, inPicture: false, inSVG: false, mediaParent: nil)
        let attributes = Attributes(e)
        var base = frame.base
        if let xmlBase = attributes.xmlBase {
            base = resolveBase(xmlBase, against: base)
        }
        if e.namespaceKind == .xhtml && e.localName == "base", let href = e.attribute("href") {
            htmlBase = resolveBase(href, against: path)
        }
        if e.namespaceKind == .xhtml { base = base == path ? htmlBase : base }
        position += 1
        if let id = attributes.id ?? attributes.xmlID, facts.anchors[id] == nil {
            facts.anchors[id] = Anchor(kind: anchorKind(e), position: position, line: e.line)
        }
        var inPicture = frame.inPicture
        var inSVG = frame.inSVG
        var mediaParent = frame.mediaParent
        mediaGroup = frame.mediaGroup
        if e.namespaceKind == .xhtml && (e.localName == "audio" || e.localName == "video") {
            mediaCount += 1
            mediaGroup = mediaCount
        }
        record(e, attributes, base: base, inPicture: inPicture, inSVG: inSVG, mediaParent: mediaParent)
        if e.namespaceKind == .xhtml && e.localName == "picture" { inPicture = true }
        if e.namespaceKind == .svg { inSVG = true }
        if e.namespaceKind == .xhtml && (e.localName == "audio" || e.localName == "video") { mediaParent = e.localName }
        frames.append(Frame(base: base, inPicture: inPicture, inSVG: inSVG, mediaParent: mediaParent, mediaGroup: mediaGroup))
    }

    private func resolveBase(_ href: String, against base: String) -> String {
        let url = ContainerURL(href, relativeTo: base)
        if url.isRemote { return url.path.hasSuffix("/") ? url.path + "x" : url.path }
        return url.path.hasSuffix("/") || url.path.isEmpty ? url.path + "x" : url.path
    }

    private func anchorKind(_ e: XMLElement) -> Anchor.Kind {
        guard e.namespaceKind == .svg else { return .generic }
        switch e.localName {
        case "linearGradient", "radialGradient", "pattern": return .svgPaint
        case "clipPath": return .svgClipPath
        case "symbol": return .svgSymbol
        default: return .generic
        }
    }

    private mutating func add(_ href: String?, _ kind: Reference.Kind, base: String, element: XMLElement, loads: Bool = true, source: Bool = false) {
        guard let href else { return }
        let url: ContainerURL
        if base.hasPrefix("http:") || base.hasPrefix("https:") {
            // Under a remote xml:base or base element, a relative URL is remote too.
            if ContainerURL.scheme(of: href.trimmingWhitespace()) == nil {
                url = ContainerURL(base.replacingOccurrences(of: #"[^/]*$"#, with: "", options: .regularExpression)
                    + href.trimmingWhitespace(), relativeTo: path)
            } else {
                url = ContainerURL(href, relativeTo: path)
            }
        } else {
            url = ContainerURL(href, relativeTo: base)
        }
        var reference = Reference(kind: kind, url: url, source: path, line: element.line, column: element.column, element: element.localName)
        reference.isSource = source && ContainerURL(href, relativeTo: path).isRemote
        facts.references.append(reference)
        if loads && url.isRemote { facts.remoteResources.append(reference) }
    }

    /// Ties the reference just added for an audio or video element (its own `src`) or one of
    /// its `source` children (with their `type`) to that element: whether one source of a
    /// core media type excuses the others is decided per element.
    private mutating func markMedia(_ href: String?, declaredType: String?) {
        guard href != nil, let group = mediaGroup, !facts.references.isEmpty else { return }
        facts.references[facts.references.count - 1].mediaGroup = group
        facts.references[facts.references.count - 1].declaredType = declaredType
    }

    private mutating func record(_ e: XMLElement, _ attributes: Attributes, base: String, inPicture: Bool, inSVG: Bool,
                        mediaParent: String?) {
        if let types = attributes.epubType?.splitTokens() {
            for t in types { facts.epubTypes.insert(t) }
            if types.contains("pagebreak") { facts.hasPagebreak = true }
            if types.contains("page-list") && e.localName == "nav" { facts.hasPageListNav = true }
            if types.contains("dictionary") { facts.hasDictionaryContent = true }
            if types.contains("index") { facts.hasIndexContent = true }
        }
        if attributes.itemscope { facts.hasMicrodata = true }
        if attributes.property && e.namespaceKind == .xhtml { facts.hasRDFa = true }
        if let style = attributes.style {
            facts.inlineStyles.append(style)
            let inline = Stylesheet.inlineDeclarations(style)
            for ref in inline.urls {
                add(ref, .generic, base: base, element: e)
            }
            for problem in inline.problems { facts.inlineStyleErrors.append((e.line, problem)) }
            for property in inline.properties where StylesheetRule.forbiddenProperties.contains(property) {
                facts.inlineForbiddenProperties.append((e.line, property))
            }
        }
        if attributes.eventHandler { facts.hasScript = true }
        switch e.namespaceKind {
        case .xhtml: recordHTML(e, base: base, inPicture: inPicture, mediaParent: mediaParent)
        case .svg: recordSVG(e, base: base)
        case .mathml:
            facts.hasMathML = true
            if e.localName == "math" { add(e.attribute("altimg"), .image, base: base, element: e) }
        case .epub:
            if e.localName == "switch" { facts.hasSwitch = true }
        default: break
        }
    }

    /// The HTML elements `recordHTML` looks at; the rest (most of a book) skip its switch.
    private static let htmlNames: NameSet = [
        "a", "area", "link", "img", "source", "audio", "video", "track", "iframe", "embed", "object", "input", "form",
        "button", "select", "textarea", "script", "blockquote", "q", "ins", "del", "style", "meta", "title",
    ]

    private mutating func recordHTML(_ e: XMLElement, base: String, inPicture: Bool, mediaParent: String?) {
        guard Self.htmlNames.contains(e.localName) else { return }
        switch e.localName {
        case "a", "area":
            add(e.attribute("href"), .hyperlink, base: base, element: e, loads: false)
        case "link":
            let rel = (e.attribute("rel") ?? "").lowercased().splitTokens()
            if rel.contains("stylesheet") {
                facts.usesStylesheet = true
                add(e.attribute("href"), .stylesheet, base: base, element: e)
            } else {
                add(e.attribute("href"), .link, base: base, element: e, loads: false)
            }
        case "img":
            let kind: Reference.Kind = inPicture ? .pictureSource : .image
            add(e.attribute("src"), kind, base: base, element: e, source: true)
            for candidate in SourceSet.urls(e.attribute("srcset")) { add(candidate, kind, base: base, element: e) }
        case "source":
            if inPicture {
                let type = e.attribute("type")
                let kind: Reference.Kind = type.map { !MediaType.coreImages.contains(MediaType.essence($0)) } == true
                    ? .pictureSourceForeign : .pictureSource
                add(e.attribute("src"), kind, base: base, element: e, source: true)
                for candidate in SourceSet.urls(e.attribute("srcset")) { add(candidate, kind, base: base, element: e) }
            } else {
                add(e.attribute("src"), mediaParent == "video" ? .video : .audio, base: base, element: e, source: true)
                markMedia(e.attribute("src"), declaredType: e.attribute("type"))
            }
        case "audio":
            add(e.attribute("src"), .audio, base: base, element: e, source: true)
            markMedia(e.attribute("src"), declaredType: nil)
        case "video":
            add(e.attribute("src"), .video, base: base, element: e, source: true)
            markMedia(e.attribute("src"), declaredType: nil)
            add(e.attribute("poster"), .image, base: base, element: e, source: true)
        case "track": add(e.attribute("src"), .track, base: base, element: e, source: true)
        case "iframe": add(e.attribute("src"), .frame, base: base, element: e, source: true)
        case "embed":
            add(e.attribute("src"), .object, base: base, element: e, source: true)
            if e.attribute("src") != nil, let type = e.attribute("type"), !facts.references.isEmpty {
                facts.references[facts.references.count - 1].declaredType = type
            }
        case "object":
            add(e.attribute("data"), .object, base: base, element: e, source: true)
            if e.attribute("data") != nil, !facts.references.isEmpty {
                facts.references[facts.references.count - 1].declaredType = e.attribute("type")
                facts.references[facts.references.count - 1].hasFallbackContent = e.children.contains { node in
                    switch node {
                    case .element(let child): return child.localName != "param"
                    case .text(let text): return text.contains { !$0.isWhitespace }
                    }
                }
            }
        case "input":
            if e.attribute("type")?.lowercased() == "image" {
                add(e.attribute("src"), .image, base: base, element: e, source: true)
            }
            facts.hasFormControls = true
        case "form": facts.hasForm = true
        case "button", "select", "textarea": facts.hasFormControls = true
        case "script":
            if ScriptEvents.isJavaScript(type: e.attribute("type")) {
                facts.hasScript = true
                add(e.attribute("src"), .script, base: base, element: e, source: true)
            }
        case "blockquote", "q", "ins", "del":
            add(e.attribute("cite"), .cite, base: base, element: e, loads: false)
        case "style":
            facts.usesStylesheet = true
            let sheet = Stylesheet(text: e.textContent, path: path)
            facts.styleElements.append((sheet, e.line))
            for ref in sheet.references {
                add(ref.url.raw, ref.kind, base: base, element: e)
            }
        case "meta":
            if e.attribute("name")?.lowercased() == "viewport" {
                facts.viewports.append((e.attribute("content") ?? "", e.line, e.column))
            }
        case "title":
            if facts.title == nil { facts.title = e.textContent }
        default: break
        }
    }

    private mutating func recordSVG(_ e: XMLElement, base: String) {
        facts.hasSVG = true
        let href = e.attribute("href", namespace: NS.xlink) ?? e.attribute("href")
        switch e.localName {
        case "a": add(href, .hyperlink, base: base, element: e, loads: false)
        case "image": add(href, .image, base: base, element: e)
        case "use": add(href, .svgSymbol, base: base, element: e)
        case "script":
            facts.hasScript = true
            add(href, .script, base: base, element: e)
        case "style":
            for ref in Stylesheet(text: e.textContent, path: path).references {
                add(ref.url.raw, ref.kind, base: base, element: e)
            }
        case "font-face-uri": add(href, .font, base: base, element: e)
        default: break
        }
        for attribute in ["fill", "stroke"] {
            if let value = e.attribute(attribute), let url = Stylesheet.urlReferences(inDeclarations: "x:" + value).first {
                add(url, .svgPaint, base: base, element: e)
            }
        }
        if let value = e.attribute("clip-path"), let url = Stylesheet.urlReferences(inDeclarations: "x:" + value).first {
            add(url, .svgClipPath, base: base, element: e)
        }
    }
}

/// Event-handler attributes and script types that make a document scripted.
enum ScriptEvents {
    /// Whether `name` is an event handler attribute, in any case. The first two letters rule
    /// out almost every attribute without lower-casing (allocating) anything.
    static func isHandler(_ name: String) -> Bool {
        var bytes = name.utf8.makeIterator()
        guard let o = bytes.next(), o | 0x20 == UInt8(ascii: "o"), let n = bytes.next(), n | 0x20 == UInt8(ascii: "n") else {
            return false
        }
        return names.contains(name.lowercased())
    }

    static let names: Set<String> = [
        "onafterprint", "onbeforeprint", "onbeforeunload", "onerror", "onhaschange", "onload", "onmessage",
        "onoffline", "onpagehide", "onpageshow", "onpopstate", "onredo", "onresize", "onstorage", "onundo",
        "onunload", "onblur", "onchange", "oncontextmenu", "onfocus", "onformchange", "onforminput", "oninput",
        "oninvalid", "onreset", "onselect", "onsubmit", "onkeydown", "onkeypress", "onkeyup", "onabort",
        "oncanplay", "oncanplaythrough", "ondurationchange", "onemptied", "onended", "onloadeddata",
        "onloadedmetadata", "onloadstart", "onpause", "onplay", "onplaying", "onprogress", "onratechange",
        "onreadystatechange", "onseeked", "onseeking", "onstalled", "onsuspend", "ontimeupdate",
        "onvolumechange", "onwaiting", "onclick", "ondblclick", "ondrag", "ondragend", "ondragenter",
        "ondragleave", "ondragover", "ondragstart", "ondrop", "onmousedown", "onmousemove", "onmouseout",
        "onmouseover", "onmouseup", "onmousewheel", "onscroll",
    ]

    /// A `script` element runs code unless its type names a data block (JSON-LD and the like).
    static func isJavaScript(type: String?) -> Bool {
        guard let raw = type else { return true }
        let t = MediaType.essence(raw)
        return t.isEmpty || t == "module" || MediaType.scripts.contains(t) || t.hasSuffix("/javascript")
            || t.hasSuffix("/ecmascript") || t == "text/jscript" || t == "text/livescript"
    }
}

/// The URLs of an HTML `srcset` attribute, split as HTML does: a URL runs to the next
/// whitespace (so data URLs keep their commas), descriptors run to the next comma.
enum SourceSet {
    static func urls(_ srcset: String?) -> [String] {
        guard let srcset else { return [] }
        var result: [String] = []
        let chars = Array(srcset)
        var i = 0
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
        while i < chars.count {
            while i < chars.count, isSpace(chars[i]) || chars[i] == "," { i += 1 }
            guard i < chars.count else { break }
            var url = ""
            while i < chars.count, !isSpace(chars[i]) { url.append(chars[i]); i += 1 }
            if url.lowercased().hasPrefix("data:") {
                // Base64 payloads are often wrapped over lines: the rest belongs to this data URL.
                result.append(url)
                break
            }
            if url.hasSuffix(",") {
                while url.hasSuffix(",") { url.removeLast() }
            } else {
                var depth = 0
                while i < chars.count {
                    let c = chars[i]
                    if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if c == "," && depth == 0 { break }
                    i += 1
                }
            }
            if !url.isEmpty { result.append(url) }
        }
        return result
    }
}
