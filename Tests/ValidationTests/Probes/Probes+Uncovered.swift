/// Why an EPUBCheck message ID has no probe.
enum UncoveredReason: Sendable, CustomStringConvertible {
    /// EPUBCheck 5.3 itself never prints it (declared in its message list, reported by no code
    /// path, or only where this build of it cannot get: a missing Java feature, say).
    case neverReportedByEPUBCheck(String)
    /// Imprint does not report it, on purpose: the reason, also in docs/epubcheck-differences.md.
    case deliberate(String)
    /// Not done yet: what it would take.
    case notYet(String)

    var description: String {
        switch self {
        case .neverReportedByEPUBCheck(let why): return "never reported by EPUBCheck 5.3: \(why)"
        case .deliberate(let why): return "deliberate difference: \(why)"
        case .notYet(let why): return "not covered yet: \(why)"
        }
    }
}

extension Probes {
    /// EPUBCheck IDs (fatal, error, warning by default) that no probe shows, with the reason.
    static let uncovered: [String: UncoveredReason] = [
        "CSS-002": .notYet("no probe written"),
        "CSS-003": .notYet("no probe written"),
        "CSS-004": .notYet("no probe written"),
        "CSS-015": .notYet("no probe written"),
        "CSS-019": .notYet("no probe written"),
        "CSS-030": .notYet("no probe written"),
        "HTM-001": .notYet("no probe written"),
        "HTM-003": .notYet("no probe written"),
        "HTM-007": .notYet("no probe written"),
        "HTM-009": .notYet("no probe written"),
        "HTM-011": .notYet("no probe written"),
        "HTM-025": .notYet("no probe written"),
        "HTM-047": .notYet("no probe written"),
        "HTM-048": .notYet("no probe written"),
        "HTM-051": .notYet("no probe written"),
        "HTM-052": .notYet("no probe written"),
        "HTM-054": .notYet("no probe written"),
        "HTM-056": .notYet("no probe written"),
        "HTM-057": .notYet("no probe written"),
        "HTM-058": .notYet("no probe written"),
        "HTM-059": .notYet("no probe written"),
        "HTM-061": .notYet("no probe written"),
        "MED-003": .notYet("no probe written"),
        "MED-005": .notYet("no probe written"),
        "MED-007": .notYet("no probe written"),
        "MED-008": .notYet("no probe written"),
        "MED-009": .notYet("no probe written"),
        "MED-010": .notYet("no probe written"),
        "MED-011": .notYet("no probe written"),
        "MED-012": .notYet("no probe written"),
        "MED-013": .notYet("no probe written"),
        "MED-014": .notYet("no probe written"),
        "MED-016": .notYet("no probe written"),
        "MED-017": .notYet("no probe written"),
        "MED-018": .notYet("no probe written"),
        "NAV-001": .notYet("no probe written"),
        "NAV-003": .notYet("no probe written"),
        "NAV-009": .notYet("no probe written"),
        "NAV-011": .notYet("no probe written"),
        "OPF-004e": .notYet("no probe written"),
        "OPF-004f": .notYet("no probe written"),
        "OPF-010": .neverReportedByEPUBCheck("no class of the 5.3 jar but MessageId/DefaultSeverities names OPF_010"),
        "OPF-011": .neverReportedByEPUBCheck("OPFHandler30.processItemrefProperties has the check commented out; the package Schematron reports the clash as RSC-005 (probe package-itemref-page-spreads-exclusive-error)"),
        "OPF-016": .notYet("no probe written"),
        "OPF-017": .notYet("no probe written"),
        "OPF-021": .notYet("reported only by EPUBCheck's DTBook handler (EPUB 2 application/x-dtbook+xml content), which Imprint does not parse"),
        "OPF-038": .notYet("no probe written"),
        "OPF-039": .notYet("no probe written"),
        "OPF-050": .notYet("EPUBCheck adds CHK-008 (an internal error) for a toc pointing at an XHTML item; Imprint reports OPF-050 alone, so no probe can agree"),
        "OPF-055": .notYet("no probe written"),
        "OPF-060": .notYet("no probe written"),
        "OPF-066": .notYet("no probe written"),
        "OPF-073": .notYet("no probe written"),
        "OPF-075": .notYet("no probe written"),
        "OPF-076": .notYet("no probe written"),
        "OPF-078": .notYet("no probe written"),
        "OPF-079": .notYet("no probe written"),
        "OPF-081": .notYet("a dictionary collection also makes EPUBCheck apply the whole dictionary profile (OPF-078, source/target-language RSC-005), which Imprint only does with dc:type dictionary or --profile dict; CollectionRule reports OPF-081 to OPF-084"),
        "OPF-082": .notYet("as OPF-081: CollectionRule reports it, the probe would also need the dictionary profile that a collection implies"),
        "OPF-083": .notYet("as OPF-081: CollectionRule reports it, the probe would also need the dictionary profile that a collection implies"),
        "OPF-084": .notYet("as OPF-081: CollectionRule reports it, the probe would also need the dictionary profile that a collection implies"),
        "PKG-001": .notYet("no probe written"),
        "PKG-003": .notYet("no probe written"),
        "PKG-004": .notYet("no probe written"),
        "PKG-005": .notYet("no probe written"),
        "PKG-008": .notYet("no probe written"),
        "PKG-010": .notYet("no probe written"),
        "PKG-011": .notYet("no probe written"),
        "PKG-013": .notYet("no probe written"),
        "PKG-014": .notYet("no probe written"),
        "PKG-016": .notYet("no probe written"),
        "PKG-017": .notYet("no probe written"),
        "PKG-018": .notYet("no probe written"),
        "PKG-020": .notYet("no probe written"),
        "PKG-025": .notYet("no probe written"),
        "PKG-026": .notYet("no probe written"),
        "PKG-027": .notYet("no probe written"),
        "RSC-009": .notYet("no probe written"),
        "RSC-014": .notYet("no probe written"),
        "RSC-019": .notYet("no probe written"),
        "RSC-021": .notYet("no probe written"),
        "RSC-027": .notYet("no probe written"),
        "RSC-028": .notYet("no probe written"),
    ]
}
