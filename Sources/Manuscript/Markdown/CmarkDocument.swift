import CCmarkGFM
import Synchronization

/// A cmark-gfm parse tree, owned: parsed with the GFM extensions Imprint uses (table,
/// strikethrough, autolink, tagfilter, tasklist) and footnotes, freed in `deinit`.
///
/// cmark-gfm is used as the parser only (its HTML renderer is not XML); `MarkdownConverter`
/// walks this tree into the book model. This file and the converter are the only places that
/// see cmark types, and nothing here leaves the module.
final class CmarkDocument {
    let root: OpaquePointer

    /// Parses `text`; `smart` turns on cmark's smart punctuation (curly quotes, dashes, ellipses).
    init?(_ text: String, smart: Bool, footnotes: Bool = true) {
        _ = Self.extensionsRegistered
        guard let root = Self.parsing.withLock({ _ in Self.parse(text, smart: smart, footnotes: footnotes) }) else { return nil }
        self.root = root
    }

    /// cmark-gfm keeps the characters that start inline syntax in one table for the whole
    /// process: attaching an extension to a parser adds its characters (strikethrough's `~`),
    /// and freeing the parser takes them out again, whatever other parser is running. Two
    /// books parsed side by side could therefore lose `~` in the middle of one parse, and
    /// `~~fog~~` came out once struck and once as `~` + subscript + `~` (seen in a loaded
    /// test run). One parse at a time, from a parser's making to its freeing; the trees it
    /// leaves are independent and walked outside the lock.
    private static let parsing = Mutex<Void>(())

    private static func parse(_ text: String, smart: Bool, footnotes: Bool) -> OpaquePointer? {
        // Strikethrough needs two tildes, as in pandoc, so `H~2~O` stays a subscript.
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        if smart { options |= CMARK_OPT_SMART }
        if footnotes { options |= CMARK_OPT_FOOTNOTES }
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        // `tasklist`: GitHub's and pandoc's `- [x] done` items.
        for name in ["table", "strikethrough", "autolink", "tagfilter", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                cmark_parser_feed(parser, chars, buffer.count)
            }
        }
        return cmark_parser_finish(parser)
    }

    deinit { cmark_node_free(root) }

    /// cmark-gfm registers its extensions into a global list behind a plain flag, so two
    /// threads parsing their first document at once could both register; a static let runs
    /// it exactly once. After that, parsers only read the list.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()
}

/// Read-only accessors over one cmark node; valid while its `CmarkDocument` lives.
struct CmarkNode {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    /// The type name; extension nodes (table, table_row, table_cell, strikethrough) are known
    /// only by name, because their numeric types are assigned when the extension registers.
    var typeName: String { cmark_node_get_type_string(pointer).map { String(cString: $0) } ?? "" }
    var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }
    var next: CmarkNode? { cmark_node_next(pointer).map(CmarkNode.init) }
    var children: [CmarkNode] {
        var out: [CmarkNode] = []
        var c = firstChild
        while let n = c { out.append(n); c = n.next }
        return out
    }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var previous: CmarkNode? { cmark_node_previous(pointer).map(CmarkNode.init) }
    var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init) }

    /// The line the node starts on, also for nodes the GFM autolink extension makes from text
    /// (`https://…`, `name@host`), which carry no position: the line of the nearest earlier
    /// sibling that has one, plus the line breaks between, else the parent's.
    var sourceLine: Int {
        if startLine > 0 { return startLine }
        var breaks = 0
        var node = previous
        while let n = node {
            if n.startLine > 0 { return n.startLine + breaks }
            if n.type == CMARK_NODE_SOFTBREAK || n.type == CMARK_NODE_LINEBREAK { breaks += 1 }
            node = n.previous
        }
        return parent?.sourceLine ?? 0
    }

    /// Table helpers from the extensions library.
    var tableAlignments: [UInt8] {
        let n = Int(cmark_gfm_extensions_get_table_columns(pointer))
        guard n > 0, let p = cmark_gfm_extensions_get_table_alignments(pointer) else { return [] }
        return (0..<n).map { p[$0] }
    }
    var isTableHeaderRow: Bool { cmark_gfm_extensions_get_table_row_is_header(pointer) != 0 }
    /// Whether a list item is a task (`- [ ]`, `- [x]`): the tasklist extension renames it.
    var isTaskItem: Bool { typeName == "tasklist" }
    var isTaskChecked: Bool { cmark_gfm_extensions_get_tasklist_item_checked(pointer) }
    /// Whether a code block was fenced (``` or ~~~) rather than indented.
    var isFenced: Bool {
        // The out-parameters are written unconditionally: they must point somewhere.
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(pointer, &length, &offset, &character) != 0
    }
}
