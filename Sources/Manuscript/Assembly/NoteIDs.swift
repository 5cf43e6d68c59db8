/// Note ids made unique across the manuscripts of one book: the first `1` stays `1`, the next
/// manuscript's becomes `1-2`, then `1-3` …
///
/// A book of one file per chapter repeats the same ids (`[^1]`) in every file; the search for a
/// free suffix resumes where it last stopped for that id, so 3,000 files stay linear.
struct NoteIDs {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    /// `id`, or `id-2`, `id-3` … the first not taken before.
    mutating func claim(_ id: String) -> String {
        if used.insert(id).inserted { return id }
        var n = nextSuffix[id] ?? 2
        while !used.insert("\(id)-\(n)").inserted { n += 1 }
        nextSuffix[id] = n + 1
        return "\(id)-\(n)"
    }
}
