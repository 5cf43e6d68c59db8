import Diagnostics
import Foundation
import OCF
import Parallel
import XMLSupport

/// Checks an EPUB publication against EPUB 3.3 (or 2.0.1) with EPUBCheck's message IDs.
///
/// `imprint check` runs it on anyone's book and `imprint build` on its own output, so a built
/// book passes exactly the checks a user's CI will run. Safe to use from many threads at once:
/// schemas are compiled once per process and each call works on its own values.
public struct Checker: Sendable {
    public var options: CheckOptions

    public init(options: CheckOptions = CheckOptions()) {
        self.options = options
    }

    /// Checks a publication read from an archive (`listing` non-nil) or a folder (`listing` nil).
    ///
    /// `container` is the `.epub` (or folder) path used in every message's location. Returns
    /// what was learnt about the publication, or nil when it could not be read far enough
    /// (a fatal message says why).
    private func run(_ rule: any PublicationRule, on context: CheckContext, _ sink: inout DiagnosticSink) {
        var local = DiagnosticSink(policy: sink.policy)
        rule.check(context, into: &local)
        RuleRunner.assertDeclared(local, by: rule)
        sink.append(contentsOf: local)
    }

    public func check(_ publication: Publication, listing: ArchiveListing?, container: String,
                      sink: inout DiagnosticSink) -> PublicationInfo? {
        var builder = ContextBuilder(options: options, container: container, publication: publication, listing: listing)
        let bare = builder.snapshot
        for rule in Rules.container { run(rule, on: bare, &sink) }
        // Names that are not UTF-8 (PKG-027, reported by the reader) make every path unreliable.
        if let listing, listing.items.contains(where: { !$0.nameIsValidUTF8 }) { return nil }
        guard builder.readContainerFile(&sink) else { return nil }
        // Each rendition is a publication of its own: the first is the default one.
        var info: PublicationInfo?
        for index in builder.renditionPaths.indices {
            var rendition = builder.rendition(index)
            guard rendition.readPackage(&sink) else {
                if index == 0 { return nil } else { continue }
            }
            let packageStage = rendition.snapshot
            let rules = Rules.documents.filter { $0.applies(to: packageStage) }
            // The package's schema validation (one core, about 150 ms for a 10,000-item package)
            // runs beside the reading of the content documents instead of before it.
            let validation = rendition.packageValidation
            let (schemaFindings, _) = ParallelMap.both(
                { validation?.findings() ?? [] },
                { rendition.readContent(rules: rules, &sink) })
            if let validation { sink.insert(contentsOf: schemaFindings, at: validation.findingsIndex) }
            let context = rendition.snapshot
            RuleRunner.run(Rules.publication.filter { $0.applies(to: context) }, on: context, into: &sink)
            if index == 0 { info = context.info }
            Deferred.release(consume context, consume rendition)
        }
        return info
    }
}

extension CheckContext {
    var info: PublicationInfo {
        let p = package
        var info = PublicationInfo(
            title: p.dc("title").first?.value.trimmingWhitespaceAndNewlines(),
            identifier: p.identifier?.trimmingWhitespaceAndNewlines(),
            language: p.dc("language").first?.value.trimmingWhitespaceAndNewlines(),
            version: p.version, packagePath: packagePath,
            creators: p.dc("creator").map { $0.value.trimmingWhitespaceAndNewlines() },
            modified: p.meta("dcterms:modified").first?.value.trimmingWhitespaceAndNewlines(),
            itemCount: p.manifest.count, spineCount: p.itemrefs.count,
            hasScripts: facts.values.contains { $0.hasScript }, hasFixedLayout: p.isFixedLayout)
        if options.accessibility { info.accessibilityStatement = AccessibilityStatement.sections(self) }
        return info
    }
}
