import Diagnostics
import XMLSupport

/// The one walk of a document: every walker's elements, in document order, in one pass.
///
/// Modelled on swift-docc's composite checker: rules do not walk trees, they subscribe to
/// local names and are called when the walk reaches one. The walk is iterative (an explicit
/// stack of open elements), so input nesting never reaches the call stack, and dispatch costs
/// one dictionary lookup per element, whatever the number of rules.
struct DocumentWalk {
    private let walkers: [any ElementWalker]
    /// Walkers that want every element, and those that want some names, by name.
    private let everyElement: [Int]
    private let byName: [String: [Int]]
    private let leaving: Set<Int>
    private let texting: [Int]

    init(_ walkers: [any ElementWalker]) {
        self.walkers = walkers
        var every: [Int] = [], named: [String: [Int]] = [:], leaving: Set<Int> = [], texting: [Int] = []
        for (i, walker) in walkers.enumerated() {
            if let names = walker.subscriptions {
                for name in names { named[name, default: []].append(i) }
            } else {
                every.append(i)
            }
            if walker.wantsLeave { leaving.insert(i) }
            if walker.wantsText { texting.append(i) }
        }
        everyElement = every
        byName = named
        self.leaving = leaving
        self.texting = texting
    }

    /// Walks `root` and everything below it, then lets every walker finish. Each walker's
    /// findings go to its own sink, in walker order, so reports do not depend on scheduling.
    func run(_ root: XMLElement, policy: SeverityPolicy) -> [DiagnosticSink] {
        var sinks = Array(repeating: DiagnosticSink(policy: policy), count: walkers.count)
        guard !walkers.isEmpty else { return sinks }
        var ancestors: [XMLElement] = []
        // Each frame: an element and the index of its next child.
        var stack: [(element: XMLElement, next: Int)] = [(root, 0)]
        enter(root, ancestors: ancestors[...], &sinks)
        ancestors.append(root)
        while !stack.isEmpty {
            let top = stack.count - 1
            let (element, next) = stack[top]
            let children = element.children
            guard next < children.count else {
                stack.removeLast()
                ancestors.removeLast()
                leave(element, &sinks)
                continue
            }
            stack[top].next = next + 1
            switch children[next] {
            case .text(let text):
                for i in texting { walkers[i].text(text, in: element, into: &sinks[i]) }
            case .element(let child):
                enter(child, ancestors: ancestors[...], &sinks)
                ancestors.append(child)
                stack.append((child, 0))
            }
        }
        for i in walkers.indices { walkers[i].finish(into: &sinks[i]) }
        return sinks
    }

    private func enter(_ element: XMLElement, ancestors: ArraySlice<XMLElement>, _ sinks: inout [DiagnosticSink]) {
        for i in everyElement { walkers[i].enter(element, ancestors: ancestors, into: &sinks[i]) }
        if let named = byName[element.localName] {
            for i in named { walkers[i].enter(element, ancestors: ancestors, into: &sinks[i]) }
        }
    }

    private func leave(_ element: XMLElement, _ sinks: inout [DiagnosticSink]) {
        guard !leaving.isEmpty else { return }
        for i in everyElement where leaving.contains(i) { walkers[i].leave(element, into: &sinks[i]) }
        if let named = byName[element.localName] {
            for i in named where leaving.contains(i) { walkers[i].leave(element, into: &sinks[i]) }
        }
    }
}
