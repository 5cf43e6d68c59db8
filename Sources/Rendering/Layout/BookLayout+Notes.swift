import BookModel

extension BookLayout {
    /// Numbers every note in order of first reference, book-wide, and gives each its anchor
    /// and the anchor of its first reference.
    ///
    /// Numbering runs on through the whole book (note 17 is one note), so a number means the
    /// same thing in the footnotes of a chapter and in the endnotes document. Notes no text
    /// refers to come after the referenced ones of their division, in the order given.
    mutating func placeNotes() {
        var number = 0
        for d in divisions.indices {
            let chapter = divisions[d].chapter
            var byID: [String: Note] = [:]
            var given: [String] = []
            for note in chapter.notes where byID[note.id] == nil {
                byID[note.id] = note
                given.append(note.id)
            }
            guard !byID.isEmpty else { continue }

            // References in the text first, then references inside notes already numbered
            // (a note that cites another), in the order those notes are written.
            var queue = ContentScan.scan(title: chapter.title, subtitle: chapter.subtitle, blocks: chapter.blocks)
                .noteReferences.map { (id: $0, inNote: false) }
            var cursor = 0
            var pendingUnreferenced = given[...]
            while true {
                if cursor == queue.count {
                    // Nothing refers to what is left; place it without a reference.
                    guard let id = pendingUnreferenced.popFirst() else { break }
                    if let note = byID[id], notes[NoteKey(division: d, id: id)] == nil {
                        number += 1
                        place(id, note, number: number, division: d, referencedInNote: nil)
                        queue += ContentScan.scan(blocks: note.blocks).noteReferences.map { ($0, true) }
                    }
                    continue
                }
                let (id, inNote) = queue[cursor]
                cursor += 1
                guard let note = byID[id], notes[NoteKey(division: d, id: id)] == nil else { continue }
                number += 1
                place(id, note, number: number, division: d, referencedInNote: inNote)
                queue += ContentScan.scan(blocks: note.blocks).noteReferences.map { ($0, true) }
            }
        }
    }

    /// `referencedInNote`: nil when nothing refers to the note; otherwise whether its first
    /// reference is inside another note (and so in the document that holds the notes).
    private mutating func place(_ id: String, _ note: Note, number: Int, division d: Int, referencedInNote: Bool?) {
        let key = NoteKey(division: d, id: id)
        let noteFile = endnotes ? Self.endnotesFile : divisions[d].file
        let anchor: String
        if endnotes {
            anchor = endnoteIDs.claim("fn-" + id, fallback: "fn")
        } else {
            anchor = divisions[d].ids.claim("fn-" + id, fallback: "fn")
        }
        var referenceFile: String?
        var referenceAnchor: String?
        if let inNote = referencedInNote {
            if inNote && endnotes {
                referenceFile = Self.endnotesFile
                referenceAnchor = endnoteIDs.claim("fnref-" + id, fallback: "fnref")
            } else {
                referenceFile = divisions[d].file
                referenceAnchor = divisions[d].ids.claim("fnref-" + id, fallback: "fnref")
            }
        }
        notes[key] = NotePlacement(note: note, number: number, file: noteFile, anchor: anchor,
                                   referenceFile: referenceFile, referenceAnchor: referenceAnchor)
        notesInOrder.append(key)
    }

    /// The notes a division's document carries at its end (none with an endnotes document).
    func footnotes(of division: Int) -> [NotePlacement] {
        guard !endnotes else { return [] }
        return notesInOrder.filter { $0.division == division }.compactMap { notes[$0] }
    }
}
