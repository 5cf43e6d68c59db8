import Diagnostics
import XMLSupport

/// EDUPUB: the `edupub` dc:type and an accessibility feature other than `none` (RSC-005); a
/// teacher's edition that names its student edition in `dc:source`, and for a schools audience
/// the educational metadata EDUPUB recommends (RSC-017); a page list wherever
/// content has page breaks (NAV-003), the pagination source (OPF-066), and RDFa rather than
/// microdata (HTM-051).
struct EDUPUBRule: PublicationRule {
    var versions: EPUBVersions { .epub3 }
    var profile: CheckProfile? { .edupub }
    let codes: [DiagnosticCode] = [.htm051, .nav003, .opf066, .rsc017, .xmlSchemaViolation]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2, context.profileApplies(.edupub) else { return }
        let pkg = context.packageLocation
        if !context.publicationTypes.contains("edupub") {
            sink.emit(.xmlSchemaViolation, ["the dc:type identifier \"edupub\" is required"], at: pkg,
                      suggestion: "Add <dc:type>edupub</dc:type>.")
        }
        let features = context.package.meta("schema:accessibilityFeature")
        if features.isEmpty {
            sink.emit(.xmlSchemaViolation, ["at least one schema:accessibilityFeature declaration is required"], at: pkg,
                      suggestion: "Add <meta property=\"schema:accessibilityFeature\">tableOfContents</meta>.")
        }
        if features.contains(where: { $0.value.splitTokens() == ["none"] }) {
            sink.emit(.xmlSchemaViolation, ["the schema:accessibilityFeature value \"none\" is not valid in EDUPUB"], at: pkg,
                      suggestion: "Use tableOfContents when no other feature applies.")
        }
        checkRecommendedMetadata(context, &sink)
        let hasPagebreaks = context.facts.values.contains { $0.hasPagebreak }
        let navHasPageList = context.navItem.flatMap { context.facts[$0.path]?.hasPageListNav } ?? false
        if hasPagebreaks && !navHasPageList {
            sink.emit(.nav003, [],
                      at: context.navItem.map { context.location($0.path) } ?? pkg, suggestion: "Add <nav epub:type=\"page-list\"> to the navigation document.")
        }
        if hasPagebreaks || navHasPageList {
            let sources = context.package.dc("source").compactMap(\.id)
            let sourceOf = context.package.metadata.contains { m in
                m.property == "source-of" && m.value.trimmingWhitespaceAndNewlines() == "pagination"
                    && sources.contains { "#" + $0 == m.refines?.trimmingWhitespace() }
            }
            if !sourceOf {
                sink.emit(.opf066, [],
                          at: pkg, suggestion: "Add <dc:source id=\"src\">…</dc:source> and <meta property=\"source-of\" refines=\"#src\">pagination</meta>.")
            }
        }
        if context.facts.values.contains(where: { $0.hasMicrodata }) && !context.facts.values.contains(where: { $0.hasRDFa }) {
            sink.emit(.htm051, [], at: pkg,
                      suggestion: "Express the semantics with RDFa Lite attributes (vocab, typeof, property).")
        }
    }

    /// The properties EDUPUB recommends for a publication aimed at schools.
    static let schoolsMetadata = ["educationalAlignment", "educationalRole", "educationalUse", "interactivityType", "isBasedOnUrl",
                                  "learningResourceType", "typicalAgeRange"]

    /// EDUPUB's package Schematron warnings. Its audience rules test a variable that only ever
    /// holds `schools` audiences, so only a `schema:audienceType` of exactly "schools" asks for
    /// the educational metadata (its higher-ed, professional and corporate rules never fire).
    private func checkRecommendedMetadata(_ context: CheckContext, _ sink: inout DiagnosticSink) {
        let p = context.package, pkg = context.packageLocation
        for type in p.dc("type") where type.value.splitTokens() == ["teacher-edition"] && p.dc("source").isEmpty {
            sink.emit(.rsc017, ["a teacher's edition should identify the corresponding student edition in a dc:source element"],
                      at: context.location(context.packagePath, line: type.line, column: type.column),
                      suggestion: "Add <dc:source> with the student edition's identifier.")
        }
        let audiences = p.metadata.filter { !$0.isDC && $0.property?.splitTokens() == ["schema:audienceType"] }
        guard audiences.contains(where: { $0.value == "schools" }) else { return }
        let present = Set(p.metadata.compactMap { $0.isDC ? nil : $0.property?.splitTokens().joined() })
        for name in EDUPUBRule.schoolsMetadata where !present.contains("schema:" + name) {
            sink.emit(.rsc017, ["when targeting schools, a schema:\(name) property is recommended"], at: pkg,
                      suggestion: "Add <meta property=\"schema:\(name)\">…</meta>.")
        }
    }
}
