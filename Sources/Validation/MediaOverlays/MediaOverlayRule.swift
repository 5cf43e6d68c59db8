import Diagnostics
import XMLSupport

/// Media overlays (EPUB 3.3 Media Overlays) in the package: the first overlay to point at a
/// content document owns it (MED-011 for any other), and the document's `media-overlay`
/// names that overlay (MED-010, MED-012, MED-013); `media-overlay` names a SMIL item and sits
/// on a content document, durations are given and are clock values that add up (RSC-005,
/// MED-016); active classes are single, unrefined class names, styled where they apply
/// (RSC-005, CSS-030).
struct MediaOverlayRule: PublicationRule {
    let codes: [DiagnosticCode] = [.css030, .med010, .med011, .med012, .med013, .med016, .xmlSchemaViolation]
    var versions: EPUBVersions { .epub3 }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var owner: [String: String] = [:]   // content path → the overlay id that first pointed at it
        for reference in context.references where reference.kind == .overlayTextLink && reference.url.isLocal {
            guard let overlay = context.item(atPath: reference.source), context.documents[overlay.path] != nil else { continue }
            let path = reference.url.path
            if let first = owner[path] {
                if first != overlay.id {
                    sink.emit(.med011, ["\(path)", "\(first)"],
                              at: context.location(reference.source, line: reference.line, column: reference.column),
                              suggestion: "Point each content document at one overlay.")
                }
            } else {
                owner[path] = overlay.id
            }
        }
        for item in context.manifest where [MediaType.xhtml, MediaType.svg].contains(item.mediaType.trimmingWhitespace()) {
            let declared = item.mediaOverlay?.trimmingWhitespace() ?? ""
            let at = context.location(context.packagePath, line: item.line, column: item.column)
            if let first = owner[item.path] {
                if declared.isEmpty {
                    sink.emit(.med010, ["\(item.path)", "\(first)"],
                              at: at, suggestion: "Add media-overlay=\"\(first)\" to the item.")
                } else if declared != first {
                    sink.emit(.med012, ["\(item.path)", "\(declared)", "\(first)"],
                              at: at, suggestion: "Set media-overlay=\"\(first)\".")
                }
            } else if !declared.isEmpty && !overlayUnreadable(declared, context) {
                sink.emit(.med013, ["\(item.path)", "\(declared)", "\(item.path)"],
                          at: at, suggestion: "Point the overlay's text elements at the document, or fix media-overlay.")
            }
        }
        checkOverlayItems(context, &sink)
        checkDurations(context, &sink)
        checkActiveClasses(context, &sink)
    }

    /// An overlay that could not be parsed tells nothing about what it narrates.
    private func overlayUnreadable(_ id: String, _ context: CheckContext) -> Bool {
        guard let overlay = context.item(withID: id), overlay.essence == MediaType.smil else { return false }
        return context.unparsable.contains(overlay.path)
    }

    /// `media-overlay` names an item of type application/smil+xml and is set on XHTML or SVG only.
    private func checkOverlayItems(_ context: CheckContext, _ sink: inout DiagnosticSink) {
        for item in context.manifest {
            guard let raw = item.mediaOverlay else { continue }
            let at = context.location(context.packagePath, line: item.line, column: item.column)
            let ref = raw.trimmingWhitespace()
            let overlayType = context.item(withID: ref)?.mediaType.trimmingWhitespace() ?? ""
            if overlayType != MediaType.smil {
                sink.emit(.xmlSchemaViolation, ["the media-overlay attribute of \"\(item.href)\" must name an item of type \"application/smil+xml\"; \"\(ref)\" is \(overlayType.isEmpty ? "not a manifest item" : "of type \"\(overlayType)\"")"],
                          at: at, suggestion: "Name the id of the media overlay (SMIL) item.")
            }
            if ![MediaType.xhtml, MediaType.svg].contains(item.mediaType.trimmingWhitespace()) {
                sink.emit(.xmlSchemaViolation, ["the media-overlay attribute is only allowed on XHTML and SVG content documents (\"\(item.href)\" is \(item.mediaType))"],
                          at: at, suggestion: "Remove media-overlay from the item.")
            }
        }
    }

    /// Each active-class property once, without refines, naming one class.
    private func checkActiveClasses(_ context: CheckContext, _ sink: inout DiagnosticSink) {
        var anyClass = false
        for property in ["media:active-class", "media:playback-active-class"] {
            let metas = context.package.metadata.filter { !$0.isDC && $0.property?.trimmingWhitespace() == property }
            anyClass = anyClass || !metas.isEmpty
            if metas.count > 1 {
                sink.emit(.xmlSchemaViolation, ["the \"\(property)\" property must not occur more than once in the package metadata (found \(metas.count))"],
                          at: context.location(context.packagePath, line: metas[1].line, column: metas[1].column), suggestion: "Keep one \(property).")
            }
            for m in metas {
                let at = context.location(context.packagePath, line: m.line, column: m.column)
                if m.refines != nil {
                    sink.emit(.xmlSchemaViolation, ["refines must not be used with the \(property) property"],
                              at: at, suggestion: "Remove refines: the class applies to the whole publication.")
                }
                if m.value.split(whereSeparator: { $0.isWhitespace }).count > 1 {
                    sink.emit(.xmlSchemaViolation, ["the \(property) property must define a single class name (found \"\(m.value)\")"],
                              at: at, suggestion: "Name one class.")
                }
            }
        }
        guard anyClass else { return }
        for item in context.manifest where item.mediaOverlay != nil {
            guard let facts = context.facts[item.path], !facts.usesStylesheet, facts.inlineStyles.isEmpty else { continue }
            sink.emit(.css030, ["\(item.path)"],
                      at: context.location(item.path), suggestion: "Link a style sheet that styles the active class.")
        }
    }
}

