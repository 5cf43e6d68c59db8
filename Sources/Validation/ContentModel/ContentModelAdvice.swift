import XMLSupport

/// The suggestion attached to each content-model error: what to do about it, in the terms
/// of the element at hand (the message itself lists what the schema expects, as EPUBCheck does).
enum ContentModelAdvice {
    /// A few phrasing elements, for advice that should not list all sixty of them.
    private static let phrasingExamples = "text and elements such as \"span\", \"em\", \"a\" or \"img\""

    static func unknown(_ child: XMLElement) -> String {
        if child.namespaceKind == .epub {
            return "The EPUB namespace defines only the elements epub:switch, epub:case, epub:default and epub:trigger; "
                + "use an HTML element with an epub:type attribute instead."
        }
        return "\"\(child.localName)\" is not an HTML element: use one that is (a \"span\" or \"div\" with a class, for example), "
            + "or put the element in a namespace of its own."
    }

    static func foreign(_ child: XMLElement, in parent: XMLElement) -> String {
        "\"\(parent.qualifiedName)\" does not accept elements of other namespaces here: move the \"\(child.qualifiedName)\" "
            + "into an element that does, such as a \"div\" or \"span\"."
    }

    static func otherNamespace(_ child: XMLElement) -> String {
        "XHTML content documents hold elements of XHTML, SVG, MathML and EPUB's namespace only: remove the \"\(child.qualifiedName)\" "
            + "(\(child.namespace.map { "namespace \"\($0)\"" } ?? "no namespace")) or write its content in XHTML."
    }

    static func misplaced(_ rule: ElementRule, in parent: XMLElement, model: ContentModel) -> String {
        let name = parent.qualifiedName
        switch model {
        case .empty:
            return "\"\(name)\" is a void element and takes no content: move the \"\(rule.name)\" out of it."
        case .text:
            return "\"\(name)\" holds text only: remove the markup inside it."
        case .phrasing, .summary, .datalist, .ruby, .rubyTextContainer:
            if rule.isFlowOnly {
                return "\"\(name)\" accepts phrasing content only (\(phrasingExamples)): move the \"\(rule.name)\" out of it, "
                    + "or use a phrasing element instead."
            }
        default:
            break
        }
        if rule.asFlow == nil, rule.asPhrasing == nil, rule.asHead != nil {
            return "\"\(rule.name)\" belongs in the document's head: move it there."
        }
        if rule.asFlow == nil, rule.asPhrasing == nil, rule.asHead == nil, !rule.slots.isEmpty {
            let homes = Set(rule.slots.map(\.parent)).flatMap(ContentExpectation.parents(holding:))
            let list = ContentExpectation.joined(Array(Set(homes)).sorted().map { "\"\($0)\"" })
            return "\"\(rule.name)\" belongs directly inside \(list): move it there, or use another element here."
        }
        if let children = ContentExpectation.elementList(ContentExpectation.elements(admittedBy: model)),
           !model.allowsText, !model.allowsForeign {
            return "\"\(name)\" accepts only \(children) as children: wrap the content in one of them, or move it out."
        }
        return "Remove the element or move it to where HTML allows it."
    }

    static func text(in parent: XMLElement, model: ContentModel) -> String {
        let name = parent.qualifiedName
        switch model {
        case .empty:
            return "\"\(name)\" is a void element and takes no content: remove the text or move it out."
        case .html, .epubSwitch:
            return sequence(model)
        default:
            if let children = ContentExpectation.elementList(ContentExpectation.elements(admittedBy: model)) {
                return "\"\(name)\" takes no text of its own: put the text inside its child \(children), or remove it."
            }
            return "Remove the text."
        }
    }

    static func sequence(_ model: ContentModel) -> String {
        model == .epubSwitch
            ? "An epub:switch holds any number of epub:case elements followed by exactly one epub:default."
            : "An XHTML document's html element holds exactly one head followed by one body."
    }
}
