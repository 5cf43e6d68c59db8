import BookModel
import Diagnostics
@testable import Manuscript
import XCTest

/// Shapes found in real books that `bench/real-texts.sh` fetches from Debian packages (Austen's
/// novels, Moby-Dick, Tom Sawyer, Newton's Opticks) and that had come out wrong. Each fixture
/// is a short text written in the shape, not an excerpt of the book.
final class PlainTextRealShapesTests: XCTestCase {
    func testAParagraphOpeningWithAKeywordIsNotAHeadingWhenWrappingEndedItsFirstLine() throws {
        // "PART I. (UPLANDS), CHAPTER II. (PLOVER), that is, WHISTLING" / "PLOVER.--So called …":
        // the next word would not have fitted on the first line, so the wrapping broke it there.
        let (m, sink) = try PlainTextFixture.read("real-catalogue-paragraph-not-heading.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER 1. The Marsh.", "CHAPTER 2. The Catalogue.", "CHAPTER 3. The Thaw."])
        XCTAssertEqual(m.chapters.map(\.kind), [.chapter, .chapter, .chapter])
        XCTAssertTrue(m.chapters[1].plainParagraphs.contains { $0.hasPrefix("PART I. (UPLANDS), CHAPTER II. (PLOVER), that is, WHISTLING PLOVER") })
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testACreditLineAStackedTitleBlockAndASpacedHeading() throws {
        let (m, sink) = try PlainTextFixture.read("real-credit-stacked-title.txt")
        XCTAssertEqual(m.detectedTitle, "THE VOYAGE OF THE PELICAN")
        XCTAssertEqual(m.detectedAuthor, "JOHN HARLOW")
        XCTAssertEqual(m.chapters.map(\.kind), [.preface, .chapter, .chapter, .conclusion])
        XCTAssertEqual(m.chapters.first?.plainTitle, "PREFACE")
        XCTAssertFalse(m.chapters.flatMap(\.plainParagraphs).contains { $0.contains("Produced by") || $0.contains("HARLOW") })
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-020"])
    }

    func testAYearBetweenTitleAndByLine() throws {
        let (m, sink) = try PlainTextFixture.read("real-year-between-title-and-author.txt")
        XCTAssertEqual(m.detectedTitle, "HARTWELL GRANGE")
        XCTAssertEqual(m.detectedAuthor, "Maria Edgecombe")
        XCTAssertNil(m.detectedSubtitle)
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I", "CHAPTER II"])
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testLinesInCapitalsSetOffLikeChaptersAreFrontAndBackMatter() throws {
        let (m, sink) = try PlainTextFixture.read("real-capitals-front-back-matter.txt")
        XCTAssertEqual(m.detectedAuthor, "Edwin Marsh")
        XCTAssertEqual(m.chapters.map(\.plainTitle),
                       ["GLOSSARIUM.", "GLOSSARIUM.", "CHAPTER 1. The Light on the Water.", "CHAPTER 2. The Ship Without a Crew.",
                        "A WORD ON THE TEXT"])
        XCTAssertEqual(m.chapters.map(\.kind), [.chapter, .chapter, .chapter, .chapter, .appendix])
        // Before the first chapter two blank lines set a heading off (the second "GLOSSARIUM.").
        XCTAssertEqual(m.evidence[1], "a line in capitals standing alone before the first chapter, set off by 2 blank lines, with text under it")
        XCTAssertEqual(m.evidence.last ?? nil,
                       "a line in capitals standing alone after the last chapter, set off by 4 blank lines like the chapter headings, with text under it")
        // A line of capitals inside a chapter, one blank line above it, stays text.
        XCTAssertTrue(m.chapters[2].plainParagraphs.contains("NOTICE TO MARINERS."))
        // The transcriber's note right under the title is the edition's.
        XCTAssertFalse(m.chapters.flatMap(\.plainParagraphs).contains { $0.contains("compared with two printed editions") })
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-020"])
    }

    func testMatterInTitleCaseSetOffOutsideTheChaptersIsADivision() throws {
        let (m, _) = try PlainTextFixture.read("real-titlecase-front-back-matter.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle),
                       ["Advertisement to this Second Edition", "CHAPTER I.", "CHAPTER II.", "CHAPTER III.", "Notes", "Glossary of Sea Words"])
        XCTAssertEqual(m.chapters.map(\.kind), [.preface, .chapter, .chapter, .chapter, .endnotes, .appendix])
        XCTAssertEqual(m.evidence.last ?? nil,
                       "\"glossary\" names appendix matter, on a short line alone after the last chapter, set off by 3 blank lines, with text under it")
        // A line led by a matter word but going on as a sentence stays text, before the chapters too.
        XCTAssertTrue(m.chapters[0].plainParagraphs.contains("Index finger raised to the wind, the keeper of the new edition waited"))
        // Inside a chapter a sentence, a one-word paragraph and a title-case line stay text.
        let first = m.chapters[1].plainParagraphs
        XCTAssertTrue(first.contains { $0.hasPrefix("Notes were passed around") })
        XCTAssertTrue(first.contains("Index"))
        XCTAssertTrue(first.contains("Glossary of the Sea"))
        // In the last chapter (where back matter may begin) a title-case line after one blank line,
        // where the chapters have more, stays text, and so does a sentence set off by two.
        let last = m.chapters[3].plainParagraphs
        XCTAssertTrue(last.contains("Index of the Lamps"))
        XCTAssertTrue(last.contains("Notes were passed around again in the spring"))
    }

    func testMatterInTitleCaseInAnotherLanguage() throws {
        let (m, _) = try PlainTextFixture.read("real-titlecase-matter-french.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle),
                       ["Avertissement de l’éditeur", "CHAPITRE 1", "CHAPITRE 2", "CHAPITRE 3", "Remerciements"])
        XCTAssertEqual(m.chapters.map(\.kind), [.preface, .chapter, .chapter, .chapter, .acknowledgments])
    }

    func testAnUnlabelledContentsListAtTheEndIsLeftOut() throws {
        // The chapter headings again, in order, after the last chapter's text and no "Contents".
        let (m, sink) = try PlainTextFixture.read("real-contents-at-end-unlabelled.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I. The Fog", "CHAPTER II. The Bell", "CHAPTER III. The Return"])
        XCTAssertFalse(m.chapters[2].plainParagraphs.contains { $0.contains("CHAPTER") })
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-009"])
    }

