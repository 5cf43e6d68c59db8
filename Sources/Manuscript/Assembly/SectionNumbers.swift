import BookModel

/// pandoc's `--number-sections` for a book: the body's divisions and the headings inside them
/// numbered by nesting — a book of chapters gives 1, 2, 3 with sections 1.1, 1.2; a book of
/// parts gives the parts 1, 2 and their chapters 1.1, 1.2, as pandoc numbers level-1 and
/// level-2 headings. Front and back matter (a preface, a dedication, acknowledgements) stay
/// unnumbered, as pandoc leaves a heading marked `{.unnumbered}`.
///
/// The number leads the heading's text ("1.2 The Lamp"), so the table of contents, the running
/// `<title>` and the heading agree.
enum SectionNumbers {
    static func apply(_ chapters: [Chapter]) -> [Chapter] {
        let hasParts = chapters.contains { $0.kind == .part }
        var counters: [Int] = []
        return chapters.map { chapter in
            guard chapter.kind.matter == .body, chapter.title != nil else { return chapter }
            let level = hasParts ? min(chapter.depth, 1) + 1 : 1
            let number = advance(&counters, to: level)
            var numbered = chapter
            numbered.title = prefixed(chapter.title, number)
            let levels = chapter.blocks.compactMap { block -> Int? in
                if case .heading(let level, _, _) = block { return level }
                return nil
            }
            guard let top = levels.min() else { return numbered }
            var inner = counters
            numbered.blocks = chapter.blocks.map { block in
                guard case .heading(let headingLevel, let content, let id) = block else { return block }
                let label = advance(&inner, to: level + headingLevel - top + 1)
                return .heading(level: headingLevel, content: prefixed(content, label) ?? content, id: id)
            }
            return numbered
        }
    }

    /// Counts one more at `level` (1-based), forgets deeper counts, and gives "1.2.3".
    private static func advance(_ counters: inout [Int], to level: Int) -> String {
        while counters.count < level { counters.append(0) }
        counters.removeLast(counters.count - level)
        counters[level - 1] += 1
        return counters.map(String.init).joined(separator: ".")
    }

    private static func prefixed(_ title: [Inline]?, _ number: String) -> [Inline]? {
        guard let title else { return nil }
        return [.text(number + " ")] + title
    }
}
