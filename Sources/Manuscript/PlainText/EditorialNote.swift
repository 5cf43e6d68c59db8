/// What an editor or transcriber put into the text in square brackets: "[Illustration]",
/// "[Illustration: The lighthouse at dusk.]", "[Transcriber's Note: …]". They are not the
/// author's words, so they never stand between a heading and its title, and a note about the
/// transcription before the book's title is left out like the rest of the edition's frame.
enum EditorialNote {
    /// Whether the unit is one bracketed insertion: its first line opens with "[" and its last
    /// line ends with "]" (perhaps then a full stop), with no "]" before that. A footnote
    /// ("[1] See the letter …") closes its bracket at once and is not one.
    static func isBracketed(_ table: LineTable, _ unit: TextUnit) -> Bool {
        guard unit.kind == .text, table.starts(unit.first, with: 0x5B), unit.lines.count <= 40 else { return false }
        let b = table.bytes
        var closes = 0
        var lastClose = -1
        var lastContent = -1
        for i in unit.lines {
            let line = table[i]
            for k in line.contentStart..<line.contentEnd {
                if b[k] == 0x5D { closes += 1; lastClose = k }
                if b[k] != 0x20 && b[k] != 0x09 { lastContent = k }
            }
        }
        guard closes == 1 else { return false }
        return lastClose == lastContent || (lastClose == lastContent - 1 && b[lastContent] == 0x2E)
    }

    /// A web address alone: "http://…", "https://…", "www.…", with no space in it.
    static func isAddress(_ line: String) -> Bool {
        let lower = line.lowercased()
        return !line.contains(" ") && (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www."))
    }

    /// How many units the bracketed insertion starting at unit `i` spans: 1 for one unit in
    /// brackets, more when "[Illustration: …" opens a paragraph and "…]" closes a later one
    /// (a caption of several paragraphs), at most six, with no bracket between; nil when unit
    /// `i` opens none.
    static func bracketedSpan(_ table: LineTable, _ units: [TextUnit], at i: Int) -> Int? {
        guard i < units.count else { return nil }
        if isBracketed(table, units[i]) { return 1 }
        guard units[i].kind == .text, table.starts(units[i].first, with: 0x5B), brackets(table, units[i]) == (1, 0) else { return nil }
        var j = i + 1
        while j < units.count, j - i < 6, units[j].kind == .text {
            switch brackets(table, units[j]) {
            case (0, 0): j += 1
            case (0, 1):
                let text = table.collapsedText(units[j].lines.upperBound - 1)
                return text.hasSuffix("]") || text.hasSuffix("].") ? j - i + 1 : nil
            default: return nil
            }
        }
        return nil
    }

    /// The opening and closing square brackets in a unit.
    private static func brackets(_ table: LineTable, _ unit: TextUnit) -> (Int, Int) {
        var open = 0, close = 0
        for i in unit.lines {
            let line = table[i]
            for k in line.contentStart..<line.contentEnd {
                if table.bytes[k] == 0x5B { open += 1 } else if table.bytes[k] == 0x5D { close += 1 }
            }
        }
        return (open, close)
    }

    /// A note about the transcription itself, by its label: "[Transcriber's Note: …]",
    /// "Transcriber’s Notes:", "[Editor's note …]" opening the unit.
    static func isTranscribersNote(_ table: LineTable, _ unit: TextUnit) -> Bool {
        guard unit.kind == .text else { return false }
        let start = table.collapsedText(unit.first).lowercased().strippingEnds(of: "[_* ")
        return ["transcriber's note", "transcriber\u{2019}s note", "transcribers' note", "transcriber\u{2019}s' note",
                "transcriber note", "editor's note", "editor\u{2019}s note", "note by the transcriber", "original transcriber's note",
                "original transcriber\u{2019}s note"]
            .contains { start.hasPrefix($0) }
    }

    /// The units at the very top of the body that are the transcriber's, not the book's:
    /// bracketed insertions and labelled transcriber's notes before anything else. A labelled
    /// note may go on for a few short paragraphs ("Transcriber's Notes: Italic text is …" /
    /// "This ebook contains sidenotes …"): up to four more units of at most 60 words each, none
    /// a line in capitals (where a title page starts) nor in brackets of its own.
    static func leading(_ table: LineTable, _ units: [TextUnit], from start: Int = 0, before end: Int) -> Range<Int>? {
        var i = start
        while i < end {
            if isBracketed(table, units[i]) || isProductionCredit(table, units[i]) {
                i += 1
                // The address it names, on a line of its own (a file of one line per paragraph),
                // and a rule under the credit ("--------") close it, and go with it.
                while i < end, units[i].kind == .text, units[i].isSingleLine, isAddress(table.collapsedText(units[i].first)) { i += 1 }
                if i < end, units[i].kind == .sceneBreak { i += 1 }
                continue
            }
            guard isTranscribersNote(table, units[i]) else { break }
            i += 1
            var more = 0
            while i < end, more < 4, isNoteParagraph(table, units[i]) {
                i += 1
                more += 1
            }
        }
        return i > start ? start..<i : nil
    }

    /// Who made the electronic edition: "Produced by …", "This etext was prepared by …", a short
    /// paragraph (at most 60 words) at the top of a Project Gutenberg text, often without the
    /// frame that would otherwise take it out; or where it was taken from ("This file was derived
    /// from" / an address, in test corpora and collections that reuse such texts).
    static func isProductionCredit(_ table: LineTable, _ unit: TextUnit) -> Bool {
        guard unit.kind == .text else { return false }
        let words = unit.lines.reduce(0) { $0 + table.wordCount($1) }
        guard words >= 3, words <= 60 else { return false }
        let start = table.collapsedText(unit.first).lowercased().strippingEnds(of: "[_* ")
        let credit = ["produced by ", "prepared by ", "transcribed by ", "digitized by ", "scanned by ",
                      "derived from", "taken from", "converted from", "transcribed from", "downloaded from"]
        let subjects = ["", "this etext was ", "this e-text was ", "this ebook was ", "this e-book was ", "this text was ",
                        "this file was ", "this file is ", "this text is ", "e-text ", "etext ", "ebook ", "e-book "]
        return subjects.contains { subject in credit.contains { start.hasPrefix(subject + $0) } }
    }

    private static func isNoteParagraph(_ table: LineTable, _ unit: TextUnit) -> Bool {
        guard unit.kind == .text, !table.starts(unit.first, with: 0x5B), !isTranscribersNote(table, unit) else { return false }
        let words = unit.lines.reduce(0) { $0 + table.wordCount($1) }
        guard words >= 4, words <= 60 else { return false }
        let text = table.collapsedText(unit.first)
        return text.contains(where: \.isLowercase)
    }
}
