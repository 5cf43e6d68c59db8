import Diagnostics
import XMLSupport

/// What one rule looks at during the one walk of a document.
///
/// The walk (`DocumentWalk`) goes through the tree once, in document order, and calls every
/// walker that subscribes to an element's local name (or to every element). A walker is made
/// for one document and used by one thread, so it keeps whatever state it needs as plain
/// stored properties; it reports into the sink it is handed and, at the end, in `finish`.
protocol ElementWalker: AnyObject {
    /// The local names of the elements this walker wants, or nil for every element.
    var subscriptions: Set<String>? { get }
    /// Whether `leave` is called at each subscribed element's end.
    var wantsLeave: Bool { get }
    /// Whether `text` is called with every text node (of every element).
    var wantsText: Bool { get }

    /// An element's start, with the elements open around it (`ancestors.last` is its parent).
    func enter(_ element: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink)
    /// An element's end, after all of its content.
    func leave(_ element: XMLElement, into sink: inout DiagnosticSink)
    /// A text node, inside `parent`.
    func text(_ text: String, in parent: XMLElement, into sink: inout DiagnosticSink)
    /// The end of the document.
    func finish(into sink: inout DiagnosticSink)
}

extension ElementWalker {
    var subscriptions: Set<String>? { nil }
    var wantsLeave: Bool { false }
    var wantsText: Bool { false }
    func leave(_ element: XMLElement, into sink: inout DiagnosticSink) {}
    func text(_ text: String, in parent: XMLElement, into sink: inout DiagnosticSink) {}
    func finish(into sink: inout DiagnosticSink) {}
}
