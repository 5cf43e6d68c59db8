/// A set of element or attribute names that answers "no" cheaply.
///
/// Rules ask, for every element and attribute, whether its name is one of a few they care
/// about; the answer is nearly always no. A bitmap of the names' (first byte, length) shapes
/// turns most of those away with one bit test, before the set has to hash the name.
struct NameSet: ExpressibleByArrayLiteral, Sendable {
    let names: Set<String>
    let shapes: NameShapes

    init(_ names: some Sequence<String>) {
        self.names = Set(names)
        shapes = NameShapes(self.names)
    }

    init(arrayLiteral names: String...) { self.init(names) }

    func contains(_ name: String) -> Bool { shapes.mayContain(name) && names.contains(name) }
}

/// A set of names as a bitmap of their first byte and length (up to 63): a cheap filter before
/// a dictionary lookup.
struct NameShapes: Sendable {
    private var bits = [UInt64](repeating: 0, count: 256)

    init(_ names: some Sequence<String>) {
        for name in names {
            let (first, length) = Self.shape(name)
            bits[Int(first)] |= 1 << UInt64(length)
        }
    }

    func mayContain(_ name: String) -> Bool {
        let (first, length) = Self.shape(name)
        return bits[Int(first)] & (1 << UInt64(length)) != 0
    }

    private static func shape(_ name: String) -> (UInt8, Int) {
        let utf8 = name.utf8
        return (utf8.first ?? 0, min(utf8.count, 63))
    }
}
