import ArgumentParser

public struct ImprintCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "imprint",
        abstract: "Build valid, accessible EPUB 3 books from manuscripts, and check any EPUB.")
    public init() {}
}
