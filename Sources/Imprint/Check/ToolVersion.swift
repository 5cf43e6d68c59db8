/// Imprint's version, written into every report (`checker.version` in JSON, the SARIF driver)
/// and printed by `imprint --version`. One constant, so the binary and the library agree.
public enum ToolVersion {
    public static let current = "0.1.0"
}
