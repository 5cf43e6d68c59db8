import Diagnostics
import Foundation
import XMLSupport

/// No `refines` chain of a metadata block loops back on itself (OPF-065): a `meta` that refines
/// itself, or `a` refines `b` refines `a`, describes nothing (EPUB 3.3 §5.5.6: an expression
/// refines a resource or another expression).
///
/// EPUBCheck 5.3 sees the loop while it assembles the metadata block, so it reports it once per
/// block, at the block's end tag. Only `meta` elements whose property it could resolve take
/// part: one with an undeclared prefix or an unknown name is reported for that instead.
struct RefinesCycleRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf065]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2, let root = context.packageXML?.root else { return }
        let prefixes = MetaProperty.prefixes(root.attribute("prefix"))
        // the package's metadata block and those of its collections, however deep
        var blocks: [XMLElement] = []
        var parents = [root]
        while let parent = parents.popLast() {
            for child in parent.elementChildren where child.namespace == PackageDocument.opfNamespace {
                if child.localName == "metadata" { blocks.append(child) }
                if child.localName == "collection" { parents.append(child) }
            }
        }
        for metadata in blocks where RefinesCycleRule.hasCycle(metadata, prefixes: prefixes) {
            var location = context.location(context.packagePath, line: metadata.line, column: metadata.column)
            if let end = context.packageSource.endTag(of: metadata) {
                location = context.location(context.packagePath, line: end.line, column: end.column)
            }
            sink.emit(.opf065, [], at: location,
                      suggestion: "Make each refines point to the element the meta describes, never back along the chain.")
        }
    }

    /// Whether the `meta` elements of one metadata block refine in a loop, followed the way
    /// EPUBCheck assembles them: from every expression with an id, through the expressions
    /// refining that id.
    static func hasCycle(_ metadata: XMLElement, prefixes: [String: String]) -> Bool {
        var ids: [String] = []
        var refiners: [String: [String?]] = [:]   // refined id → ids of the expressions refining it
        for e in metadata.elementChildren {
            if e.namespace == PackageDocument.dcNamespace, let id = e.attribute("id") { ids.append(id) }
            guard e.namespace == PackageDocument.opfNamespace, e.localName == "meta", let property = e.attribute("property"),
                  MetaProperty.resolve(property, prefixes: prefixes) == .defined else { continue }
            let id = e.attribute("id")
            if let id { ids.append(id) }
            guard let refines = e.attribute("refines") else { continue }
            let target = refines.hasPrefix("#") ? String(refines.dropFirst()) : refines
            if !target.isEmpty { refiners[target, default: []].append(id) }
        }
        // depth-first, with its own stack: a chain may be as long as the block
        enum Visit { case visiting, visited }
        var visits: [String: Visit] = [:]
        for root in ids where visits[root] == nil {
            visits[root] = .visiting
            var stack: [(id: String, next: Int)] = [(root, 0)]
            while let (id, next) = stack.last {
                let list = refiners[id] ?? []
                guard next < list.count else {
                    visits[id] = .visited
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                guard let refiner = list[next] else { continue }
                switch visits[refiner] {
                case .visiting: return true
                case .visited: continue
                case nil:
                    visits[refiner] = .visiting
                    stack.append((refiner, 0))
                }
            }
        }
        return false
    }
}
