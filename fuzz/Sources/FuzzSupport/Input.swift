import Foundation

/// libFuzzer's input as `Data` (copied: the buffer is only lent for the call).
public func fuzzInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
    guard let bytes, count > 0 else { return Data() }
    return Data(bytes: bytes, count: count)
}
