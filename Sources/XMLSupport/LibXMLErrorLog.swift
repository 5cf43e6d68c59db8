import CLibXML2

/// Collects libxml2's structured errors during one parse, validation or compilation.
///
/// libxml2 reports through a C callback that cannot capture; the log travels as the
/// callback's context pointer. The handler is per thread (`xmlSetStructuredErrorFunc`), set
/// around each call and reset after it, so parallel checks never see each other's errors.
final class LibXMLErrorLog {
    struct Entry {
        var domain: Int32
        var code: Int32
        var level: xmlErrorLevel
        var message: String
        var line: Int
        var column: Int
        /// The error's extra strings (names and values the message quotes).
        var str1: String?
        var str2: String?
        /// The line of the element the error is about (schema validation).
        var nodeLine: Int?
        var nodeName: String?
        /// Identities (never dereferenced after the call) of the element and its parent, to
        /// relate one error to another while the document is alive.
        var node: UnsafeMutableRawPointer?
        var parent: UnsafeMutableRawPointer?
    }

    private(set) var entries: [Entry] = []
    /// Entries past this many are counted, not kept: a broken document can raise thousands.
    let capacity = 1000
    private(set) var dropped = 0

    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    func record(_ error: xmlError) {
        guard entries.count < capacity else { dropped += 1; return }
        var entry = Entry(domain: error.domain, code: error.code, level: error.level,
                          message: error.message.map { String(cString: $0) } ?? "",
                          line: Int(error.line), column: Int(error.int2),
                          str1: error.str1.map { String(cString: $0) }, str2: error.str2.map { String(cString: $0) })
        if let raw = error.node {
            let node = raw.assumingMemoryBound(to: xmlNode.self)
            if node.pointee.type == XML_ELEMENT_NODE {
                entry.nodeLine = Int(xmlGetLineNo(node))
                entry.nodeName = node.pointee.name.map { String(cString: $0) }
                entry.node = raw
                entry.parent = node.pointee.parent.map { UnsafeMutableRawPointer($0) }
            }
        }
        entries.append(entry)
    }

    /// Runs `body` with this log receiving the thread's libxml2 errors.
    func capture<T>(_ body: () throws -> T) rethrows -> T {
        xmlSetStructuredErrorFunc(context, structuredErrorHandler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }
}

/// The C entry point for libxml2's errors; forwards to the log in the context pointer.
let structuredErrorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<LibXMLErrorLog>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
}
