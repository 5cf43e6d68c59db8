import BookModel
import Diagnostics
import Foundation
import Yams

/// Language, date, subjects, series position, direction, `ibooks` and accessibility overrides.
extension MetadataWalker {
    mutating func readLanguage(_ node: Node, _ key: String) {
        guard let t = text(node, key) else { return }
        guard let tag = LanguageTag.normalize(t) else {
            invalid(node, "'\(t)' is not a BCP 47 language tag", suggestion: "Write a tag such as en, en-GB, fr, de, ar or zh-Hant.")
            return
        }
        document.fields.language = tag
    }

    mutating func readDate(_ node: Node, _ key: String) {
        guard let t = text(node, key) else { return }
        guard let date = PublicationDate.normalize(t) else {
            invalid(node, "'\(t)' is not a date Imprint understands",
                    suggestion: "Write the date as YYYY-MM-DD (only the year is necessary), for example 2024-05-17.")
            return
        }
        document.fields.date = date
    }

    /// pandoc: text, `{text, authority, term}`, or a list of those. An authority and term
    /// (BISAC `FIC000000`) are written with the subject; one without the other is reported.
    mutating func readSubjects(_ node: Node, _ key: String) {
        let items: [Node]
        if case .sequence(let seq) = node { items = Array(seq) } else { items = [node] }
        var out: [String] = []
        var codes: [String: SubjectCode] = [:]
        for item in items where !isUnset(item) {
            if case .mapping(let m) = item {
                var value: String?, authority: String?, term: String?
                for (k, v) in m {
                    switch k.string?.lowercased() ?? "" {
                    case "text": value = text(v, "subject.text")
                    case "authority": authority = text(v, "subject.authority")
                    case "term": term = text(v, "subject.term")
                    default:
                        sink.emit(.metadataUnknownKey, ["unknown key '\(k.string ?? "")' in a 'subject' entry"], at: location(k),
                                  suggestion: "A subject entry has 'text', 'authority' and 'term'.")
                    }
                }
                guard let value else {
                    invalid(item, "a 'subject' entry has no 'text'")
                    continue
                }
                out.append(value)
                switch (authority, term) {
                case let (authority?, term?): codes[value] = SubjectCode(authority: authority, term: term)
                case (nil, nil): break
                default:
                    invalid(item, "the subject '\(value)' has \(authority == nil ? "a 'term' but no 'authority'" : "an 'authority' but no 'term'")",
                            suggestion: "Give both, as in {text: Fiction, authority: BISAC, term: FIC000000}, or neither.")
                }
            } else if let t = text(item, key) {
                out.append(t)
            }
        }
        document.fields.subjects = out
        document.fields.subjectCodes = codes
    }

    mutating func readGroupPosition(_ node: Node, _ key: String) {
        guard let t = text(node, key) else { return }
        guard Double(t) != nil else {
            invalid(node, "'\(key)' must be a number (the book's place in its series), not '\(t)'",
                    suggestion: "Write '\(key): 2' for the second book.")
            return
        }
        document.fields.seriesPosition = t
    }

    mutating func direction(_ node: Node, _ key: String, allowDefault: Bool) -> TextDirection? {
        guard let t = text(node, key)?.lowercased() else { return nil }
        if allowDefault && t == "default" { return nil }
        if let d = TextDirection(rawValue: t), allowDefault ? d != .auto : true { return d }
        invalid(node, "'\(key)' must be " + (allowDefault ? "ltr, rtl or default" : "ltr, rtl or auto") + ", not '\(t)'")
        return nil
    }

    /// pandoc's `ibooks:` mapping → `ibooks:` meta properties.
    mutating func readIBooks(_ node: Node) {
        guard case .mapping(let m) = node else {
            invalid(node, "'ibooks' must be a mapping (version, specified-fonts, binding, …)")
            return
        }
        let allowed: [String: Set<String>?] = [
            "version": nil, "specified-fonts": ["true", "false"], "binding": ["true", "false"],
            "ipad-orientation-lock": ["portrait-only", "landscape-only"],
            "iphone-orientation-lock": ["portrait-only", "landscape-only"],
            "scroll-axis": ["vertical", "horizontal", "default"],
        ]
        for (k, v) in m {
            let name = k.string?.lowercased() ?? ""
            guard let values = allowed[name] else {
                sink.emit(.metadataUnknownKey, ["unknown key '\(k.string ?? "")' in 'ibooks'"], at: location(k),
                          suggestion: "Use version, specified-fonts, binding, ipad-orientation-lock, iphone-orientation-lock or scroll-axis.")
                continue
            }
            guard let value = text(v, "ibooks.\(name)") else { continue }
            if let values, !values.contains(value.lowercased()) {
                invalid(v, "'ibooks.\(name)' must be one of " + values.sorted().joined(separator: ", "))
                continue
            }
            document.fields.extraProperties["ibooks:\(name)"] = value
        }
    }

    static let accessModes: Set<String> = ["auditory", "chartOnVisual", "chemOnVisual", "colorDependent",
                                           "diagramOnVisual", "mathOnVisual", "musicOnVisual", "tactile",
                                           "textOnVisual", "textual", "visual"]
    static let hazards: Set<String> = ["flashing", "motionSimulation", "sound", "none", "unknown",
                                       "noFlashingHazard", "noMotionSimulationHazard", "noSoundHazard",
                                       "unknownFlashingHazard", "unknownMotionSimulationHazard", "unknownSoundHazard"]

    /// Imprint's accessibility keys (kebab-case), also accepted in schema.org spelling.
    mutating func readAccessibility(_ key: String, _ node: Node) {
        var a = document.fields.accessibility
        switch key {
        case "accessibility-summary", "accessibilitysummary":
            a.summary = text(node, key)
        case "access-modes", "accessmode", "accessmodes":
            a.accessModes = checked(texts(node, key), Self.accessModes, node, key)
        case "access-mode-sufficient", "accessmodesufficient":
            // Each entry is one sufficient combination, written "textual" or "textual, visual".
            a.accessModesSufficient = texts(node, key)?.map {
                $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ",")
            }
            for combo in a.accessModesSufficient ?? [] {
                _ = checked(combo.split(separator: ",").map(String.init), Self.accessModes, node, key)
            }
        case "accessibility-features", "accessibilityfeature", "accessibilityfeatures":
            a.features = texts(node, key)
        case "accessibility-hazards", "accessibilityhazard", "accessibilityhazards":
            a.hazards = checked(texts(node, key), Self.hazards, node, key)
        default:
            readConformance(key, node)
            return
        }
        document.fields.accessibility = a
    }

    private mutating func checked(_ values: [String]?, _ allowed: Set<String>, _ node: Node, _ key: String) -> [String]? {
        guard let values else { return nil }
        let bad = values.filter { !allowed.contains($0) }
        if !bad.isEmpty {
            invalid(node, "'\(key)': " + bad.map { "'\($0)'" }.joined(separator: ", ") + " not a schema.org value",
                    suggestion: "Use " + allowed.sorted().joined(separator: ", ") + ".")
            return nil
        }
        return values
    }
}
