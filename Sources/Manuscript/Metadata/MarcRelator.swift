import Foundation

/// MARC relator codes for contributor roles, as pandoc accepts them: a three-letter code as is,
/// or a human-readable name ("author", "editor", "cover designer") translated to its code.
enum MarcRelator {
    /// The code for a role, or nil when the role is neither a code nor a name we know.
    static func code(for role: String) -> String? {
        let key = role.lowercased()
            .replacingOccurrences(of: "_", with: " ")
            .replacingOccurrences(of: "-", with: " ")
            .split(separator: " ").joined(separator: " ")
        if let code = names[key] { return code }
        if key.count == 3, key.allSatisfy({ $0 >= "a" && $0 <= "z" }) { return key }
        return nil
    }

    /// Human-readable names authors use, including the wordings pandoc translates.
    static let names: [String: String] = [
        "author": "aut", "writer": "aut", "creator": "cre", "editor": "edt", "translator": "trl",
        "illustrator": "ill", "contributor": "ctb", "narrator": "nrt", "photographer": "pht",
        "publisher": "pbl", "compiler": "com", "designer": "dsr", "book designer": "bkd",
        "cover designer": "cov", "cover artist": "cov", "artist": "art", "adapter": "adp",
        "annotator": "ann", "arranger": "arr", "composer": "cmp", "commentator": "cwt",
        "consultant": "csl", "copyright holder": "cph", "dedicatee": "dte", "funder": "fnd",
        "lyricist": "lyr", "owner": "own", "performer": "prf", "printer": "prt", "proofreader": "pfr",
        "reviewer": "rev", "sponsor": "spn", "thesis advisor": "ths", "transcriber": "trc",
        "author of introduction": "aui", "introduction": "aui", "writer of introduction": "win",
        "author of afterword": "aft", "afterword": "aft", "writer of preface": "wpr", "preface": "wpr",
        "foreword": "wfw", "writer of foreword": "wfw", "author of foreword": "wfw",
        "cartographer": "ctg", "calligrapher": "cll", "typographer": "tyg", "colorist": "clr",
        "editor of compilation": "edc", "series editor": "edt", "director": "drt", "producer": "pro",
    ]
}
