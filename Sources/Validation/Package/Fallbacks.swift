/// Manifest fallback chains (`item@fallback`), followed safely: cycles end the walk.
enum Fallbacks {
    /// The items reached from `item` by following `fallback`, not including `item` itself.
    static func chain(from item: ManifestItem, in context: CheckContext) -> [ManifestItem] {
        var result: [ManifestItem] = []
        var visited: Set<String> = [item.id]
        var next = item.fallback
        while let id = next, let target = context.item(withID: id), visited.insert(id).inserted {
            result.append(target)
            next = target.fallback
        }
        return result
    }

    /// Whether the chain starting at `item` (inclusive) reaches a core media type resource.
    static func reachesCore(_ item: ManifestItem, in context: CheckContext, where accept: (String) -> Bool = MediaType.isCore) -> Bool {
        if accept(item.mediaType) { return true }
        return chain(from: item, in: context).contains { accept($0.mediaType) }
    }
}
