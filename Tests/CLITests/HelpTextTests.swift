import ArgumentParser
import XCTest
@testable import CLI

/// Help is read by people: no source-code line continuations may show through.
final class HelpTextTests: XCTestCase {
    func testNoCommandsHelpShowsALiteralLineContinuation() {
        let commands: [ParsableCommand.Type] = [ImprintCommand.self, BuildCommand.self, CheckCommand.self,
                                                OutlineCommand.self, MessagesCommand.self]
        for command in commands {
            let help = command.helpMessage(columns: 100)
            XCTAssertFalse(help.contains("\\\n") || help.contains("\\ "), "\(command): \(help)")
        }
    }
}
