import Foundation

/// A title made from a file name when nothing better is known: "the_time-machine.txt" →
/// "The Time Machine", "01-war_and_peace.md" → "War and Peace".
public enum ReadableTitle {
    static let minorWords: Set<String> = ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
                                          "nor", "of", "on", "or", "the", "to", "with"]

    public static func fromFileName(_ path: String) -> String {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let words = stem.split { $0 == "_" || $0 == "-" || $0 == " " || $0 == "." }.map(String.init)
        // A leading ordinal ("01", "001") and hash-like tokens say nothing to a reader.
        var kept = words
        if kept.count > 1, kept.first?.allSatisfy(\.isNumber) == true { kept.removeFirst() }
        kept = kept.filter { !isHashLike($0) }
        if kept.isEmpty { kept = words }
        if kept.isEmpty { return "Untitled" }
        return kept.enumerated().map { i, w in
            if w.contains(where: \.isUppercase) { return w }  // KJV, McCarthy: as written
            if i > 0 && i < kept.count - 1 && minorWords.contains(w) { return w }
            return w.prefix(1).uppercased() + w.dropFirst()
        }.joined(separator: " ")
    }

    /// Eight or more hex characters mixing letters and digits: a content hash or id.
    static func isHashLike(_ w: String) -> Bool {
        w.count >= 8 && w.allSatisfy(\.isHexDigit) && w.contains(where: \.isNumber) && w.contains(where: \.isLetter)
    }
}
