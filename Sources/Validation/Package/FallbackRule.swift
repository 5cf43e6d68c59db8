import Diagnostics

/// `item@fallback` names an existing item (OPF-040) and fallback chains do not loop (OPF-045);
/// EPUB 2's `fallback-style` names an existing item (OPF-041).
struct FallbackRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf040, .opf041, .opf045]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for item in context.manifest {
            let location = context.location(context.packagePath, line: item.line, column: item.column)
            if context.isEPUB2, let style = item.fallbackStyle, context.item(withID: style.trimmed) == nil {
                sink.emit(.opf041, ["\(style)", "\(item.id)"], at: location,
                          suggestion: "Point fallback-style at the id of a style sheet item.")
            }
            guard let fallback = item.fallback else { continue }
            guard context.item(withID: fallback) != nil else {
                sink.emit(.opf040, ["\(fallback)", "\(item.id)"], at: location,
                          suggestion: "Point fallback at the id of another manifest item.")
                continue
            }
            var visited: Set<String> = [item.id]
            var next: String? = fallback
            while let id = next, let target = context.item(withID: id) {
                if !visited.insert(id).inserted {
                    sink.emit(.opf045, ["\(item.id)"], at: location,
                              suggestion: "Make the fallback chain end in an item without a fallback attribute.")
                    break
                }
                next = target.fallback
            }
        }
    }
}
