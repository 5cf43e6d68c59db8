import CLibXML2

/// Reads the `<!DOCTYPE>` and the entity declarations of its internal subset.
enum DoctypeReader {
    static func read(_ document: xmlDocPtr) -> XMLDoctype? {
        guard let dtd = document.pointee.intSubset else { return nil }
        var entities: [XMLEntityDeclaration] = []
        var hasDeclarations = false
        var node = dtd.pointee.children
        while let n = node {
            hasDeclarations = true
            if n.pointee.type == XML_ENTITY_DECL {
                let entity = UnsafeMutableRawPointer(n).assumingMemoryBound(to: xmlEntity.self).pointee
                let kind = entity.etype
                entities.append(XMLEntityDeclaration(
                    name: string(entity.name) ?? "",
                    isExternal: kind == XML_EXTERNAL_GENERAL_PARSED_ENTITY || kind == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY
                        || kind == XML_EXTERNAL_PARAMETER_ENTITY,
                    isParameter: kind == XML_INTERNAL_PARAMETER_ENTITY || kind == XML_EXTERNAL_PARAMETER_ENTITY,
                    isUnparsed: kind == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY,
                    publicID: string(entity.ExternalID), systemID: string(entity.SystemID)))
            }
            node = n.pointee.next
        }
        return XMLDoctype(name: string(dtd.pointee.name) ?? "", publicID: string(dtd.pointee.ExternalID),
                          systemID: string(dtd.pointee.SystemID), hasInternalSubset: hasDeclarations, entities: entities)
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String? { p.map { String(cString: $0) } }
}
