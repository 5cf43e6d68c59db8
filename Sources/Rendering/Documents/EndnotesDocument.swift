import BookModel
import Foundation
import XMLSupport

/// All the book's notes in one document at the end, when the book asks for endnotes.
enum EndnotesDocument {
    static func render(layout: BookLayout) -> Data {
        let file = BookLayout.endnotesFile
        let xml = XHTMLPage.begin(version: layout.options.epubVersion, file: file, title: layout.labels.notes,
                                  language: layout.language, direction: layout.book.metadata.direction,
                                  stylesheets: layout.stylesheets)
        var w = ContentWriter(xml: xml, layout: layout, file: file, division: nil, ids: layout.endnoteIDs)
        if w.html5 {
            w.xml.start("section", ["epub:type": "endnotes", "role": "doc-endnotes", "class": "endnotes"])
        } else {
            w.xml.start("div", ["class": "endnotes"])
        }
        w.xml.element("h1", text: layout.labels.notes)
        w.xml.start("ol", ["class": "endnotes"])
        for key in layout.notesInOrder {
            guard let note = layout.notes[key] else { continue }
            w.division = key.division
            w.writeEndnote(note)
        }
        return w.xml.finish()
    }
}
