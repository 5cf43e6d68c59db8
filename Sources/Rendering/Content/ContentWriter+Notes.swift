import BookModel
import XMLSupport

extension ContentWriter {
    /// `<a epub:type="noteref">N</a>`: no `<sup>` inside, so reading systems that pop notes up
    /// recognise the link; the stylesheet raises it.
    mutating func writeNoteReference(_ id: String) {
        // A reference to a note the division does not have: the manuscript readers report it,
        // and a link to nowhere would make the book invalid.
        guard let division else { return }
        let key = BookLayout.NoteKey(division: division, id: id)
        guard let note = layout.notes[key] else { return }
        let anchor: String
        if markReferenced(key), note.referenceFile == file, let planned = note.referenceAnchor {
            anchor = planned
        } else {
            anchor = ids.claim(note.referenceAnchor ?? "fnref-" + id, fallback: "fnref")
        }
        let href = (note.file == file ? "" : ContainerPath.href(from: file, to: note.file)) + "#" + note.anchor
        let number = String(note.number)
        if isInLink {
            // Already inside a link: mark the place, without a second link.
            xml.element("span", ["id": anchor, "class": "noteref"], text: number, layout: .inline)
        } else if html5 {
            link(["epub:type": "noteref", "role": "doc-noteref", "href": href, "id": anchor, "class": "noteref"]) {
                $0.xml.text(number)
            }
        } else {
            link(["href": href, "id": anchor, "class": "noteref"]) { $0.xml.text(number) }
        }
    }

    /// The footnotes at the end of a division's document.
    mutating func writeFootnotes(_ notes: [BookLayout.NotePlacement]) {
        guard !notes.isEmpty else { return }
        inNote = true
        container("div", ["class": "footnotes"]) { w in
            for note in notes {
                if w.html5 {
                    w.container("aside", ["epub:type": "footnote", "role": "doc-footnote", "id": note.anchor, "class": "footnote"]) {
                        $0.writeNoteBody(note)
                    }
                } else {
                    w.container("div", ["id": note.anchor, "class": "footnote"]) { $0.writeNoteBody(note) }
                }
            }
        }
        inNote = false
    }

    /// One note in the endnotes document.
    mutating func writeEndnote(_ note: BookLayout.NotePlacement) {
        // No `epub:type="endnote"`: the vocabulary deprecates it; the list's `doc-endnotes`
        // section says what the items are.
        inNote = true
        container("li", ["id": note.anchor, "class": "endnote"]) { $0.writeNoteBody(note) }
        inNote = false
    }

    /// The note's number, linking back to where the text refers to it, then its content; the
    /// number goes into the first paragraph so that pop-ups show one line, not two.
    private mutating func writeNoteBody(_ note: BookLayout.NotePlacement) {
        var blocks = note.note.blocks[...]
        if case .paragraph(let content, let style)? = blocks.first {
            blocks = blocks.dropFirst()
            container("p", ["class": style.cssClass]) { w in
                w.writeNoteNumber(note)
                w.xml.text(" ")
                w.write(content)
            }
        } else {
            container("p") { $0.writeNoteNumber(note) }
        }
        write(Array(blocks))
    }

    private mutating func writeNoteNumber(_ note: BookLayout.NotePlacement) {
        let label = "\(note.number)."
        guard let refFile = note.referenceFile, let refAnchor = note.referenceAnchor else {
            xml.element("span", ["class": "note-number"], text: label, layout: .inline)
            return
        }
        let href = (refFile == file ? "" : ContainerPath.href(from: file, to: refFile)) + "#" + refAnchor
        if html5 {
            link(["role": "doc-backlink", "href": href, "class": "note-number"]) { $0.xml.text(label) }
        } else {
            link(["href": href, "class": "note-number"]) { $0.xml.text(label) }
        }
    }
}
