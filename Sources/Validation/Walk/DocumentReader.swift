import Diagnostics
import Foundation
import XMLSupport

/// Reads one manifest item: parses it (with its schema, for NCX), then walks it once with the
/// walkers of every document rule that applies, plus the scanner that gathers its facts.
///
/// Independent of every other document, so `ContextBuilder` runs one reader per document on
/// all cores; what it returns is a value, merged afterwards in manifest order.
struct DocumentReader {
    let context: CheckContext
    let rules: [any DocumentRule]
    let policy: SeverityPolicy

    struct Result: Sendable {
        var path: String
        var document: XMLDocument?
        var facts: ContentFacts?
        var stylesheet: Stylesheet?
        /// References of NCX, media overlay and Search Key Map documents.
        var references: [Reference] = []
        var unparsable = false
        var diagnostics: DiagnosticSink
    }

    func read(_ item: ManifestItem) -> Result {
        var result = Result(path: item.path, diagnostics: DiagnosticSink(policy: policy))
        guard let data = context.data(item.path) else { return result }
        let schema: RelaxNGSchema?
        switch item.essence {
        // An Adobe page map is not read: EPUBCheck neither parses nor validates it.
        case MediaType.xhtml, MediaType.svg, MediaType.smil, MediaType.searchKeyMap: schema = nil
        case MediaType.ncx: schema = Schemas.ncx
        case MediaType.css:
            result.stylesheet = Stylesheet(data: data, path: item.path)
            return result
        default:
            return result
        }
        guard let document = XMLParser.parse(data, location: context.location(item.path), schema: schema,
                                             sink: &result.diagnostics) else {
            result.unparsable = true
            return result
        }
        result.document = document
        let input = DocumentInput(context: context, item: item, document: document)
        var walkers: [any ElementWalker] = []
        var owners: [(any DocumentRule)?] = []
        let scanner = (input.isXHTML || input.isSVG) ? ContentScanner(path: item.path) : nil
        if let scanner { walkers.append(scanner); owners.append(nil) }
        let referenceScanner = ReferenceScanner(path: item.path, mediaType: item.essence)
        if let referenceScanner { walkers.append(referenceScanner); owners.append(nil) }
        let accessibilityScanner = context.options.accessibility && input.isXHTML ? AccessibilityScanner() : nil
        if let accessibilityScanner { walkers.append(accessibilityScanner); owners.append(nil) }
        for rule in rules {
            guard let walker = rule.walker(for: input) else { continue }
            walkers.append(walker)
            owners.append(rule)
        }
        let sinks = DocumentWalk(walkers).run(document.root, policy: policy)
        for (owner, found) in zip(owners, sinks) {
            if let owner { RuleRunner.assertDeclared(found, by: owner) }
            result.diagnostics.append(contentsOf: found)
        }
        if var facts = scanner?.facts {
            // EPUBCheck follows xml-stylesheet instructions in SVG only; HTML ignores them.
            if input.isSVG { facts.references += StylesheetInstructions.references(in: data, path: item.path) }
            facts.accessibility = accessibilityScanner?.facts
            result.facts = facts
        }
        result.references = referenceScanner?.references ?? []
        return result
    }
}
