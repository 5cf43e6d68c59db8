import Diagnostics
import XMLSupport

/// Media overlays (EPUB 3.3 Media Overlays): content documents that the overlays point at declaring them (MED-010, MED-012), and a
/// style sheet wherever the package names active classes (CSS-030).
struct MediaOverlayRule: PublicationRule {
    let codes: [DiagnosticCode] = [.css030, .med010, .med011, .med012, .med013, .xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var textTargets: [String: Set<String>] = [:]   // content path → overlay ids pointing at it
        for reference in context.references where reference.kind == .overlayTextLink && reference.url.isLocal {
            guard let overlay = context.item(atPath: reference.source), context.documents[overlay.path] != nil else { continue }
            textTargets[reference.url.path, default: []].insert(overlay.id)
        }
        for (path, overlays) in textTargets.sorted(by: { $0.key < $1.key }) {
            guard let item = context.item(atPath: path), MediaType.isContentDocument(item.mediaType, epub2: false) else { continue }
            guard let declared = item.mediaOverlay else {
                sink.emit(.med010, "EPUB Content Documents referenced from a Media Overlay must specify the \"media-overlay\" attribute (\"\(path)\")",
                          at: context.location(context.packagePath, line: item.line, column: item.column), suggestion: "Add media-overlay=\"\(overlays.sorted()[0])\" to the item.")
                continue
            }
            if overlays.count > 1 {
                sink.emit(.med011, "EPUB Content Document \"\(path)\" referenced from multiple Media Overlay Documents",
                          at: context.location(context.packagePath, line: item.line, column: item.column), suggestion: "Point each content document at one overlay.")
            } else if !overlays.contains(declared) {
                sink.emit(.med012, "The \"media-overlay\" attribute of \"\(path)\" does not match the ID of the Media Overlay that refers to it",
                          at: context.location(context.packagePath, line: item.line, column: item.column), suggestion: "Set media-overlay to the overlay that refers to the document.")
            }
        }
        checkDurations(context, &sink)
        for item in context.manifest {
            guard let overlayID = item.mediaOverlay, let overlay = context.item(withID: overlayID), overlay.essence == MediaType.smil,
                  context.documents[overlay.path] != nil else { continue }
            if !(textTargets[item.path]?.contains(overlay.id) ?? false) {
                sink.emit(.med013, "Media Overlay Document \"\(overlay.path)\" referenced from the \"media-overlay\" attribute of \"\(item.path)\" does not contain a reference to it",
                          at: context.location(context.packagePath, line: item.line, column: item.column), suggestion: "Point the overlay's text elements at the document, or fix media-overlay.")
            }
        }
        let classes = context.package.meta("media:active-class") + context.package.meta("media:playback-active-class")
        guard !classes.isEmpty else { return }
        for item in context.manifest where item.mediaOverlay != nil {
            guard let facts = context.facts[item.path], !facts.usesStylesheet, facts.inlineStyles.isEmpty else { continue }
            sink.emit(.css030, "The package document declares media overlays styling class names but no CSS was found in the content document \"\(item.path)\"",
                      at: context.location(item.path), suggestion: "Link a style sheet that styles the active class.")
        }
    }
}

extension MediaOverlayRule {
    /// Publications with overlays give their total duration and each overlay's (RSC-005).
    func checkDurations(_ context: CheckContext, _ sink: inout DiagnosticSink) {
        let overlayIDs = Set(context.manifest.compactMap(\.mediaOverlay))
        guard !overlayIDs.isEmpty else { return }
        let durations = context.package.metadata.filter { $0.property == "media:duration" }
        if !durations.contains(where: { $0.refines == nil }) {
            sink.emit(.xmlSchemaViolation, "Error while parsing file: global media:duration meta element not set", at: context.packageLocation,
                      suggestion: "Add <meta property=\"media:duration\">0:05:00</meta> with the total duration.")
        }
        for id in overlayIDs.sorted() where context.item(withID: id) != nil {
            if !durations.contains(where: { $0.refines?.trimmingCharacters(in: .whitespaces) == "#" + id }) {
                sink.emit(.xmlSchemaViolation, "Error while parsing file: item media:duration meta element not set (expecting: meta property='media:duration' refines='#\(id)')",
                          at: context.location(context.packagePath, line: context.item(withID: id)?.line),
                          suggestion: "Add <meta property=\"media:duration\" refines=\"#\(id)\">…</meta>.")
            }
        }
    }
}

/// Media overlay audio clips in core audio types (MED-005), during each overlay's one walk.
struct MediaOverlayAudioRule: DocumentRule {
    let codes: [DiagnosticCode] = [.med005]
    var versions: EPUBVersions { .epub3 }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.mediaType == MediaType.smil ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var subscriptions: Set<String>? { ["audio"] }
        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard !ancestors.isEmpty, let src = e.attribute("src") else { return }
            let url = ContainerURL(src, relativeTo: document.path)
            guard url.isLocal, let target = document.context.item(atPath: url.path),
                  !MediaType.coreAudio.contains(target.essence) && target.essence != "audio/ogg" else { return }
            sink.emit(.med005, "Media Overlay audio reference \(src) to non-standard audio type \(target.mediaType) found",
                      at: document.location(of: e), suggestion: "Use MP3 (audio/mpeg) or AAC/MP4 (audio/mp4) audio.")
        }
    }
}
