import BookModel

/// Two series of part headings in one text: books that hold parts ("THE FIRST BOOK OF
/// OPTICKS" / "PART I." / "PART II." / "THE SECOND BOOK" / "PART I." …), and a book heading
/// printed again over each of its parts as a running title.
enum PartNesting {
    /// Drops a part heading that repeats the one already open (same word, same number, no
    /// other heading of its series between: a running title, which stays as text), then, where
    /// one series of parts starts again at 1 under each member of another, makes the inner
    /// series the divisions of the outer (chapters of their book), when the text numbers no
    /// chapters of its own.
    static func apply(_ headings: inout [ResolvedHeading]) {
        var lastOfSeries: [String: String] = [:]
        var kept: [ResolvedHeading] = []
        for h in headings {
            if h.match.kind == .part, h.match.number != nil {
                let series = seriesOf(h.match)
                if lastOfSeries[series] == h.match.identity, kept.last?.match.identity != h.match.identity { continue }
                lastOfSeries[series] = h.match.identity
            }
            kept.append(h)
        }
        headings = kept
        let parts = headings.indices.filter { headings[$0].match.kind == .part && headings[$0].match.number != nil }
        // Only where the parts hold no numbered chapters: a third level has no place.
        guard let firstPart = parts.first, !headings[firstPart...].contains(where: {
            $0.match.kind == .chapter && $0.match.number != nil && $0.match.form != .named
        }) else { return }
        let seriesNames = Set(parts.map { seriesOf(headings[$0].match) })
        guard seriesNames.count == 2 else { return }
        for outer in seriesNames {
            let inner = seriesNames.subtracting([outer]).first ?? ""
            let outerAt = parts.filter { seriesOf(headings[$0].match) == outer }
            guard outerAt.count >= 2 else { continue }
            var restarts = 0
            for (k, start) in outerAt.enumerated() {
                let end = k + 1 < outerAt.count ? outerAt[k + 1] : headings.count
                if let first = parts.first(where: { $0 > start && $0 < end && seriesOf(headings[$0].match) == inner }),
                   headings[first].match.number == 1 { restarts += 1 }
            }
            guard restarts >= 2 else { continue }
            for i in parts where seriesOf(headings[i].match) == inner {
                headings[i].match.kind = .chapter
                headings[i].match.why = headings[i].match.evidence + "; numbered again from 1 under each \(outer), so a division of it"
            }
            return
        }
    }

    private static func seriesOf(_ m: HeadingMatch) -> String {
        m.identity.split(separator: " ").dropLast().joined(separator: " ")
    }
}