    func testInitialsSigningAPrefaceAreNotANumberedHeading() throws {
        // "_I. W._" under the advertisement and under the last chapter: a signature, not "I." twice.
        let (m, sink) = try PlainTextFixture.read("real-initials-signature.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["ADVERTISEMENT", "CHAPTER I.", "CHAPTER II."])
        XCTAssertEqual(m.chapters[0].plainParagraphs.count, 3)
        XCTAssertEqual(m.chapters[2].plainParagraphs.last, "I. W.")
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testAnOldTitlePageWithAnAlternativeTitleAndTheAuthorFarDown() throws {
        // "THE MARINER'S LANTERN:" / "OR, A" / "DISCOURSE" … "By Capt. JOHN FENWICK, R.N." seven paragraphs down.
        let (m, sink) = try PlainTextFixture.read("real-old-title-page.txt")
        XCTAssertEqual(m.detectedTitle, "THE MARINER\u{2019}S LANTERN")
        XCTAssertEqual(m.detectedAuthor, "Capt. JOHN FENWICK, R.N.")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I.", "CHAPTER II."])
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-008"])
    }

    func testANoteOnWhereTheFileCameFromAndItsRuleAreLeftOut() throws {
        // "This file was derived from" / an address / "--------", then a French title page whose
        // title goes on with its alternative ("MARGUERITE," / "ou" / "LA LANTERNE,").
        let (m, sink) = try PlainTextFixture.read("real-provenance-note.txt")
        XCTAssertEqual(m.detectedTitle, "MARGUERITE")
        XCTAssertNil(m.detectedAuthor)
        XCTAssertEqual(m.chapters.map { $0.plainTitle?.hasPrefix("CHAPITRE") == true }, [true, true])
        XCTAssertFalse(m.chapters.flatMap(\.plainParagraphs).contains { $0.contains("derived from") || $0.contains("example.org") })
        XCTAssertTrue(sink.plainIDs.contains("IMP-SRC-020"))
    }

    func testATitleAndTheAuthorsNameUnderItWithoutBy() throws {
        // "WHITHER?" / "Ruth Ellery": a question is a title when a name stands under it.
        let (m, _) = try PlainTextFixture.read("real-title-author-without-by.txt")
        XCTAssertEqual(m.detectedTitle, "WHITHER?")
        XCTAssertEqual(m.detectedAuthor, "Ruth Ellery")
        XCTAssertEqual(m.chapters.count, 1)
        XCTAssertFalse(m.chapters.flatMap(\.plainParagraphs).contains("Ruth Ellery"))
        XCTAssertEqual(m.chapters[0].plainParagraphs.count, 2)
    }

    func testWhatIsNotANameUnderATitle() {
        XCTAssertTrue(OpeningMatter.isBareName("Jane Austen"))
        XCTAssertTrue(OpeningMatter.isBareName("MARK TWAIN"))
        XCTAssertTrue(OpeningMatter.isBareName("Honoré de Balzac"))
        XCTAssertTrue(OpeningMatter.isBareName("芥川龍之介"))
        XCTAssertFalse(OpeningMatter.isBareName("A Novel"))
        XCTAssertFalse(OpeningMatter.isBareName("Short Stories"))
        XCTAssertFalse(OpeningMatter.isBareName("Volume One"))
        XCTAssertFalse(OpeningMatter.isBareName("The Second Part"))
        XCTAssertFalse(OpeningMatter.isBareName("Romaani, eräänlainen"))
        XCTAssertFalse(OpeningMatter.isBareName("Emma"))
        XCTAssertFalse(OpeningMatter.isBareName("ある日の暮方の事である。"))
    }

    func testByOverTheNameInOneBlockUnderTheTitle() throws {
        // "THE VOYAGE OF THE HERON" / blank / "BY" over "JOHN HARLOW" with no blank between.
        let (m, sink) = try PlainTextFixture.read("real-by-line-forms.txt")
        XCTAssertEqual(m.detectedTitle, "THE VOYAGE OF THE HERON")
        XCTAssertEqual(m.detectedAuthor, "JOHN HARLOW")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I.", "CHAPTER II."])
        XCTAssertEqual(sink.plainIDs, [])
    }

    func testTitleAndByLineOnOneLine() throws {
        let (m, _) = try PlainTextFixture.read("real-title-by-author-one-line.txt")
        XCTAssertEqual(m.detectedTitle, "THE LANTERN KEEPER\u{2019}S DAUGHTER")
        XCTAssertEqual(m.detectedAuthor, "Ruth Ellery")
        XCTAssertEqual(m.chapters.count, 2)
    }

    func testChapterTitlesEndingInTheirOrdinalAreAFamily() throws {
        // "观星第一", "渡河第二", "守城第三": the number comes last, after the title.
        let (m, _) = try PlainTextFixture.read("real-suffix-ordinal-chapters.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["观星第一", "渡河第二", "守城第三"])
        XCTAssertEqual(m.evidence.first ?? nil, "3 headings \"<title>第<number>\" numbered 1–3 in order")
    }

    func testALoneActLineOverAFamilyOfScenesIsTheirPart() throws {
        // "ACT II" once, standing alone over "SCENE I." … "SCENE III.": the act holds the scenes.
        let (m, _) = try PlainTextFixture.read("real-one-act-over-scenes.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["ACT II", "SCENE I. The rocks below the lighthouse.",
                                                      "SCENE II. The lamp room.", "SCENE III. The quay at dawn."])
        XCTAssertEqual(m.chapters.map(\.kind), [.part, .chapter, .chapter, .chapter])
        XCTAssertEqual(m.chapters.map(\.depth), [0, 1, 1, 1])
    }

    func testAStrayNULInALongTextIsDroppedNotTakenForBinary() throws {
        // One NUL in the middle of 14 KB of text (a damaged copy): dropped with a warning.
        let (text, sink) = try PlainTextFixture.decode("real-stray-nul.txt")
        XCTAssertEqual(text?.hasPrefix("THE STRAY BYTE"), true)
        XCTAssertEqual(text?.contains("\u{0}"), false)
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-006"])
    }

    func testAContentsListLabelledInFinnishNamesSentenceCaseTitles() throws {
        // A centred title in sentence case, a signed epigraph, "Sisällys" over titles with page
        // numbers, chapters headed by those titles in sentence case, one opening a letter.
        let (m, _) = try PlainTextFixture.read("real-foreign-contents-sentence-case.txt")
        XCTAssertEqual(m.detectedTitle, "Kes\u{00E4}n loppu")
        XCTAssertEqual(m.chapters.map(\.plainTitle), [nil, "Kylm\u{00E4} aamu", "Kirje kaupungista", "Viimeinen vene"])
        XCTAssertEqual(m.chapters.first?.kind, .epigraph)
        XCTAssertTrue(m.chapters[0].plainParagraphs.contains("Aino Laine"))
        XCTAssertTrue(m.chapters[2].plainParagraphs.contains("Liisa kirjoitti:"))
        XCTAssertTrue(m.chapters[2].plainParagraphs.contains { $0.hasPrefix("Sis\u{00E4}llys ei ole") })
    }

    func testContentsLabelsInOtherLanguages() {
        for label in ["Table des matières", "INHALT", "Índice", "Sisällys", "Содержание", "目次", "Inhoudsopgave"] {
            XCTAssertTrue(HeadingMatcher.isContentsLabel(label), label)
        }
        XCTAssertFalse(HeadingMatcher.isContentsLabel("Table"))
        XCTAssertFalse(HeadingMatcher.isContentsLabel("Inhalt des Briefes"))
    }

    func testTheTitleSetAgainBeforeTheFirstChapterIsAHalfTitleNotADivision() throws {
        // "PETER QUILL" over "Scene: …" / "Time: …" under "THE ADVENTURES OF PETER QUILL".
        let (m, sink) = try PlainTextFixture.read("real-half-title.txt")
        XCTAssertEqual(m.detectedAuthor, "JOHN HARLOW")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["NOTICE", "CHAPTER I.", "CHAPTER II."])
        XCTAssertFalse(m.chapters.flatMap(\.plainParagraphs).contains("PETER QUILL"))
        XCTAssertTrue(m.chapters[0].plainParagraphs.contains { $0.hasPrefix("Scene: The Northern Marshes") })
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-008"])
    }

    func testABracketedInsertionOverTwoParagraphsDoesNotHideTheTitle() throws {
        // "CHAPTER I." / "[Illustration: … hung" / "from the masts …]" / "THE FAIR COMES TO TOWN".
        let (m, _) = try PlainTextFixture.read("real-bracket-over-paragraphs.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I.", "CHAPTER II."])
        XCTAssertEqual(m.chapters.map(\.plainSubtitle), ["THE FAIR COMES TO TOWN", "LANTERNS ON THE WATER"])
        let first = m.chapters[0].plainParagraphs
        XCTAssertTrue(first.first?.hasPrefix("[Illustration: The fair on the water") == true, "\(first)")
        XCTAssertTrue(first.contains { $0.hasSuffix("from the masts of the boats]") })
        XCTAssertFalse(first.contains("THE FAIR COMES TO TOWN"))
    }

