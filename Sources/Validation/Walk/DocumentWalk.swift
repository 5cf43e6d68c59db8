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
    /// The (first byte, length) shapes of every subscribed name, as bits: most elements are
    /// turned away by one bit test instead of hashing their name.
    private let shapes: NameShapes
    /// Walkers that want `leave`: those of every element, and those by name.
    private let leavingEvery: [Int]
    private let leavingByName: [String: [Int]]
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
        shapes = NameShapes(named.keys)
        leavingEvery = every.filter { leaving.contains($0) }
        leavingByName = named.mapValues { $0.filter { leaving.contains($0) } }.filter { !$0.value.isEmpty }
        self.texting = texting
    }

    /// Walks `root` and everything below it, then lets every walker finish. Each walker's
    /// findings go to its own sink, in walker order, so reports do not depend on scheduling.
    func run(_ root: XMLElement, policy: SeverityPolicy) -> [DiagnosticSink] {
        var sinks = Array(repeating: DiagnosticSink(policy: policy), count: walkers.count)
        guard !walkers.isEmpty else { return sinks }
        // The open elements, root first; `next` is each one's next child to visit.
        var ancestors: [XMLElement] = [root]
        var next: [Int] = [0]
        enter(root, ancestors: ancestors[..<0], &sinks)
        while let depth = next.indices.last {
            let element = ancestors[depth]
            let index = next[depth]
            guard index < element.children.count else {
                ancestors.removeLast()
                next.removeLast()
                leave(element, &sinks)
                continue
            }
            next[depth] = index + 1
            switch element.children[index] {
            case .text(let text):
                for i in texting { walkers[i].text(text, in: element, into: &sinks[i]) }
            case .element(let child):
                enter(child, ancestors: ancestors[...], &sinks)
                ancestors.append(child)
                next.append(0)
            }
        }
        for i in walkers.indices { walkers[i].finish(into: &sinks[i]) }
        return sinks
    }

    private func enter(_ element: XMLElement, ancestors: ArraySlice<XMLElement>, _ sinks: inout [DiagnosticSink]) {
        for i in everyElement { walkers[i].enter(element, ancestors: ancestors, into: &sinks[i]) }
        if shapes.mayContain(element.localName), let named = byName[element.localName] {
            for i in named { walkers[i].enter(element, ancestors: ancestors, into: &sinks[i]) }
        }
    }

    private func leave(_ element: XMLElement, _ sinks: inout [DiagnosticSink]) {
        for i in leavingEvery { walkers[i].leave(element, into: &sinks[i]) }
        if !leavingByName.isEmpty, shapes.mayContain(element.localName), let named = leavingByName[element.localName] {
            for i in named { walkers[i].leave(element, into: &sinks[i]) }
        }
    }
}
