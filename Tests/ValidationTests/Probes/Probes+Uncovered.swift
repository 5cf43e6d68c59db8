/// Why an EPUBCheck message ID has no probe.
enum UncoveredReason: Sendable, CustomStringConvertible {
    /// EPUBCheck 5.3 itself never prints it (declared in its message list, reported by no code
    /// path, or only where this build of it cannot get: a missing Java feature, say).
    case neverReportedByEPUBCheck(String)
    /// Imprint does not report it, on purpose: the reason, also in docs/epubcheck-differences.md.
    case deliberate(String)
    /// Not done yet: what it would take.
    case notYet(String)
    /// Shown by tests other than the probes, because no publication can show it: where.
    case testedElsewhere(String)

    var description: String {
        switch self {
        case .neverReportedByEPUBCheck(let why): return "never reported by EPUBCheck 5.3: \(why)"
        case .deliberate(let why): return "deliberate difference: \(why)"
        case .notYet(let why): return "not covered yet: \(why)"
        case .testedElsewhere(let how): return "covered outside the probes: \(how)"
        }
    }
}

extension Probes {
    /// EPUBCheck IDs (fatal, error, warning by default) that no probe shows, with the reason.
    static let uncovered: [String: UncoveredReason] = [
        "CHK-001": .neverReportedByEPUBCheck("about EPUBCheck's own --customMessages file, not a publication"),
        "CHK-002": .neverReportedByEPUBCheck("about EPUBCheck's own --customMessages file, not a publication"),
        "CHK-003": .neverReportedByEPUBCheck("about EPUBCheck's own --customMessages file, not a publication"),
        "CHK-004": .neverReportedByEPUBCheck("about EPUBCheck's own --customMessages file, not a publication"),
        "CHK-005": .neverReportedByEPUBCheck("about EPUBCheck's own --customMessages file, not a publication"),
        "CHK-006": .neverReportedByEPUBCheck("about EPUBCheck's own --customMessages file, not a publication"),
        "CHK-007": .neverReportedByEPUBCheck("about EPUBCheck's own --customMessages file, not a publication"),
        "CHK-008": .neverReportedByEPUBCheck("an internal failure of EPUBCheck's checker on one item, not a property of the publication"),
        "HTM-002": .neverReportedByEPUBCheck("about the Java XML parser EPUBCheck runs on lacking XML-version checks"),
        "PKG-015": .neverReportedByEPUBCheck("EPUBCheck's wrapper for an I/O failure of its own; Imprint reports an unreadable archive as PKG-008 and an unreadable entry as IMP-ZIP-011"),
        "CSS-003": .notYet("a UTF-16 style sheet needs non-UTF-8 bytes, which FixtureBook (text files) cannot hold yet; Imprint agrees with EPUBCheck on hand-packed ones"),
        "HTM-011": .neverReportedByEPUBCheck("xml/handlers/DeclarationHandler.startEntity: every entity the parser can expand was declared through the same handler first; an undeclared one is a fatal parse error (RSC-016) before any entity starts"),
        "HTM-025": .notYet("a hyperlink with a URI scheme missing from EPUBCheck's list of registered schemes; needs that list (IANA's, as of EPUBCheck's build) as data"),
        "HTM-051": .notYet("no probe written"),
        "HTM-052": .notYet("no probe written"),
        "HTM-058": .notYet("a UTF-16 XHTML document needs non-UTF-8 bytes, which FixtureBook (text files) cannot hold yet; Imprint agrees with EPUBCheck on hand-packed ones"),
        "MED-003": .notYet("no probe written"),
        "MED-007": .notYet("no probe written"),
        "NAV-003": .notYet("EDUPUBRule reports it; a probe needs an edupub publication meeting the rest of the profile (accessibility metadata …) so that NAV-003 stands alone"),
        "NAV-001": .neverReportedByEPUBCheck("NavChecker reports it only when a lone navigation document is checked with --mode nav against EPUB 2; a publication check never gets there (an EPUB 2 manifest has no nav property)"),
        "OPF-004e": .notYet("no probe written"),
        "OPF-004f": .notYet("no probe written"),
        "OPF-010": .neverReportedByEPUBCheck("no class of the 5.3 jar but MessageId/DefaultSeverities names OPF_010"),
        "OPF-011": .neverReportedByEPUBCheck("OPFHandler30.processItemrefProperties has the check commented out; the package Schematron reports the clash as RSC-005 (probe package-itemref-page-spreads-exclusive-error)"),
        "OPF-021": .notYet("reported only by EPUBCheck's DTBook handler (EPUB 2 application/x-dtbook+xml content), which Imprint does not parse"),
        "OPF-038": .notYet("no probe written"),
        "OPF-039": .notYet("no probe written"),
        "OPF-050": .notYet("EPUBCheck adds CHK-008 (an internal error) for a toc pointing at an XHTML item; Imprint reports OPF-050 alone, so no probe can agree"),
        "OPF-055": .notYet("no probe written"),
        "OPF-066": .notYet("no probe written"),
        "OPF-075": .notYet("no probe written"),
        "OPF-076": .notYet("no probe written"),
        "OPF-078": .notYet("no probe written"),
        "OPF-079": .notYet("no probe written"),
        "OPF-081": .notYet("a dictionary collection also makes EPUBCheck apply the whole dictionary profile (OPF-078, source/target-language RSC-005), which Imprint only does with dc:type dictionary or --profile dict; CollectionRule reports OPF-081 to OPF-084"),
        "OPF-082": .notYet("as OPF-081: CollectionRule reports it, the probe would also need the dictionary profile that a collection implies"),
        "OPF-083": .notYet("as OPF-081: CollectionRule reports it, the probe would also need the dictionary profile that a collection implies"),
        "OPF-084": .notYet("as OPF-081: CollectionRule reports it, the probe would also need the dictionary profile that a collection implies"),
        "PKG-001": .deliberate("EPUBCheck prints it only when told to check against a version (--version) other than the one the package document declares; imprint check has no such option and always checks a publication by the version it declares"),
        "PKG-017": .neverReportedByEPUBCheck("its command line refuses a file whose extension is not .epub, in any case, unless told a --mode, so the check that would report an EPUB 2 file's uncommon extension never runs (ContainerExtensionTests cover Imprint's)"),
        "PKG-018": .testedElsewhere("a probe is a file that exists; a path that does not is checked by CheckRunnerTests and FolderReaderTests (exit code 2, PKG-018)"),
        "PKG-020": .neverReportedByEPUBCheck("only its package-document checker reports it, for a package document missing from the container, and the OCF checker stops at OPF-002 before that checker runs on any packaged or unpacked EPUB"),
        "RSC-009": .notYet("no probe written"),
        "RSC-014": .notYet("no probe written"),
        "RSC-021": .notYet("no probe written"),
    ]
}