    func testBooksOverPartsWithTheBookHeadingRepeatedAsARunningTitle() throws {
        // "THE FIRST BOOK OF THE LANTERN" (an article before the ordinal) over "PART I.", printed
        // again over "PART II.": the repetition is a running title; the parts, numbered again
        // under each book, are the books' divisions.
        let (m, sink) = try PlainTextFixture.read("real-books-over-parts.txt")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["THE FIRST BOOK OF THE LANTERN", "PART I.", "PART II.",
                                                      "THE SECOND BOOK OF THE LANTERN", "PART I.", "PART II."])
        XCTAssertEqual(m.chapters.map(\.depth), [0, 1, 1, 0, 1, 1])
        XCTAssertEqual(m.chapters.map(\.kind), [.part, .chapter, .chapter, .part, .chapter, .chapter])
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-008"])
    }

    func testANoteOnWhereTheFileCameFromWithItsAddressOnALineOfItsOwn() throws {
        // "This file was derived from" / "http://…" / "--------" / "灯台" / "山田花子": the note,
        // its address and its rule are left out; title and author follow.
        let (m, sink) = try PlainTextFixture.read("real-provenance-japanese.txt")
        XCTAssertEqual(m.detectedTitle, "\u{706F}\u{53F0}")
        XCTAssertEqual(m.detectedAuthor, "\u{5C71}\u{7530}\u{82B1}\u{5B50}")
        XCTAssertFalse(m.chapters.flatMap(\.plainParagraphs).contains { $0.contains("http") || $0.contains("derived") })
        XCTAssertEqual(m.chapters.flatMap(\.blocks).count, 3)
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-020"])
    }
}
