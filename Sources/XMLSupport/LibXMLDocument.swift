import CLibXML2

/// Owns a libxml2 document for the length of one parse-convert-validate pass.
final class LibXMLDocument {
    let pointer: xmlDocPtr

    init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}
