import Foundation

/// JSON parsed with its objects' keys in written order (JSONSerialization loses the order), for
/// tests that compare a report's key order with EPUBCheck's or check it against a schema.
public indirect enum OrderedJSON: Equatable, Sendable {
    case object([(String, OrderedJSON)])
    case array([OrderedJSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public static func == (a: OrderedJSON, b: OrderedJSON) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.array(x), .array(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }

    public struct ParseError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func parse(_ text: String) throws -> OrderedJSON {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        let value = try parser.value()
        parser.skipSpace()
        guard parser.at == parser.scalars.count else { throw ParseError(description: "trailing text at \(parser.at)") }
        return value
    }

    public subscript(key: String) -> OrderedJSON? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    public var keys: [String] {
        if case .object(let members) = self { return members.map(\.0) }
        return []
    }

    /// "object", "array", "string", "number", "integer" (a whole number), "boolean" or "null".
    public var typeName: String {
        switch self {
        case .object: return "object"
        case .array: return "array"
        case .string: return "string"
        case .number: return "number"
        case .bool: return "boolean"
        case .null: return "null"
        }
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var at = 0

        mutating func skipSpace() {
            while at < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[at]) { at += 1 }
        }

        mutating func expect(_ s: Unicode.Scalar) throws {
            skipSpace()
            guard at < scalars.count, scalars[at] == s else { throw ParseError(description: "expected \(s) at \(at)") }
            at += 1
        }

        mutating func value() throws -> OrderedJSON {
            skipSpace()
            guard at < scalars.count else { throw ParseError(description: "unexpected end") }
            switch scalars[at] {
            case "{":
                at += 1
                var members: [(String, OrderedJSON)] = []
                skipSpace()
                if scalars[at] == "}" { at += 1; return .object(members) }
                repeat {
                    skipSpace()
                    let key = try string()
                    try expect(":")
                    members.append((key, try value()))
                    skipSpace()
                    at += 1
                } while scalars[at - 1] == ","
                guard scalars[at - 1] == "}" else { throw ParseError(description: "expected } at \(at)") }
                return .object(members)
            case "[":
                at += 1
                var items: [OrderedJSON] = []
                skipSpace()
                if scalars[at] == "]" { at += 1; return .array(items) }
                repeat {
                    items.append(try value())
                    skipSpace()
                    at += 1
                } while scalars[at - 1] == ","
                guard scalars[at - 1] == "]" else { throw ParseError(description: "expected ] at \(at)") }
                return .array(items)
            case "\"": return .string(try string())
            case "t": at += 4; return .bool(true)
            case "f": at += 5; return .bool(false)
            case "n": at += 4; return .null
            default:
                let start = at
                while at < scalars.count, "-+.eE0123456789".unicodeScalars.contains(scalars[at]) { at += 1 }
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[start..<at])
                guard let number = Double(text) else { throw ParseError(description: "bad number at \(start)") }
                return .number(number)
            }
        }

        mutating func string() throws -> String {
            guard scalars[at] == "\"" else { throw ParseError(description: "expected string at \(at)") }
            at += 1
            var out = ""
            while scalars[at] != "\"" {
                if scalars[at] == "\\" {
                    at += 1
                    switch scalars[at] {
                    case "n": out += "\n"
                    case "t": out += "\t"
                    case "r": out += "\r"
                    case "b": out += "\u{08}"
                    case "f": out += "\u{0C}"
                    case "u":
                        let hex = String(String.UnicodeScalarView(scalars[(at + 1)...(at + 4)]))
                        out.unicodeScalars.append(Unicode.Scalar(UInt32(hex, radix: 16) ?? 0xFFFD) ?? "\u{FFFD}")
                        at += 4
                    default: out.unicodeScalars.append(scalars[at])
                    }
                } else {
                    out.unicodeScalars.append(scalars[at])
                }
                at += 1
            }
            at += 1
            return out
        }
    }
}
