/// A validator for the part of JSON Schema (draft 7) that docs/report.schema.json uses: `type`
/// (one or a list; `integer` is a whole number), `properties`, `required`,
/// `additionalProperties` (a boolean or a schema), `items`, `enum`, `const`, `minimum`, and
/// `$ref` to `#/definitions/NAME`. Any other keyword is refused, so the schema cannot grow a
/// keyword this validator silently ignores.
public struct SchemaValidator {
    public let root: OrderedJSON
    static let known: Set<String> = ["$schema", "$id", "title", "description", "type", "properties", "required",
                                     "additionalProperties", "items", "enum", "const", "minimum", "$ref", "definitions"]

    public init(_ schema: OrderedJSON) { root = schema }

    /// Every violation, as `path: what`; empty when the value conforms.
    public func errors(_ value: OrderedJSON) -> [String] { check(value, root, at: "$") }

    private func check(_ value: OrderedJSON, _ schema: OrderedJSON, at path: String) -> [String] {
        var out: [String] = []
        for key in schema.keys where !Self.known.contains(key) { out.append("\(path): schema keyword \(key) is not supported") }
        if case .string(let ref)? = schema["$ref"] {
            let name = ref.replacingOccurrences(of: "#/definitions/", with: "")
            guard let target = root["definitions"]?[name] else { return out + ["\(path): unknown $ref \(ref)"] }
            return out + check(value, target, at: path)
        }
        if let type = schema["type"] {
            let allowed: [String]
            switch type {
            case .string(let one): allowed = [one]
            case .array(let many): allowed = many.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
            default: allowed = []
            }
            if !allowed.contains(where: { matches(value, $0) }) {
                out.append("\(path): \(value.typeName), expected \(allowed.joined(separator: " or "))")
            }
        }
        if let constant = schema["const"], value != constant { out.append("\(path): must be \(constant)") }
        if case .array(let options)? = schema["enum"], !options.contains(value) { out.append("\(path): \(value) is not one of the allowed values") }
        if case .number(let minimum)? = schema["minimum"], case .number(let n) = value, n < minimum {
            out.append("\(path): \(n) is below \(minimum)")
        }
        if case .object(let members) = value {
            if case .array(let required)? = schema["required"] {
                for case .string(let name) in required where value[name] == nil { out.append("\(path): \(name) is required") }
            }
            for (key, member) in members {
                if let property = schema["properties"]?[key] {
                    out += check(member, property, at: path + "." + key)
                } else if let additional = schema["additionalProperties"] {
                    if additional == .bool(false) { out.append("\(path): \(key) is not allowed") }
                    else if case .object = additional { out += check(member, additional, at: path + "." + key) }
                }
            }
        }
        if case .array(let elements) = value, let items = schema["items"] {
            for (i, element) in elements.enumerated() { out += check(element, items, at: "\(path)[\(i)]") }
        }
        return out
    }

    private func matches(_ value: OrderedJSON, _ type: String) -> Bool {
        if type == "integer", case .number(let n) = value { return n == n.rounded() }
        return value.typeName == type
    }
}
