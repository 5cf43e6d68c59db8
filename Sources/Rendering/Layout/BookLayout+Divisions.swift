import BookModel
import Foundation
import Parallel

extension BookLayout {
    /// Names, labels and levels of the divisions, and the ids of the headings inside them.
    mutating func placeDivisions() {
        let chapters = book.chapters
        let width = max(3, String(chapters.count).count)
        var chapterCount = 0, partCount = 0
        // Depths of the parts currently open: only parts group the divisions after them.
        var openParts: [Int] = []
        let tocDepth = options.tocDepth ?? book.tocDepth ?? RenderOptions.defaultTOCDepth
        func fileID(_ index: Int) -> String {
            let number = String(index + 1)
            return "ch" + String(repeating: "0", count: width - number.count) + number
        }
        // Ids the author gave chapters (`# Preface {#preface}`) come first: a link to #preface
        // means that chapter, even when a heading earlier in the book slugs to the same word.
        for (index, chapter) in chapters.enumerated() {
            guard let anchor = chapter.anchor, anchors[anchor] == nil else { continue }
            let sectionID = IDRegistry.sanitize(anchor)
            if !sectionID.isEmpty { anchors[anchor] = ("text/\(fileID(index)).xhtml", sectionID) }
        }
        var pandocIDs = PandocIdentifier()
        for chapter in chapters { if let anchor = chapter.anchor { pandocIDs.reserve(anchor) } }
        // The text work (labels, slugs, the content scan) depends on each chapter alone: done
        // side by side first, so the pass below only hands out ids, in reading order.
        let facts = ParallelMap.map(chapters, ChapterFacts.init)
        for (index, chapter) in chapters.enumerated() {
            let id = fileID(index)
            let chapterFacts = facts[index]
            if chapter.kind == .chapter { chapterCount += 1 }
            if chapter.kind == .part { partCount += 1 }

            let depth = min(max(chapter.depth, 0), 8)
            let level: Int
            switch chapter.kind.matter {
            case .body:
                while let last = openParts.last, last >= depth { openParts.removeLast() }
                level = openParts.count
                if chapter.kind == .part { openParts.append(depth) }
            case .front, .back:
                // Front and back matter stand beside the parts, never inside one.
                openParts.removeAll()
                level = 0
            }

            var label = chapterFacts.label
            if label.isEmpty {
                if chapters.count == 1 { label = title }
                else if chapter.kind == .chapter { label = labels.numbered(.chapter, chapterCount) }
                else if chapter.kind == .part { label = labels.numbered(.part, partCount) }
                else { label = labels.name(of: chapter.kind) }
            }

            let file = "text/\(id).xhtml"
            // A link to a chapter by its title's identifier (pandoc's "#on-maps" for "# On Maps")
            // goes to the top of its document; headings inside claim theirs below.
            if chapter.title != nil {
                let slug = chapterFacts.titleSlug
                if !slug.isEmpty, anchors[slug] == nil { anchors[slug] = (file, "") }
                if chapter.anchor == nil {
                    let pandoc = pandocIDs.next(base: chapterFacts.titlePandocBase)
                    if pandocAnchors[pandoc] == nil { pandocAnchors[pandoc] = (file, "") }
                }
            }
            var ids = IDRegistry()
            // Claimed before the headings inside, so none of them takes it.
            let sectionID = chapter.anchor.map(IDRegistry.sanitize).flatMap { $0.isEmpty ? nil : ids.claim($0) }
            let scan = chapterFacts.scan
            var headingIDs: [String] = []
            var outline: [(level: Int, label: String, id: String)] = []
            for (heading, text) in zip(scan.headings, chapterFacts.headings) {
                let proposed = heading.givenID.map(IDRegistry.sanitize) ?? ""
                let anchor = ids.claim(proposed.isEmpty ? text.slug : proposed, fallback: "section")
                headingIDs.append(anchor)
                if let given = heading.givenID, anchors[given] == nil { anchors[given] = (file, anchor) }
                let pandoc = pandocIDs.next(base: text.pandocBase)
                if pandocAnchors[pandoc] == nil { pandocAnchors[pandoc] = (file, anchor) }
                let headingLevel = min(max(heading.level, 2), 6)
                if heading.inOutline, headingLevel <= tocDepth, !text.label.isEmpty {
                    outline.append((level + headingLevel - 1, text.label, anchor))
                }
            }
            // Places the manuscript named (`<a id="v2"></a>`): the first with an id takes it.
            // A heading or chapter that already has the id keeps it, and the anchor is not written.
            for given in scan.anchorIDs where anchors[given] == nil {
                let proposed = IDRegistry.sanitize(given)
                let place = (file: file, id: ids.claim(proposed.isEmpty ? "anchor" : proposed, fallback: "anchor"))
                anchors[given] = place
                anchorPlaces[given] = place
            }
            countImages(scan.images)
            let pageBreaks = Self.placePageBreaks(scan.pageBreaks, ids: &ids)
            divisions.append(Division(chapter: chapter, file: file, manifestID: id, label: label, level: level,
                                      headingIDs: headingIDs, outline: outline, ids: ids, sectionID: sectionID,
                                      hasMath: scan.hasMath || (!endnotes && chapterFacts.notesHaveMath),
                                      pageBreaks: pageBreaks))
            if scan.hasMath || chapterFacts.notesHaveMath { hasMath = true }
            if chapterFacts.notesHaveMath { notesHaveMath = true }
        }
    }

    /// The text of a heading as a table of contents shows it: plain, whitespace collapsed.
    static func label(_ content: [Inline]?) -> String {
        guard let content else { return "" }
        return collapse(content.plainText)
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The table of contents: divisions at their levels, headings inside them below.
    var tableOfContents: [TOCEntry] {
        var flat: [(level: Int, label: String, href: String)] = []
        for division in divisions {
            flat.append((division.level, division.label, division.file))
            for entry in division.outline {
                flat.append((entry.level, entry.label, division.file + "#" + entry.id))
            }
        }
        if hasEndnotesDocument { flat.append((0, labels.notes, Self.endnotesFile)) }
        // A book without divisions still needs one entry: a table of contents may not be empty.
        if flat.isEmpty { flat.append((0, title, Self.titlePageFile)) }
        return TOCEntry.nest(flat)
    }

    private mutating func countImages(_ images: [(source: String, alt: String)]) {
        for image in images where imageHref(image.source, from: Self.titlePageFile) != nil {
            imageCount += 1
            if image.alt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { imagesWithoutAlt += 1 }
        }
    }
}
