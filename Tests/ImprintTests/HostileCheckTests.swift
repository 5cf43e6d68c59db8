import Diagnostics
import Foundation
import Imprint
import OCF
import TestSupport
import XCTest

/// The checker's half of the hostile corpus (issue 10): EPUBs, packed and unpacked, built to
/// read outside the book, expand without end, nest without end, confuse the ZIP reader or
/// take quadratic time. Each is checked as `imprint check` checks a file and must end with
/// the expected message IDs and exit status, write nothing, and never show a byte of a file
/// outside the book. Where time is the attack, a scaling test compares n with 4n (never an
/// absolute time). Inputs are made here; nothing large is checked in.
final class HostileCheckTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try HostileCorpus.folder("check") }
    override func tearDownWithError() throws { if let folder { try? FileManager.default.removeItem(at: folder) } }

    // MARK: - Books

    private static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
        </container>
        """

    private static func package(doctype: String = "", title: String = "Hostile", manifest: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>\(doctype)
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" xml:lang="en" unique-identifier="uid">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="uid">urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60</dc:identifier>
            <dc:title>\(title)</dc:title>
            <dc:language>en</dc:language>
            <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
          </metadata>
          <manifest>
            <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
            <item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml"/>\(manifest)
          </manifest>
          <spine><itemref idref="c1"/></spine>
        </package>
        """
    }

    private static let nav = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
          <head><title>Contents</title></head>
          <body><nav epub:type="toc"><h1>Contents</h1><ol><li><a href="chapter.xhtml">One</a></li></ol></nav></body>
        </html>
        """

    private static func chapter(_ body: String = "<p>It was a dark night.</p>", doctype: String = "<!DOCTYPE html>",
                                declaration: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") -> String {
        """
        \(declaration)\(doctype)
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
          <head><title>One</title></head>
          <body><section id="one"><h1>One</h1>\(body)</section></body>
        </html>
        """
    }

    /// A valid EPUB 3 book; `changes` replace or add files.
    private static func book(_ changes: [String: Data] = [:]) -> [(String, Data)] {
        var files: [(String, Data)] = [("mimetype", Data("application/epub+zip".utf8)),
                                       ("META-INF/container.xml", Data(container.utf8)),
                                       ("EPUB/package.opf", Data(package().utf8)),
                                       ("EPUB/nav.xhtml", Data(nav.utf8)),
                                       ("EPUB/chapter.xhtml", Data(chapter().utf8))]
        for (path, data) in changes.sorted(by: { $0.key < $1.key }) {
            if let i = files.firstIndex(where: { $0.0 == path }) { files[i].1 = data } else { files.append((path, data)) }
        }
        return files
    }

    private static func book(_ changes: [String: String]) -> [(String, Data)] { book(changes.mapValues { Data($0.utf8) }) }

    /// A valid EPUB 2 book whose NCX is `ncx`.
    private static func epub2(ncx: String) -> [(String, Data)] {
        let opf = """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uid">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="uid">urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60</dc:identifier>
                <dc:title>Hostile</dc:title><dc:language>en</dc:language>
              </metadata>
              <manifest>
                <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
                <item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml"/>
              </manifest>
              <spine toc="ncx"><itemref idref="c1"/></spine>
            </package>
            """
        let xhtml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>One</title></head>
            <body><div id="one"><h1>One</h1><p>It was a dark night.</p></div></body></html>
            """
        return [("mimetype", "application/epub+zip"), ("META-INF/container.xml", container), ("EPUB/package.opf", opf),
                ("EPUB/toc.ncx", ncx), ("EPUB/chapter.xhtml", xhtml)].map { ($0.0, Data($0.1.utf8)) }
    }

    private static let ncx = """
        <?xml version="1.0" encoding="UTF-8"?>%DOCTYPE%
        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
          <head><meta name="dtb:uid" content="urn:uuid:8f2d7d7e-4a0b-4d7c-9a8e-1c2b3d4e5f60"/></head>
          <docTitle><text>%TITLE%</text></docTitle>
          <navMap><navPoint id="p1" playOrder="1"><navLabel><text>One</text></navLabel><content src="chapter.xhtml#one"/></navPoint></navMap>
        </ncx>
        """

    /// The same entity, declared SYSTEM (a local file) or PUBLIC (a remote one), in `root`'s document type.
    private static func entity(_ root: String, public isPublic: Bool) -> String {
        isPublic ? "\n<!DOCTYPE \(root) [<!ENTITY xxe PUBLIC \"-//Evil//ENTITIES Leak//EN\" \"http://127.0.0.1:9/evil.ent\">]>"
            : "\n<!DOCTYPE \(root) [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
    }

    private func archive(_ files: [(String, Data)], _ name: String) throws -> String {
        var publication = Publication()
        for (path, data) in files { publication.add(Publication.Entry(path: path, data: data, stored: path == "mimetype")) }
        return try HostileCorpus.write(try Archive.data(publication, date: Date(timeIntervalSince1970: 1_700_000_000)), name, in: folder)
    }

    private func unpacked(_ files: [(String, Data)], _ name: String) throws -> String {
        for (path, data) in files { try HostileCorpus.write(data, "\(name)/\(path)", in: folder) }
        return folder.appendingPathComponent(name).path
    }

    // MARK: - The verdict

    private struct Verdict {
        var ids: [String]
        var status: Int32
        var messages: String
    }

    /// Every file under `folder` with its size and modification time.
    private func snapshot() -> [String: String] {
        var found: [String: String] = [:]
        guard let walk = FileManager.default.enumerator(atPath: folder.path) else { return found }
        while let name = walk.nextObject() as? String {
            let attributes = walk.fileAttributes ?? [:]
            found[name] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? 0)"
        }
        return found
    }

    /// Checks `path` as `imprint check` does; the exit status is the one `ExitStatus.forCheck`
    /// gives. Fails the test if anything was written or a line of /etc/passwd shows.
    private func check(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> Verdict {
        let before = snapshot()
        let report = CheckRunner.run(CheckRequest(inputs: [path], jobs: 2))
        XCTAssertEqual(snapshot(), before, "checking wrote nothing", file: file, line: line)
        let diagnostics = report.allDiagnostics
        let messages = diagnostics.map { "[\($0.id)] \($0.location?.file ?? ""): \($0.message)" }.joined(separator: "\n")
        XCTAssertFalse(messages.contains("root:x:0:0") || messages.contains("/bin/bash"),
                       "nothing outside the book is read: \(messages)", file: file, line: line)
        let status: Int32 = CheckRunner.hasInputErrors(report) ? 2 : report.fails(at: .error) ? 1 : 0
        return Verdict(ids: Array(Set(diagnostics.map(\.id))).sorted(), status: status, messages: messages)
    }

    private func assertVerdict(_ path: String, _ ids: [String], status: Int32 = 1,
                               file: StaticString = #filePath, line: UInt = #line) {
        let verdict = check(path, file: file, line: line)
        XCTAssertEqual(verdict.ids, ids, verdict.messages, file: file, line: line)
        XCTAssertEqual(verdict.status, status, verdict.messages, file: file, line: line)
    }

    // MARK: - External entities, SYSTEM and PUBLIC, in every kind of XML document

    func testExternalEntitiesInThePackageDocument() throws {
        for isPublic in [false, true] {
            let opf = Self.package(doctype: Self.entity("package", public: isPublic), title: "&xxe;")
            assertVerdict(try archive(Self.book(["EPUB/package.opf": opf]), "opf-\(isPublic).epub"), ["HTM-003", "RSC-016"])
        }
    }

    func testExternalEntitiesInTheContainer() throws {
        for isPublic in [false, true] {
            let container = Self.container.replacingOccurrences(of: "?>\n<container", with: "?>" + Self.entity("container", public: isPublic) + "\n<container")
                .replacingOccurrences(of: "<rootfiles>", with: "<rootfiles>&xxe;")
            assertVerdict(try archive(Self.book(["META-INF/container.xml": container]), "container-\(isPublic).epub"), ["RSC-016"])
        }
    }

    func testExternalEntitiesInContentDocuments() throws {
        for isPublic in [false, true] {
            let xhtml = Self.chapter("<p>&xxe;</p>", doctype: Self.entity("html", public: isPublic).dropFirst().description)
            assertVerdict(try archive(Self.book(["EPUB/chapter.xhtml": xhtml]), "xhtml-\(isPublic).epub"), ["HTM-003", "RSC-016"])
        }
    }

    func testExternalEntitiesInTheNCX() throws {
        for isPublic in [false, true] {
            let ncx = Self.ncx.replacingOccurrences(of: "%DOCTYPE%", with: Self.entity("ncx", public: isPublic))
                .replacingOccurrences(of: "%TITLE%", with: "&xxe;")
            assertVerdict(try archive(Self.epub2(ncx: ncx), "ncx-\(isPublic).epub"), ["HTM-004", "NCX-006", "RSC-016"])
        }
    }

    func testExternalEntitiesInSVG() throws {
        for isPublic in [false, true] {
            let svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + Self.entity("svg", public: isPublic)
                + "\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>&xxe;</title><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>"
            let files = Self.book(["EPUB/package.opf": Self.package(manifest: "\n<item id=\"i\" href=\"i.svg\" media-type=\"image/svg+xml\"/>"),
                                   "EPUB/chapter.xhtml": Self.chapter("<p><img src=\"i.svg\" alt=\"a lamp\"/></p>"),
                                   "EPUB/i.svg": svg])
            assertVerdict(try archive(files, "svg-\(isPublic).epub"), ["HTM-003", "RSC-016"])
        }
    }

    // MARK: - Expansion, inclusion, depth, size, encodings

    func testBillionLaughsIsRefusedUnexpanded() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for i in 1...10 { entities += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
        let xhtml = Self.chapter("<p>&lol10;</p>", doctype: "<!DOCTYPE html [\(entities)]>")
        assertVerdict(try archive(Self.book(["EPUB/chapter.xhtml": xhtml]), "laughs.epub"), ["RSC-016"])
    }

    func testXIncludeIsNeverFollowed() throws {
        let body = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>"
        assertVerdict(try archive(Self.book(["EPUB/chapter.xhtml": Self.chapter(body)]), "xinclude.epub"), ["RSC-005"])
    }

    func testHundredThousandDeepNestingIsRefusedInBoundedTime() throws {
        func nested(_ depth: Int) -> String { Self.chapter(String(repeating: "<div>", count: depth) + String(repeating: "</div>", count: depth)) }
        let large = try unpacked(Self.book(["EPUB/chapter.xhtml": nested(100_000)]), "deep")
        assertVerdict(large, ["IMP-XML-002"])
        // n = 25,000 levels against 100,000 (it was 100,000 against 400,000): checking 25,000
        // levels took 65 ms here (debug, loaded machine), 100,000 216 ms, while anything
        // quadratic in the depth — each start tag looking at the open elements — is
        // 25,000² ≈ 6·10⁸ steps at n, 0.6 s even at a nanosecond each: a ratio near 15.
        let small = try unpacked(Self.book(["EPUB/chapter.xhtml": nested(25_000)]), "deep-quarter")
        Scaling.assertLinear("deep nesting", small: { _ = self.check(small) }, large: { _ = self.check(large) })
    }

    func testTwelveMegabyteTextNodeIsCheckedInLinearTime() throws {
        func text(_ megabytes: Int) -> String { Self.chapter("<p>" + String(repeating: "word ", count: megabytes << 18) + "</p>") }
        // Past 10,000,000 bytes, where libxml2 can refuse one text node ("xmlSAX2Characters:
        // huge text node", as `xmllint --noout` does on this chapter), and far under our 128 MiB
        // document limit: a book may hold such a node, and it is checked. It was 50 MB, which
        // crossed no other limit and cost 1.5 s of the suite. Unpacked: in an archive,
        // megabytes of one word are a zip bomb, refused before parsing.
        assertVerdict(try unpacked(Self.book(["EPUB/chapter.xhtml": text(12)]), "twelve"), [], status: 0)
        let small = try unpacked(Self.book(["EPUB/chapter.xhtml": text(2)]), "two")
        let large = try unpacked(Self.book(["EPUB/chapter.xhtml": text(8)]), "eight")
        Scaling.assertLinear("a text node of 2 MB", small: { _ = self.check(small) }, large: { _ = self.check(large) })
    }

    func testInvalidUTF8IsAFatalErrorOfThatDocument() throws {
        var xhtml = Data(Self.chapter("<p>caf\u{E9} @@</p>").utf8)
        xhtml.replaceSubrange(xhtml.range(of: Data("@@".utf8))!, with: [0xFF, 0xFE, 0xC3])
        assertVerdict(try archive(Self.book(["EPUB/chapter.xhtml": xhtml]), "utf8.epub"), ["RSC-016"])
    }

    func testUTF16WithoutBOMIsNotReadAsUTF8() throws {
        let declared = Self.chapter(declaration: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n")
        assertVerdict(try archive(Self.book(["EPUB/chapter.xhtml": declared.data(using: .utf16LittleEndian)!]), "utf16.epub"), ["HTM-058"])
        let bare = Self.chapter(declaration: "")
        assertVerdict(try archive(Self.book(["EPUB/chapter.xhtml": bare.data(using: .utf16LittleEndian)!]), "utf16-bare.epub"), ["RSC-016"])
    }

    // MARK: - Stylesheets built to be slow

    func testStylesheetsBuiltToBeSlowAreCheckedInLinearTime() throws {
        let shapes: [(String, (Int) -> String)] = [
            ("unclosed blocks", { String(repeating: "a{", count: $0) }),
            ("unclosed url(", { String(repeating: "b{background:url(", count: $0) }),
            ("comments in one declaration", { "p{color:" + String(repeating: "/**/red", count: $0) + "}" }),
            ("escapes in one string", { "p{content:\"" + String(repeating: "\\\"", count: $0) + "\"}" }),
            ("selectors in one rule", { (0..<$0).map { ".c\($0)" }.joined(separator: ",") + "{color:red}" }),
            ("font faces", { String(repeating: "@font-face{font-family:x;src:url(f.woff)}", count: $0) }),
        ]
        for (shape, css) in shapes {
            func book(_ n: Int, _ name: String) throws -> String {
                let files = Self.book(["EPUB/package.opf": Self.package(manifest: "\n<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>"),
                                       "EPUB/chapter.xhtml": Self.chapter().replacingOccurrences(of: "<title>One</title>", with: "<title>One</title><link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>"),
                                       "EPUB/style.css": css(n)])
                return try unpacked(files, name)
            }
            // The costliest shapes cost L ≈ 0.2 ms (font faces, a finding each) and 0.09 ms
            // (unclosed blocks) an item to check here (debug, loaded machine). A quadratic cost Q
            // per pair fails the bound when 8Qn² ≥ 4Ln (the fixed cost is a few ms): at n = 1,000
            // a rescan of the open blocks at each `{` (≈ 0.1 µs a pair) gives (4L + 16Qn)/(L + Qn)
            // ≈ 10, and comparing each font face with every earlier one (≈ 0.3 µs) ≈ 11, clearly
            // over 8 (at n = 500 they would be 8.3 and 9.1). n was 2,000 (≈ 12 and 13).
            let n = 1_000
            let small = try book(n, "\(shape)-n"), large = try book(4 * n, "\(shape)-4n")
            // The verdicts of the timed runs (each is checked in full): n and 4n agree.
            var statuses = (small: Set<Int32>(), large: Set<Int32>())
            Scaling.assertLinear("stylesheet, \(shape)", small: { statuses.small.insert(self.check(small).status) },
                                 large: { statuses.large.insert(self.check(large).status) })
            XCTAssertEqual(statuses.small.count, 1, shape)
            XCTAssertEqual(statuses.small, statuses.large, shape)
        }
    }

    // MARK: - The archive

    private func raw(_ files: [(String, Data)]) -> RawZip {
        RawZip(entries: files.map { RawZip.Entry(rawName: Array($0.0.utf8), data: Array($0.1)) })
    }

    func testLocalHeaderNameDifferingFromTheCentralDirectory() throws {
        var bytes = raw(Self.book()).bytes
        // The local header of EPUB/chapter.xhtml names a path outside the book, of the same length.
        let name = Array("EPUB/chapter.xhtml".utf8), evil = Array("../../../evil.xhtm".utf8)
        let at = (0...(bytes.count - name.count)).first { Array(bytes[$0..<($0 + name.count)]) == name }!
        XCTAssertEqual(Array(bytes[(at - 30)..<(at - 26)]), [0x50, 0x4B, 0x03, 0x04], "the first copy of the name is the local header's")
        bytes.replaceSubrange(at..<(at + name.count), with: evil)
        let path = try HostileCorpus.write(Data(bytes), "local-name.epub", in: folder)
        assertVerdict(path, ["IMP-ZIP-011", "RSC-001"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().appendingPathComponent("evil.xhtm").path))
    }

    func testNamesEqualUnderCaseFolding() throws {
        let files = Self.book() + [("EPUB/Chapter.xhtml", Data(Self.chapter().utf8))]
        assertVerdict(try HostileCorpus.write(raw(files).data, "case.epub", in: folder), ["OPF-003", "OPF-060"])
    }

    func testNamesEqualUnderUnicodeNormalisation() throws {
        let composed = "EPUB/caf\u{E9}.xhtml", decomposed = "EPUB/cafe\u{301}.xhtml"
        let files = Self.book(["EPUB/package.opf": Self.package(manifest: "\n<item id=\"c2\" href=\"caf%C3%A9.xhtml\" media-type=\"application/xhtml+xml\"/>")])
            + [(composed, Data(Self.chapter().utf8)), (decomposed, Data(Self.chapter().utf8))]
        assertVerdict(try HostileCorpus.write(raw(files).data, "nfc.epub", in: folder), ["OPF-060", "PKG-012"])
    }

    func testEncryptedEntriesAreNotRead() throws {
        var zip = raw(Self.book())
        zip.entries[4].flags = 1
        assertVerdict(try HostileCorpus.write(zip.data, "encrypted.epub", in: folder), ["IMP-ZIP-009", "RSC-001"])
    }

    func testTruncatedCentralDirectory() throws {
        let bytes = raw(Self.book()).bytes
        let records = ZipBytes(bytes: bytes).centralRecords
        // The end record is kept and still points at the directory; half the directory is gone.
        let cut = Array(bytes[..<records[2]]) + Array(bytes[(bytes.count - 22)...])
        assertVerdict(try HostileCorpus.write(Data(cut), "truncated.epub", in: folder), ["PKG-008"])
    }

    func testEmptyFileAndNonZipNamedEPUB() throws {
        assertVerdict(try HostileCorpus.write(Data(), "empty.epub", in: folder), ["PKG-003", "PKG-008"])
        assertVerdict(try HostileCorpus.write(Data(Self.nav.utf8), "page.epub", in: folder), ["PKG-004", "PKG-008"])
    }

    // MARK: - Unpacked folders

    func testLinksOutOfAnUnpackedBookAreNotFollowed() throws {
        let book = try unpacked(Self.book(), "linked")
        let secret = try HostileCorpus.write("root:x:0:0:root:/root:/bin/bash\n", "secret.xhtml", in: folder)
        try FileManager.default.removeItem(atPath: book + "/EPUB/chapter.xhtml")
        try FileManager.default.createSymbolicLink(atPath: book + "/EPUB/chapter.xhtml", withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(atPath: book + "/EPUB/passwd.xhtml", withDestinationPath: "/etc/passwd")
        assertVerdict(book, ["IMP-ZIP-012", "RSC-001"])
    }

    func testFolderLoopsInAnUnpackedBookEnd() throws {
        let book = try unpacked(Self.book(), "looped")
        try FileManager.default.createSymbolicLink(atPath: book + "/EPUB/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: book + "/META-INF/self", withDestinationPath: book + "/META-INF")
        // Links to folders are not followed, so a loop is never entered; the book is valid.
        assertVerdict(book, [], status: 0)
    }
}
