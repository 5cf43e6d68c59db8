import CZip

extension Archive {
    /// The libzip this process runs with, such as `1.7.3`, for `imprint --version`.
    public static var libraryVersion: String { String(cString: zip_libzip_version()) }
}
