import Diagnostics
import Foundation
import XMLSupport

/// Every reference between publication resources resolves: the target exists (RSC-007), is
/// declared (RSC-008), is of a kind the reference may point at (RSC-010, RSC-011, MED-003,
/// MED-007, RSC-032), stays inside the container (RSC-026), is not remote where only local
/// resources are allowed (RSC-006), has no query (RSC-033), and its fragment names an element
/// (RSC-012, RSC-014).
struct ReferenceRule: PublicationRule {
    let codes: [DiagnosticCode] = [.med003, .med007, .med017, .med018, .opf013, .rsc006, .rsc007, .rsc007w, .rsc008, .rsc009, .rsc010, .rsc011, .rsc012, .rsc013, .rsc014, .rsc015, .rsc020, .rsc026, .rsc030, .rsc031, .rsc032, .rsc033, .xmlSchemaViolation]
    var growsWithTheBook: Bool { true }   // every reference of every document
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var undeclaredReported = Set<String>()
        let navPath = context.navItem?.path
        let excused = ReferenceRule.mediaElementsWithCoreSource(context)
        for ref in context.references {
            let location = context.location(ref.source, line: ref.line, column: ref.column)
            let fault = ref.url.kind == .data ? nil : URLSyntax.fault(ref.url.raw)
            if let fault { reportInvalidURL(ref, fault, context, location, &sink) }
            switch ref.url.kind {
            case .otherScheme:
                continue
            case .file:
                sink.emit(.rsc030, ["\(ref.url.raw)"], at: location,
                          suggestion: "Put the resource in the container and refer to it with a relative URL.")
                continue
            case .data:
                checkDataURL(ref, context, location, &sink)
                continue
            case .remote:
                if fault == nil {
                    let refused = checkRemote(ref, context, location, navPath: navPath, undeclared: &undeclaredReported, &sink)
                    if !refused, let item = context.item(atPath: ref.url.path) {
                        checkForeign(ref, item, excused: excused, context, location, &sink)
                    }
                }
                continue
            case .local:
                break
            }
            if ref.url.hasQuery {
                // EPUB 3.3 §6.1.3 (and EPUBCheck in EPUB 2 too): a relative URL has no query.
                sink.emit(.rsc033, ["\(ref.url.raw)"], at: location,
                          suggestion: "Remove the ?… part: files in the container take no parameters.")
            }
            if ref.url.leaks {
                sink.emit(.rsc026, ["\(ref.url.raw)"],
                          at: location, suggestion: "Use a relative URL that stays inside the container.")
            }
            checkLocal(ref, context, location, excused: excused, undeclared: &undeclaredReported, &sink)
        }
    }

    /// An invalid URL is RSC-020 wherever it is; in content documents the URI datatype of
    /// HTML's and XHTML 1.1's schemas rejects some of them too (RSC-005), as EPUBCheck reports.
    private func reportInvalidURL(_ ref: Reference, _ fault: URLSyntax.Fault, _ context: CheckContext,
                                  _ location: SourceLocation, _ sink: inout DiagnosticSink) {
        sink.emit(.rsc020, ["\(ref.url.raw)", "\(fault.problem)"], at: location,
                  suggestion: "Percent-encode the character (a space is %20, # is %23, % is %25).")
        guard fault.schemaInvalid, context.item(atPath: ref.source)?.essence == MediaType.xhtml else { return }
        sink.emit(.xmlSchemaViolation, ["the URL of <\(ref.element)> is invalid; it must be a URI"],
                  at: location, suggestion: "Percent-encode the character (# is %23, % is %25, [ is %5B).")
    }

    private func checkDataURL(_ ref: Reference, _ context: CheckContext, _ location: SourceLocation, _ sink: inout DiagnosticSink) {
        guard ref.kind == .image || (ref.kind == .pictureSource && ref.element == "img") else { return }
        let body = ref.url.raw.trimmingWhitespaceAndNewlines().dropFirst(5)
        let type = MediaType.essence(String(body.prefix { $0 != ";" && $0 != "," }))
        guard !type.isEmpty, !MediaType.coreImages.contains(type), !MediaType.isVideo(type) else { return }
        let arguments = ref.kind == .image ? ["a data URL", type, ref.element] : ["a data URL", type]
        sink.emit(ref.kind == .image ? .rsc032 : .med003, arguments, at: location, suggestion: "Use a PNG, JPEG, GIF, WebP or SVG image, or wrap it in a picture element with a core-type img.")
    }

    private func checkRemote(_ ref: Reference, _ context: CheckContext, _ location: SourceLocation, navPath: String?,
                             undeclared: inout Set<String>, _ sink: inout DiagnosticSink) -> Bool {
        let item = context.item(atPath: ref.url.path)
        let remoteType = item.map { MediaType.isAudio($0.mediaType) || MediaType.isVideo($0.mediaType) || MediaType.isFont($0.mediaType) } ?? false
        if [.hyperlink, .link, .cite].contains(ref.kind) {
            // A link to the web is fine; a link to a remote resource declared as part of the
            // publication is not, unless it is of a type that may be remote.
            if ref.kind == .hyperlink, let item, !remoteType, !item.inSpine {
                sink.emit(.rsc006, ["reference is not allowed in this context; resource \"\(ref.url.path)\" (\(item.mediaType)) must be located in the EPUB container"],
                          at: location, suggestion: "Copy the resource into the container and link to it with a relative URL.")
            }
            return true
        }
        if [.navTocLink, .navPageListLink, .navLandmarkLink].contains(ref.kind) { return false }   // NAV-010
        let allowed = !context.isEPUB2 && ([.audio, .overlayAudio, .video, .font].contains(ref.kind) || remoteType)
        if !allowed && !(item?.inSpine ?? false) {
            sink.emit(.rsc006, ["reference is not allowed in this context; resource \"\(ref.url.path)\" must be located in the EPUB container"],
                      at: location, suggestion: "Copy the resource into the container and refer to it with a relative URL.")
            return true
        }
        if item == nil, undeclared.insert(ref.url.path).inserted {
            sink.emit(.rsc008, ["\(ref.url.path)"], at: location,
                      suggestion: "Add a manifest item with href=\"\(ref.url.path)\" and its media type.")
        }
        if ref.url.path.lowercased().hasPrefix("http:") {
            sink.emit(.rsc031, ["\(ref.url.path)"], at: location,
                      suggestion: "Use an https: URL.")
        }
        return false
    }

    private func checkLocal(_ ref: Reference, _ context: CheckContext, _ location: SourceLocation, excused: Set<MediaElementKey>,
                            undeclared: inout Set<String>, _ sink: inout DiagnosticSink) {
        let path = ref.url.path
        if ref.url.raw.trimmingWhitespace().isEmpty && ref.kind != .hyperlink { return }
        guard let item = context.item(atPath: path) else {
            if !context.exists(path) {
                let code: DiagnosticCode = (!context.isEPUB2 && ref.kind == .link) ? .rsc007w : .rsc007
                sink.emit(code, [path], at: location,
                          suggestion: "Add the file to the container or fix the reference.")
            } else if ref.kind != .link, undeclared.insert(path).inserted {
                sink.emit(.rsc008, ["\(path)"], at: location,
                          suggestion: "Add a manifest item for \"\(path)\".")
            }
            return
        }
        let fragment = ref.url.fragment.flatMap { $0.isEmpty ? nil : $0 }
        switch ref.kind {
        case .hyperlink, .navTocLink, .navPageListLink, .navLandmarkLink:
            if !MediaType.isContentDocument(item.mediaType, epub2: context.isEPUB2),
               !Fallbacks.chain(from: item, in: context).contains(where: { MediaType.isContentDocument($0.mediaType, epub2: context.isEPUB2) }) {
                sink.emit(.rsc010, ["\"\(ref.url.display)\" is of type \"\(item.mediaType)\""],
                          at: location, suggestion: "Link only to XHTML or SVG content documents.")
                return
            }
            if !item.inSpine && path != ref.source {
                sink.emit(.rsc011, ["\(ref.url.display)"], at: location,
                          suggestion: "Add the document to the spine (linear=\"no\" if it is not part of the reading order).")
                return
            }
        case .image, .pictureSource, .pictureSourceForeign:
            if fragment != nil && item.essence != MediaType.svg {
                sink.emit(.rsc009, ["\(ref.url.display)"],
                          at: location, suggestion: "Remove the fragment from the image URL.")
                return
            }
            guard !MediaType.coreImages.contains(item.essence) else { break }
            if ref.kind == .pictureSource {
                if ref.element == "img" {
                    sink.emit(.med003, ["\(path)", "\(item.mediaType)"],
                              at: location, suggestion: "Use a PNG, JPEG, GIF, WebP or SVG image in the picture's img.")
                } else if !context.isEPUB2 {
                    sink.emit(.med007, ["\(path)", "\(item.mediaType)"],
                              at: location, suggestion: "Add type=\"\(item.mediaType)\" to the source element.")
                }
            } else if ref.kind == .image && !MediaType.isVideo(item.mediaType)
                        && !Fallbacks.reachesCore(item, in: context, where: { MediaType.coreImages.contains(MediaType.essence($0)) }) {
                emitNoFallback(ref, item, location, &sink)
            }
        // Every audio, video, frame, script and generic reference, and an object reference only
        // when an embed element makes it (the line break says the `where` is the last pattern's).
        case .audio, .video, .frame, .script, .generic,
             .object where ref.element == "embed":
            checkForeign(ref, item, excused: excused, context, location, &sink)
        case .object where ref.element == "object" && ref.hasFallbackContent:
            checkDeclaredType(ref, item, location, &sink)
        case .object where ref.element == "object":
            checkDeclaredType(ref, item, location, &sink)
            if !MediaType.isCore(item.mediaType) && !MediaType.isVideo(item.mediaType) && !MediaType.isAudio(item.mediaType)
                && !Fallbacks.reachesCore(item, in: context) {
                emitNoFallback(ref, item, location, &sink)
            }
        case .stylesheet:
            if fragment != nil {
                sink.emit(.rsc013, ["\(ref.url.display)"], at: location,
                          suggestion: "Remove the fragment from the stylesheet URL.")
                return
            }
        case .overlayTextLink:
            guard MediaType.isContentDocument(item.mediaType, epub2: context.isEPUB2) else {
                sink.emit(.rsc010, ["the media overlay points at \"\(ref.url.display)\", of type \"\(item.mediaType)\", not at a content document"],
                          at: location, suggestion: "Point text src and epub:textref at XHTML or SVG content documents.")
                return
            }
            guard let fragment else { break }
            if item.essence == MediaType.xhtml, FragmentForm.htmlID(fragment) == nil {
                sink.emit(.med017, ["\(fragment)"],
                          at: location, suggestion: "Point at the element with #its-id.")
                return
            }
            if item.essence == MediaType.svg {
                if !FragmentForm.isValidSVG(fragment) {
                    sink.emit(.med018, ["\(fragment)"],
                              at: location, suggestion: "Use #id, #svgView(…) or a media fragment such as #xywh=0,0,100,100.")
                }
                guard let id = FragmentForm.svgID(fragment) else { return }
                checkFragment(id, ref, item, context, location, &sink)
                return
            }
        case .overlayAudio:
            if fragment != nil { return }   // MED-014, in MediaOverlayDocumentRule
        case .svgSymbol, .svgPaint, .svgClipPath:
            if fragment == nil {
                sink.emit(.rsc015, ["\(ref.url.raw)"], at: location,
                          suggestion: "Point at an element: \"\(ref.url.raw)#id\".")
                return
            }
        default:
            break
        }
        if let fragment { checkFragment(fragment, ref, item, context, location, &sink) }
    }

    /// Foreign resources loaded by audio, video, frames, scripts, embeds and style sheets need a
    /// manifest fallback chain to a core media type (RSC-032), as EPUBCheck 5.3 judges them: an
    /// audio or video element's URL counts as audio when its type is (the `source` element's
    /// `type`, else the manifest's), and a foreign audio `source` is excused when another source
    /// of the same element is of a core type; a `source` whose `type` contradicts the manifest
    /// is OPF-013.
    private func checkForeign(_ ref: Reference, _ item: ManifestItem, excused: Set<MediaElementKey>, _ context: CheckContext,
                              _ location: SourceLocation, _ sink: inout DiagnosticSink) {
        checkDeclaredType(ref, item, location, &sink)
        guard [.audio, .video, .frame, .script, .generic].contains(ref.kind) || ref.element == "embed" else { return }
        if let group = ref.mediaGroup, ref.element == "source",
           MediaType.isAudio(ReferenceRule.mediaType(of: ref, item)), excused.contains(MediaElementKey(source: ref.source, group: group)) {
            return
        }
        if MediaType.isCoreForFallback(item.mediaType) || Fallbacks.reachesCore(item, in: context, where: MediaType.isCoreForFallback) { return }
        emitNoFallback(ref, item, location, &sink)
    }

    /// A `type` attribute (on `source`, `embed`, `object`) that contradicts the manifest (OPF-013).
    private func checkDeclaredType(_ ref: Reference, _ item: ManifestItem, _ location: SourceLocation, _ sink: inout DiagnosticSink) {
        if let declared = ref.declaredType {
            let manifest = MediaType.isCoreForFallback(item.mediaType) && item.mediaType.hasPrefix("audio/ogg") ? "audio/ogg" : item.mediaType
            let stated = MediaType.withoutParameters(declared)
            if manifest != stated {
                sink.emit(.opf013, ["\(item.path)", "\(stated)", "\(ref.element)", "\(item.mediaType)"],
                          at: location, suggestion: "Make the type attribute and the manifest item's media-type agree.")
            }
        }
    }

    struct MediaElementKey: Hashable { var source: String; var group: Int }

    /// The type an audio or video element's URL is taken as: a `source`'s `type` attribute
    /// without parameters, else the manifest's.
    static func mediaType(of ref: Reference, _ item: ManifestItem?) -> String {
        if ref.element == "source", let declared = ref.declaredType { return MediaType.withoutParameters(declared) }
        return item?.mediaType ?? ""
    }

    /// The audio and video elements with a `source` child of a core media type.
    static func mediaElementsWithCoreSource(_ context: CheckContext) -> Set<MediaElementKey> {
        var result = Set<MediaElementKey>()
        for ref in context.references where ref.element == "source" {
            guard let group = ref.mediaGroup else { continue }
            let item = context.item(atPath: ref.url.path)
            if ref.declaredType == nil && item == nil { continue }
            if MediaType.isCoreForFallback(mediaType(of: ref, item)) { result.insert(MediaElementKey(source: ref.source, group: group)) }
        }
        return result
    }

    private func emitNoFallback(_ ref: Reference, _ item: ManifestItem, _ location: SourceLocation, _ sink: inout DiagnosticSink) {
        sink.emit(.rsc032, ["\(item.path)", "\(item.mediaType)", "\(ref.element)"],
                  at: location, suggestion: "Use a core media type, or add a manifest fallback chain ending in one.")
    }

    private func checkFragment(_ fragment: String, _ ref: Reference, _ item: ManifestItem, _ context: CheckContext,
                               _ location: SourceLocation, _ sink: inout DiagnosticSink) {
        if fragment.hasPrefix("epubcfi(") { return }
        if item.essence == MediaType.svg && fragment.hasPrefix("svgView(") { return }
        if fragment.contains("="), context.item(atPath: ref.source)?.has("data-nav") == true { return }   // media fragments
        guard let facts = context.facts[item.path] else {
            // A document whose ids cannot be known: the fragment cannot be shown to exist.
            guard MediaType.isContentDocument(item.mediaType, epub2: context.isEPUB2) else { return }
            if context.encryptedPaths.contains(item.path) {
                sink.emit(.rsc012, ["Fragment identifier is not defined: \"\(ref.url.display)\" points into an encrypted document whose ids cannot be read"],
                          at: location, suggestion: "Link to the document without a fragment, or do not encrypt it.")
            } else if let data = context.data(item.path) {
                // Not well-formed: EPUBCheck knows the ids its parser met before the error, so
                // only a fragment whose id the bytes never mention is reported.
                if context.unparsable.contains(item.path), !ReferenceRule.mentionsID(fragment, in: data) {
                    sink.emit(.rsc012, ["Fragment identifier is not defined: \"\(ref.url.display)\" points into a document that cannot be parsed and has no id \"\(fragment)\""],
                              at: location, suggestion: "Fix the target document, then its ids can be linked to.")
                }
            } else {
                sink.emit(.rsc012, ["Fragment identifier is not defined: \"\(ref.url.display)\" points into a document missing from the container"],
                          at: location, suggestion: "Add the document, or fix the link.")
            }
            return
        }
        guard let anchor = facts.anchors[fragment] else {
            sink.emit(.rsc012, ["Fragment identifier is not defined: \"\(ref.url.display)\" has no element with id \"\(fragment)\""],
                      at: location, suggestion: "Add id=\"\(fragment)\" to the target element or fix the link.")
            return
        }
        let compatible: Bool
        switch ref.kind {
        case .svgPaint: compatible = anchor.kind == .svgPaint
        case .svgClipPath: compatible = anchor.kind == .svgClipPath
        case .svgSymbol: compatible = anchor.kind == .svgSymbol || anchor.kind == .generic
        case .hyperlink: compatible = anchor.kind == .generic
        default: compatible = true
        }
        if !compatible {
            sink.emit(.rsc014, ["\(fragment)", "\(item.path)"], at: location,
                      suggestion: "Point the reference at an element of the right kind.")
        }
    }

    /// Whether `id="fragment"` (either quote) occurs in the bytes of a document that could not be parsed.
    static func mentionsID(_ fragment: String, in data: Data) -> Bool {
        for quote in ["\"", "'"] {
            let needle = Data(("id=" + quote + fragment + quote).utf8)
            if data.range(of: needle) != nil { return true }
        }
        return false
    }
}
