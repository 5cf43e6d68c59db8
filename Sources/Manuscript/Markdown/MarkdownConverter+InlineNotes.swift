import BookModel

/// pandoc's inline notes, `text^[the note, written in place]`, which CommonMark reads as text:
/// the bracketed content becomes a note of the chapter, numbered with the others where it is
/// referred to. Ids are `inline-1`, `inline-2` … in the manuscript's order, so they stay put
/// across rebuilds as long as the text before them does.
extension MarkdownConverter {
    /// `inlines` with every `^[…]` replaced by a reference to a new note; brackets are matched
    /// across emphasis and other elements of the same level, as pandoc matches them.
    mutating func inlineNotes(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        // Open brackets: where their placeholder is in `out`, and whether `^` made it a note.
        var opens: [(index: Int, isNote: Bool)] = []
        for inline in inlines {
            guard case .text(let text) = inline else { out.append(inline); continue }
            var rest = Substring(text)
            while let i = rest.firstIndex(where: { $0 == "[" || $0 == "]" }) {
                var before = rest[..<i]
                let after = rest[rest.index(after: i)...]
                if rest[i] == "[" {
                    var isNote = false
                    if before.last == "^" {
                        before = before.dropLast()
                        isNote = true
                    } else if before.isEmpty, case .text(let previous)? = out.last, previous.hasSuffix("^") {
                        out[out.count - 1] = .text(String(previous.dropLast()))
                        isNote = true
                    }
                    if !before.isEmpty { out.append(.text(String(before))) }
                    opens.append((out.count, isNote))
                    out.append(.text(isNote ? "^[" : "["))
                } else {
                    if !before.isEmpty { out.append(.text(String(before))) }
                    if let open = opens.popLast(), open.isNote {
                        let content = InlineBuilder.trimmed(PandocInlines.merged(Array(out[(open.index + 1)...])))
                        out.removeSubrange(open.index...)
                        out.append(.noteReference(id: inlineNote(content)))
                    } else {
                        out.append(.text("]"))
                    }
                }
                rest = after
            }
            if !rest.isEmpty { out.append(.text(String(rest))) }
        }
        return PandocInlines.merged(out.filter { if case .text(let t) = $0 { return !t.isEmpty } else { return true } })
    }

    /// Registers an inline note of the current chapter; its id.
    private mutating func inlineNote(_ content: [Inline]) -> String {
        var id: String
        repeat {
            inlineNoteCount += 1
            id = "inline-\(inlineNoteCount)"
        } while assignedNoteIDs.contains(id) || baseNoteIDs.contains(id)
        assignedNoteIDs.insert(id)
        pendingInlineNotes.append(Note(id: id, blocks: content.isEmpty ? [] : [.paragraph(PandocInlines.apply(content))]))
        return id
    }
}