extension MediaOverlayRule {
    /// Publications with overlays give their total duration and each overlay's (RSC-005); every
    /// duration is a clock value (RSC-005) and the total is the sum of the others, within a
    /// second (MED-016).
    func checkDurations(_ context: CheckContext, _ sink: inout DiagnosticSink) {
        let durations = context.package.metadata.filter { !$0.isDC && $0.property?.trimmingWhitespace() == "media:duration" }
        for d in durations where !SMILClock.isValid(d.value) {
            sink.emit(.xmlSchemaViolation, ["the value of media:duration (\"\(d.value)\") must be a SMIL clock value"],
                      at: context.location(context.packagePath, line: d.line, column: d.column), suggestion: "Write the duration as h:mm:ss.f, for example 0:32:29.5.")
        }
        if let total = durations.first(where: { $0.refines == nil }), let totalTime = SMILClock.milliseconds(total.value) {
            var sum = 0.0
            var readable = true
            for d in durations where d.refines != nil {
                guard let t = SMILClock.milliseconds(d.value) else { readable = false; break }
                sum += t
            }
            if readable, abs(sum - totalTime) > 1000 {
                sink.emit(.med016, ["\(total.value)"],
                          at: context.packageLocation, suggestion: "Set the total to the sum of the refining media:duration values.")
            }
        }
        let withOverlay = context.manifest.filter { $0.mediaOverlay != nil }
        guard !withOverlay.isEmpty else { return }
        if !durations.contains(where: { $0.refines == nil }) {
            sink.emit(.xmlSchemaViolation, ["global media:duration meta element not set"], at: context.packageLocation,
                      suggestion: "Add <meta property=\"media:duration\">0:05:00</meta> with the total duration.")
        }
        for item in withOverlay {
            let ref = item.mediaOverlay!.trimmingWhitespace()
            let overlayID = context.item(withID: ref)?.id.trimmingWhitespace() ?? ""
            if !durations.contains(where: { $0.refines?.trimmingWhitespace() == "#" + overlayID }) {
                sink.emit(.xmlSchemaViolation, ["item media:duration meta element not set (expecting: meta property='media:duration' refines='#\(overlayID)')"],
                          at: context.location(context.packagePath, line: item.line, column: item.column),
                          suggestion: "Add <meta property=\"media:duration\" refines=\"#\(overlayID)\">…</meta>.")
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
            sink.emit(.med005, ["\(src)", "\(target.mediaType)"],
                      at: document.location(of: e), suggestion: "Use MP3 (audio/mpeg) or AAC/MP4 (audio/mp4) audio.")
        }
    }
}
