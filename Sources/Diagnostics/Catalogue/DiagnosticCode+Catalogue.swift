extension DiagnosticCode {
    /// Every code Imprint can report, gathered from the per-area catalogue files.
    /// A test checks that IDs are unique and that the documentation lists each of them.
    public static var catalogue: [DiagnosticCode] {
        manuscriptCodes + markdownCodes + documentCodes + buildCodes + archiveCodes + xmlCodes + ocfCodes + packageCodes
            + contentCodes + navigationCodes + resourceCodes + cssCodes + miscCodes + checkCodes
            + accessibilityCodes + metadataCodes + pageMarkerCodes
    }

    /// Looks a code up by ID.
    public static func named(_ id: String) -> DiagnosticCode? {
        byID[id]
    }

    private static let byID: [String: DiagnosticCode] = Dictionary(catalogue.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    /// The catalogued ID nearest to a misspelt one (`RSC-0005` gives `RSC-005`), when one is close.
    public static func closest(to id: String) -> String? {
        let wanted = Array(id.uppercased().utf8)
        var best: (id: String, distance: Int)?
        for code in catalogue {
            let d = editDistance(wanted, Array(code.id.utf8))
            if d <= 2, d < (best?.distance ?? .max) { best = (code.id, d) }
        }
        return best?.id
    }

    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
