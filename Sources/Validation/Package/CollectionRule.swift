import Diagnostics
import Foundation

/// Package `collection` elements, whatever profile is asked for (EPUBCheck checks them in
/// every EPUB 3 package): a custom role written as an absolute URL must parse (OPF-070);
/// index collections link only to XHTML documents (OPF-071); a dictionary collection names one
/// Search Key Map and otherwise XHTML documents, all of them manifest items (OPF-081 to
/// OPF-084).
struct CollectionRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf070, .opf071, .opf081, .opf082, .opf083, .opf084]
    var versions: EPUBVersions { .epub3 }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        var all = context.package.collections
        var index = 0
        while index < all.count {
            all += all[index].children
            index += 1
        }
        for collection in all {
            for role in collection.role.splitTokens() where ContainerURL.scheme(of: role) != nil && URL(string: role) == nil {
                sink.emit(.opf070, ["\(role)"],
                          at: context.location(context.packagePath, line: collection.line, column: collection.column),
                          suggestion: "Write the role as a valid absolute URL, or use a role EPUB defines.")
                break
            }
        }
        for collection in context.package.collections {
            let roles = collection.role.splitTokens()
            if roles.contains("dictionary") { checkDictionary(collection, context, &sink) }
            if roles.contains("index") || roles.contains("index-group") { checkIndex(collection, context, &sink) }
        }
    }

    private func checkIndex(_ collection: PackageCollection, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        let roles = collection.role.splitTokens()
        guard roles.contains("index") || roles.contains("index-group") else { return }
        for link in collection.links where context.item(atPath: link.url.path)?.essence != MediaType.xhtml {
            sink.emit(.opf071, ["\(link.href)"],
                      at: context.packageLocation, suggestion: "Link the index collection to the XHTML documents that hold the index.")
        }
        for child in collection.children { checkIndex(child, context, &sink) }
    }

    private func checkDictionary(_ collection: PackageCollection, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        var searchKeyMaps = 0
        for link in collection.links {
            guard let item = context.item(atPath: link.url.path) else {
                sink.emit(.opf081, ["\(link.url.path)"],
                          at: context.packageLocation, suggestion: "Declare the resource in the manifest or fix the link.")
                continue
            }
            if item.mediaType == MediaType.searchKeyMap {
                searchKeyMaps += 1
                if searchKeyMaps > 1 {
                    sink.emit(.opf082, [],
                              at: context.packageLocation, suggestion: "Give each dictionary collection one Search Key Map.")
                }
            } else if item.mediaType != MediaType.xhtml {
                sink.emit(.opf084, ["\(link.url.path)", "\(item.mediaType)"],
                          at: context.packageLocation, suggestion: "Link only the Search Key Map and the dictionary's XHTML documents.")
            }
        }
        if searchKeyMaps == 0 {
            sink.emit(.opf083, [],
                      at: context.packageLocation, suggestion: "Add a link to the dictionary's Search Key Map.")
        }
    }
}
