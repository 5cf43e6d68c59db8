import Diagnostics
import Foundation
import XMLSupport

/// What the accessibility metadata claims, held against the content: a claim a reader relies on
/// must be true. `alternativeText` with images that have none; `printPageNumbers` or
/// `pageNavigation` without a page-list (as Ace's printPageNumbers check); `MathML` with no
/// MathML; `tableOfContents` without one; no flashing hazard beside an animated GIF or a video.
struct AccessibilityClaimsRule: PublicationRule {
    let codes: [DiagnosticCode] = [.a11y070, .a11y071, .a11y072, .a11y073, .a11y074]
    var concern: RuleConcern { .accessibility }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let features = context.claimedFeatures
        let at = { (property: String, value: String) -> SourceLocation in
            let entry = context.metaValues(property).first { $0.value == value }?.entry
            return context.location(context.packagePath, line: entry?.line, column: entry?.column)
        }
        let documents = context.spineItems.compactMap { item in context.facts[item.path].map { (item, $0) } }
        if features.contains("alternativeText") {
            let lacking = documents.filter { ($0.1.accessibility?.imagesWithoutAlternative ?? 0) > 0 }
            if let (item, facts) = lacking.first, let first = facts.accessibility?.firstImageWithoutAlternative {
                let count = lacking.reduce(0) { $0 + ($1.1.accessibility?.imagesWithoutAlternative ?? 0) }
                sink.emit(.a11y070, [String(count), "\(item.path)" + (first.line.map { ":\($0)" } ?? "")],
                          at: at("schema:accessibilityFeature", "alternativeText"),
                          suggestion: "Describe every image (alt=\"\" for decoration), or withdraw the claim.")
            }
        }
        if !hasPageList(context) {
            for feature in ["printPageNumbers", "pageNavigation"] where features.contains(feature) {
                sink.emit(.a11y071, [feature], at: at("schema:accessibilityFeature", feature),
                          suggestion: "Add a page-list nav to the navigation document, or withdraw the claim.")
            }
        }
        if features.contains("MathML"), !context.facts.values.contains(where: \.hasMathML) {
            sink.emit(.a11y072, [], at: at("schema:accessibilityFeature", "MathML"))
        }
        if features.contains("tableOfContents"), !hasTableOfContents(context) {
            sink.emit(.a11y073, [], at: at("schema:accessibilityFeature", "tableOfContents"))
        }
        let hazards = Set(context.metaValues("schema:accessibilityHazard").map(\.value))
        if let claim = ["none", "noFlashingHazard"].first(where: hazards.contains), let source = flashingSource(context, documents) {
            sink.emit(.a11y074, [claim, source], at: at("schema:accessibilityHazard", claim),
                      suggestion: "Check the media for flashing, then declare flashing, noFlashingHazard or unknownFlashingHazard.")
        }
    }

    private func hasPageList(_ context: CheckContext) -> Bool {
        if let nav = context.navItem, context.facts[nav.path]?.hasPageListNav == true { return true }
        // EPUB 2 (and EPUB 3's optional NCX): the NCX's pageList.
        return context.manifest.contains { item in
            item.essence == MediaType.ncx && context.documents[item.path]?.root.elementChildren.contains { $0.localName == "pageList" } == true
        }
    }

    private func hasTableOfContents(_ context: CheckContext) -> Bool {
        if let nav = context.navItem, context.facts[nav.path]?.epubTypes.contains("toc") == true { return true }
        return context.manifest.contains { item in
            item.essence == MediaType.ncx && context.documents[item.path]?.root.elementChildren.contains { $0.localName == "navMap" } == true
        }
    }

    /// The first thing in the publication that may flash: a video, or an animated GIF.
    private func flashingSource(_ context: CheckContext, _ documents: [(ManifestItem, ContentFacts)]) -> String? {
        if let (item, _) = documents.first(where: { ($0.1.accessibility?.videos ?? 0) > 0 }) {
            return "the video in \(item.path)"
        }
        if let video = context.manifest.first(where: { $0.essence.hasPrefix("video/") && $0.url.isLocal }) {
            return "the video \(video.path)"
        }
        for item in context.manifest where item.essence == "image/gif" {
            if let data = context.data(item.path), AnimatedGIF.frameCount(data) > 1 { return "the animated GIF \(item.path)" }
        }
        return nil
    }
}

/// Counts a GIF's frames by walking its blocks (GIF89a): more than one image is an animation.
enum AnimatedGIF {
    static func frameCount(_ data: Data) -> Int {
        let b = [UInt8](data)
        guard b.count >= 13, b[0] == 0x47, b[1] == 0x49, b[2] == 0x46 else { return 0 }
        var i = 13
        if b[10] & 0x80 != 0 { i += 3 << (Int(b[10] & 0x07) + 1) }
        var frames = 0
        func skipSubBlocks() {
            while i < b.count {
                let size = Int(b[i])
                i += 1 + size
                if size == 0 { return }
            }
        }
        while i < b.count {
            switch b[i] {
            case 0x21:
                i += 2
                skipSubBlocks()
            case 0x2C:
                frames += 1
                guard i + 10 <= b.count else { return frames }
                let flags = b[i + 9]
                i += 10
                if flags & 0x80 != 0 { i += 3 << (Int(flags & 0x07) + 1) }
                i += 1
                skipSubBlocks()
            default:
                return frames
            }
        }
        return frames
    }
}
