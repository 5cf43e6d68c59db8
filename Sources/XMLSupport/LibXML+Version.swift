import CLibXML2

extension XMLParser {
    /// The libxml2 this process runs with (not the headers it was built against), such as
    /// `2.9.14`: what `imprint --version` reports, since the library is the system's.
    public static var libraryVersion: String {
        guard let pointer = __xmlParserVersion()?.pointee else { return "unknown" }
        let digits = String(cString: pointer) // "20914": major, two-digit minor, two-digit patch
        guard let n = Int(digits.prefix { $0.isNumber }) else { return digits }
        return "\(n / 10000).\(n / 100 % 100).\(n % 100)"
    }
}
