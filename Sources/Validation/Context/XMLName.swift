/// XML names (Namespaces in XML's NCName), for attributes typed `ID` in XHTML 1.1 and the NCX.
enum XMLName {
    static func isNCName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, isStart(first) else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { isStart($0) || isPart($0) }
    }

    private static func isStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic && !(c.value >= 0x30 && c.value <= 0x39)
    }

    private static func isPart(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "." || c == "\u{B7}" || (c.value >= 0x30 && c.value <= 0x39) || c.properties.numericType != nil
            || c.properties.generalCategory == .nonspacingMark || c.properties.generalCategory == .spacingMark
            || c.properties.generalCategory == .connectorPunctuation
    }
}
