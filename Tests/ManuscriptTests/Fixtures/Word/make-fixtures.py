#!/usr/bin/env python3
"""Writes the Word and OpenDocument fixtures the reader tests read, with real writers:
python-docx (numbering, tables with merged cells, comments, tracked changes, text boxes, fields),
pandoc (-t docx / -t odt from pandoc-sample.md) and, when installed, LibreOffice
(soffice --headless --convert-to). Run from this folder:

    pip install python-docx pypandoc-binary==1.17 msoffcrypto-tool
    apt-get install -y libreoffice-writer-nogui   # optional: the lo-* fixtures
    python3 make-fixtures.py

Each fixture's expectations live in Tests/ManuscriptTests/WordReaderTests.swift and
OpenDocumentReaderTests.swift; regenerate, then run those tests."""
import io, os, shutil, struct, subprocess, sys, tempfile, zipfile, zlib

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def png(width=4, height=3, rgb=(200, 40, 40)):
    """A real, tiny PNG."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# Parts of python-docx's template that no reader needs: left out to keep the fixtures small.
UNUSED = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "word/webSettings.xml", "word/theme/theme1.xml",
          "customXml/item1.xml", "customXml/_rels/item1.xml.rels", "customXml/itemProps1.xml", "docProps/app.xml"}


def slim(path):
    """Drops UNUSED parts with the relationships and content-type overrides naming them."""
    import re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name in UNUSED:
                continue
            if name.endswith(".rels") or name == "[Content_Types].xml":
                text = data.decode()
                for part in UNUSED:
                    leaf = re.escape(part.split("/")[-1])
                    text = re.sub(r'<Relationship [^>]*Target="[^"]*' + leaf + r'"[^>]*/>', "", text)
                    text = re.sub(r'<Override [^>]*PartName="/' + re.escape(part) + r'"[^>]*/>', "", text)
                data = text.encode()
            z.writestr(name, data)


def save(document, name):
    document.core_properties.comments = ""
    document.save(os.path.join(HERE, name))
    slim(os.path.join(HERE, name))
    print("wrote", name)


def run_xml(paragraph, xml):
    paragraph._p.append(parse_xml(xml))


W = nsdecls("w")


def novel():
    """A novel as authors style one: Title/Subtitle, Heading 1 chapters, emphasis of every
    kind, a centred scene break, a quotation, verse with line breaks, links, a footnote-free
    body (notes are in pandoc-sample)."""
    d = docx.Document()
    d.core_properties.title = "The Lighthouse Keeper"
    d.core_properties.author = "Mara Quill"
    d.core_properties.language = "en-GB"
    d.core_properties.subject = "Fiction"
    d.add_paragraph("The Lighthouse Keeper", style="Title")
    d.add_paragraph("A Novel in Three Storms", style="Subtitle")
    d.add_heading("Chapter One", level=1)
    p = d.add_paragraph("The lamp was ")
    p.add_run("never").italic = True
    p.add_run(" out, and the ")
    p.add_run("keeper").bold = True
    p.add_run(" knew it. ")
    r = p.add_run("Small caps")
    r.font.small_caps = True
    p.add_run(" and E = mc")
    r = p.add_run("2")
    r.font.superscript = True
    p.add_run(" and H")
    r = p.add_run("2")
    r.font.subscript = True
    p.add_run("O and ")
    r = p.add_run("struck")
    r.font.strike = True
    p.add_run(".")
    p = d.add_paragraph("He read ")
    p.add_run("The Tempest").style = "Emphasis" if "Emphasis" in [s.name for s in d.styles] else None
    p.add_run(" twice and ")
    r = p.add_run("loudly")
    r.style = d.styles["Strong"] if "Strong" in [s.name for s in d.styles] else None
    p.add_run(".")
    sb = d.add_paragraph("* * *")
    sb.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("The storm came at night.")
    d.add_paragraph("Those who keep the light keep the sea.", style="Quote")
    v = d.add_paragraph("The sea is calm tonight,")
    v.add_run().add_break()
    v.add_run("The tide is full, the moon lies fair")
    v.add_run().add_break()
    v.add_run("Upon the straits.")
    d.add_heading("Chapter Two", level=1)
    d.add_heading("The Morning After", level=2)
    p = d.add_paragraph("See ")
    link = OxmlElement("w:hyperlink")
    rid = d.part.relate_to("https://example.org/storms", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    link.set(qn("r:id"), rid)
    link.append(parse_xml(f'<w:r {W}><w:t>the storm atlas</w:t></w:r>'))
    p._p.append(link)
    p.add_run(" or go back to ")
    internal = OxmlElement("w:hyperlink")
    internal.set(qn("w:anchor"), "lamp_room")
    internal.append(parse_xml(f'<w:r {W}><w:t>the lamp room</w:t></w:r>'))
    p._p.append(internal)
    p.add_run(".")
    p = d.add_paragraph()
    run_xml(p, f'<w:bookmarkStart {W} w:id="7" w:name="lamp_room"/>')
    p.add_run("The lamp room\u00a0was\ttidy; re\u00adcovery")
    run_xml(p, f'<w:r {W}><w:noBreakHyphen/><w:t>wise</w:t><w:sym w:font="Symbol" w:char="F061"/></w:r>')
    run_xml(p, f'<w:bookmarkEnd {W} w:id="7"/>')
    save(d, "novel-styles.docx")
    return d


def lists():
    """Numbered and bulleted lists, nested, a list that starts at 5 by a start override, and
    one whose numbering continues after a paragraph."""
    d = docx.Document()
    d.add_heading("Lists", level=1)
    d.add_paragraph("First step", style="List Number")
    d.add_paragraph("Second step", style="List Number")
    d.add_paragraph("A detail", style="List Bullet 2")
    d.add_paragraph("Another detail", style="List Bullet 2")
    d.add_paragraph("Third step", style="List Number")
    d.add_paragraph("Between the lists.")
    d.add_paragraph("Fourth step, continued", style="List Number")
    d.add_paragraph("Apples", style="List Bullet")
    d.add_paragraph("Pears", style="List Bullet")
    # A list restarted at 5: a new w:num over the same abstract numbering, with a start override.
    numbering = d.part.numbering_part.numbering_definitions._numbering
    list_number = d.styles["List Number"]
    num_id = list_number.element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(num_id).abstractNumId.val
    new = numbering.add_num(abstract)
    override = new.add_lvlOverride(ilvl=0)
    override.add_startOverride(5)
    for text in ["Fifth", "Sixth"]:
        p = d.add_paragraph(text, style="List Number")
        p._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = new.numId
        p._p.get_or_add_pPr().get_or_add_numPr().get_or_add_ilvl().val = 0
    save(d, "lists-numbering.docx")


def tables():
    """A table with a header row, a cell merged across two columns and one merged down two rows."""
    d = docx.Document()
    d.add_heading("Tides", level=1)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Port", "High", "Low"]):
        t.cell(0, i).text = h
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {W}/>'))
    t.cell(1, 0).text = "Dover"
    t.cell(1, 1).text = "06:10"
    t.cell(1, 2).text = "12:25"
    merged = t.cell(2, 0).merge(t.cell(3, 0))
    merged.text = "Calais"
    t.cell(2, 1).text = "06:40"
    t.cell(2, 2).text = "12:55"
    across = t.cell(3, 1).merge(t.cell(3, 2))
    across.text = "no data"
    d.add_paragraph("After the table.")
    save(d, "table-merged.docx")


def review():
    """Comments and tracked changes: an insertion kept, a deletion dropped, comments left out."""
    d = docx.Document()
    d.add_heading("Draft", level=1)
    p = d.add_paragraph("The keeper ")
    run_xml(p, f'<w:ins {W} w:id="1" w:author="Ed" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">finally </w:t></w:r></w:ins>')
    run_xml(p, f'<w:del {W} w:id="2" w:author="Ed" w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">never </w:delText></w:r></w:del>')
    p.add_run("slept.")
    q = d.add_paragraph("A line with a remark.")
    d.add_comment(q.runs, text="Cut this?", author="Ed", initials="E")
    save(d, "review-changes.docx")


def localized():
    """Headings whose style ids are German (Word in German writes styleId "berschrift1"), a
    custom chapter style that only says its outline level, and a footnote-free document."""
    d = docx.Document()
    d.add_heading("Erstes Kapitel", level=1)
    d.add_paragraph("Es war einmal.")
    d.add_heading("Ein Abschnitt", level=2)
    d.add_paragraph("Weiter.")
    custom = d.styles.add_style("Kapitel Titel", 1)
    custom.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="0"/>'))
    d.add_paragraph("Zweites Kapitel", style="Kapitel Titel")
    d.add_paragraph("Ende.")
    path = os.path.join(HERE, "localized-headings.docx")
    d.save(path)
    slim(path)
    # Rename the heading styles' ids as Word in German does; their w:name stays "heading N".
    rewrite(path, {"word/styles.xml": [(b'w:styleId="Heading1"', 'w:styleId="berschrift1"'.encode()),
                                       (b'w:styleId="Heading2"', 'w:styleId="berschrift2"'.encode()),
                                       (b'w:val="Heading1"', b'w:val="berschrift1"'), (b'w:val="Heading2"', b'w:val="berschrift2"')],
                   "word/document.xml": [(b'w:val="Heading1"', b'w:val="berschrift1"'), (b'w:val="Heading2"', b'w:val="berschrift2"')]})
    print("wrote localized-headings.docx")


def boxes():
    """A text box (DrawingML in mc:AlternateContent with a VML fallback), a complex field
    showing its result, an image with alt text, a decorative image, and an EMF picture."""
    d = docx.Document()
    d.add_heading("Figures", level=1)
    image = io.BytesIO(png())
    d.add_picture(image)
    pic_par = d.paragraphs[-1]
    docPr = pic_par._p.xpath(".//wp:docPr")[0]
    docPr.set("descr", "A red square on the chart table")
    cap = d.add_paragraph("Figure 1. The chart table.", style="Caption")
    d.add_picture(io.BytesIO(png(rgb=(10, 10, 200))))
    docPr = d.paragraphs[-1]._p.xpath(".//wp:docPr")[0]
    docPr.append(parse_xml('<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>'))
    p = d.add_paragraph("Page ")
    run_xml(p, f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>')
    run_xml(p, f'<w:r {W}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>')
    run_xml(p, f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>')
    run_xml(p, f'<w:r {W}><w:t>7</w:t></w:r>')
    run_xml(p, f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>')
    p.add_run(" of the log.")
    box = d.add_paragraph("Anchor of a box.")
    run_xml(box, f'''<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="914400" cy="457200"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="9" name="Text Box 9"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed sidebar text.</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Boxed sidebar text.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>''')
    d.add_picture(io.BytesIO(png(rgb=(0, 120, 0))))
    docPr = d.paragraphs[-1]._p.xpath(".//wp:docPr")[0]
    docPr.set("descr", "Tide diagram")
    path = os.path.join(HERE, "textbox-fields-images.docx")
    d.save(path)
    slim(path)
    # The third picture becomes a Windows metafile, as Word keeps pasted Office drawings.
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n.startswith("word/media/")]
    last = sorted(names)[-1]
    emf = minimal_emf()
    rename = last.rsplit(".", 1)[0] + ".emf"
    replace_part(path, last, rename, emf,
                 {"word/_rels/document.xml.rels": [(last.split("word/")[1].encode(), rename.split("word/")[1].encode())],
                  "[Content_Types].xml": [(b'<Default Extension="png"', b'<Default Extension="emf" ContentType="image/x-emf"/><Default Extension="png"')]})
    print("wrote textbox-fields-images.docx")


M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
WP = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def field(paragraph, instruction, result, simple=False):
    """A field as Word writes one: complex (fldChar begin, instrText, separate, result, end) or
    simple (w:fldSimple)."""
    if simple:
        from xml.sax.saxutils import quoteattr
        run_xml(paragraph, f'<w:fldSimple {W} w:instr={quoteattr(instruction)}><w:r><w:t xml:space="preserve">{result}</w:t></w:r></w:fldSimple>')
        return
    run_xml(paragraph, f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>')
    run_xml(paragraph, f'<w:r {W}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>')
    run_xml(paragraph, f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>')
    run_xml(paragraph, f'<w:r {W}><w:t xml:space="preserve">{result}</w:t></w:r>')
    run_xml(paragraph, f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>')


def numbering_level(d, formats, start=1):
    """A new list definition whose levels use `formats` (w:numFmt), returning its w:numId."""
    numbering = d.part.numbering_part.numbering_definitions._numbering
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(ids + [0]) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(formats))
    abstract = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return numbering.add_num(abstract_id).numId


def list_item(d, text, num_id, level=0):
    p = d.add_paragraph(text)
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = level
    numPr.get_or_add_numId().val = num_id
    return p


def fields_rtl_lists():
    """What Word keeps in fields, directions and numbering: HYPERLINK fields (external, with
    \l to a bookmark, simple and complex), REF/PAGEREF/NOTEREF cross-references, a nested
    field, a DATE field that only shows its result; right-to-left paragraphs (w:bidi) and runs
    (w:rtl); lists numbered in Roman numerals and letters, starting at 3; a chart and a SmartArt
    diagram with no picture, a chart whose fallback is a picture, an OLE object with its
    preview image, and an equation."""
    d = docx.Document()
    d.core_properties.title = "Fields and Directions"
    d.core_properties.language = "en"
    d.add_heading("Cross-references", level=1)
    p = d.add_paragraph()
    run_xml(p, f'<w:bookmarkStart {W} w:id="1" w:name="_Ref4711"/>')
    p.add_run("The harbour rules are strict.")
    run_xml(p, f'<w:bookmarkEnd {W} w:id="1"/>')
    p = d.add_paragraph("See ")
    field(p, r'HYPERLINK "https://example.org/tides" \o "Tide tables"', "the tide tables")
    p.add_run(", the ")
    field(p, r'HYPERLINK \l "_Ref4711"', "harbour rules")
    p.add_run(", ")
    field(p, r'REF _Ref4711 \h', "the rules above")
    p.add_run(" on page ")
    field(p, r'PAGEREF _Ref4711 \h', "1")
    p.add_run(", and ")
    field(p, r'HYPERLINK "https://example.org/charts"', "the chart room", simple=True)
    p.add_run(".")
    p = d.add_paragraph("Printed on ")
    field(p, r'DATE \@ "d MMMM yyyy"', "7 December 2026")
    p.add_run("; a nested one: ")
    run_xml(p, f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>')
    run_xml(p, f'<w:r {W}><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/log" </w:instrText></w:r>')
    run_xml(p, f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>')
    run_xml(p, f'<w:r {W}><w:t xml:space="preserve">log page </w:t></w:r>')
    field(p, "PAGE", "3")
    run_xml(p, f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>')
    p.add_run(".")

    d.add_heading("Directions", level=1)
    p = d.add_paragraph()
    p._p.get_or_add_pPr().append(parse_xml(f'<w:bidi {W}/>'))
    run_xml(p, f'<w:r {W}><w:rPr><w:rtl/></w:rPr><w:t>שלום לכולם</w:t></w:r>')
    p = d.add_paragraph("The word ")
    run_xml(p, f'<w:r {W}><w:rPr><w:rtl/></w:rPr><w:t>سلام</w:t></w:r>')
    p.add_run(" means peace.")

    d.add_heading("Numbering", level=1)
    roman = numbering_level(d, [("upperRoman", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "(%3)")])
    list_item(d, "First part", roman)
    list_item(d, "A detail", roman, 1)
    list_item(d, "A finer point", roman, 2)
    list_item(d, "Second part", roman)
    letters = numbering_level(d, [("upperLetter", "%1."), ("decimalZero", "%2.")], start=3)
    list_item(d, "Item C", letters)
    list_item(d, "Item D", letters)
    bullets = numbering_level(d, [("bullet", "o")])
    list_item(d, "A hollow bullet", bullets)

    d.add_heading("Objects", level=1)
    from docx.opc.part import Part
    from docx.opc.packuri import PackURI
    chart = Part(PackURI("/word/charts/chart1.xml"), "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                 b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
                 d.part.package)
    chart_rel = d.part.relate_to(chart, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart")
    p = d.add_paragraph("Before the chart.")
    run_xml(p, f'<w:r {W}><w:drawing><wp:inline {WP}><wp:extent cx="914400" cy="457200"/><wp:docPr id="20" name="Chart 1" descr="Tide heights by month"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{chart_rel}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    p = d.add_paragraph("A diagram:")
    run_xml(p, f'<w:r {W}><w:drawing><wp:inline {WP}><wp:extent cx="914400" cy="457200"/><wp:docPr id="21" name="Diagram 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rId90" r:lo="rId91" r:qs="rId92" r:cs="rId93"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    # A newer chart (chartex) that Word writes with a picture of itself as the fallback.
    d.add_picture(io.BytesIO(png(rgb=(120, 60, 0))))
    pic = d.paragraphs[-1]
    drawing = pic._p.xpath(".//w:drawing")[0]
    drawing.xpath(".//wp:docPr")[0].set("descr", "Waterfall chart of landings")
    run = drawing.getparent()
    alternate = parse_xml(f'<mc:AlternateContent {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" Requires="cx1"><w:drawing><wp:inline {WP}><wp:extent cx="914400" cy="457200"/><wp:docPr id="22" name="Chart 2"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chart xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" r:id="{chart_rel}"/></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent>')
    run.remove(drawing)
    alternate[1].append(drawing)
    run.append(alternate)
    # An embedded spreadsheet with its preview picture (VML), as Word writes OLE objects.
    preview = d.part.relate_to(d.part.package.image_parts.get_or_add_image_part(io.BytesIO(png(rgb=(0, 90, 90)))),
                               "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image")
    p = d.add_paragraph()
    run_xml(p, f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:object><v:shape id="_x0000_i1025" style="width:60pt;height:40pt" alt="Landings spreadsheet"><v:imagedata r:id="{preview}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1234"/></w:object></w:r>')
    p = d.add_paragraph("The area is ")
    run_xml(p, f'<m:oMath {M}><m:r><m:t>A=πr</m:t></m:r><m:sSup><m:e><m:r><m:t></m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:oMath>')
    p.add_run(".")
    path = os.path.join(HERE, "fields-rtl-lists.docx")
    d.save(path)
    slim(path)
    print("wrote fields-rtl-lists.docx")


def minimal_emf():
    """A valid, empty Enhanced Metafile ([MS-EMF] 2.3.4.2 EMR_HEADER, 2.3.4.1 EMR_EOF)."""
    eof = struct.pack("<IIIII", 14, 20, 0, 16, 20)
    size = 108 + len(eof)
    header = struct.pack("<II4i4iIIIIHHIII2i2iIII2i", 1, 108, 0, 0, 99, 99, 0, 0, 2646, 2646,
                         0x464D4520, 0x10000, size, 2, 1, 0, 0, 0, 0, 1024, 768, 271, 203, 0, 0, 0, 271000, 203000)
    assert len(header) == 108
    return header + eof


def no_headings():
    """A manuscript with no heading styles: chapters are cut at page breaks."""
    d = docx.Document()
    d.add_paragraph("It began in the harbour.")
    d.add_paragraph("The boats were still.")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("The second day was grey.")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("On the third day the storm broke.")
    save(d, "no-headings.docx")


def manuscript_format():
    """A submission in standard manuscript format, as writers send them: a cover page of contact
    details, a word count, the title and a byline; chapters as centred "Chapter One" lines in the
    body style, each after a page break; "#" scene breaks. No heading styles anywhere."""
    d = docx.Document()
    for line in ["Mara Quill", "12 Harbour Road", "Portree IV51 9EH", "mara@example.org"]:
        d.add_paragraph(line)
    d.add_paragraph("About 3,000 words").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for _ in range(6):
        d.add_paragraph("")
    d.add_paragraph("THE LIGHTHOUSE KEEPER").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("by Mara Quill").alignment = WD_ALIGN_PARAGRAPH.CENTER
    text = "The lamp burned all night, and the keeper watched the sea until the morning came grey over the rocks. "
    for name in ["One", "Two", "Three"]:
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph(f"Chapter {name}").alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i in range(4):
            d.add_paragraph(text * 3)
            if i == 1:
                d.add_paragraph("#").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.core_properties.title = "The Lighthouse Keeper"
    d.core_properties.author = "Mara Quill"
    save(d, "manuscript-format.docx")


def numbered_headings():
    """Headings numbered by Word's multilevel list ("Chapter %1" linked to Heading 1, "%1.%2"
    to Heading 2), as Word's chapter-numbering templates set them: the labels are in
    numbering.xml, not in the text."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'''<w:abstractNum {nsdecls("w")} w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="Chapter %1"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>'''))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for level, name in ((0, "Heading 1"), (1, "Heading 2")):
        d.styles[name].element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'))
    text = "The lamp burned all night, and the keeper watched the sea until the morning came grey over the rocks."
    for title in ["The Lamp", "The Storm"]:
        d.add_heading(title, level=1)
        d.add_paragraph(text)
        d.add_heading("Before dawn", level=2)
        d.add_paragraph(text)
    save(d, "numbered-headings.docx")


def cover_picture():
    """A novel that opens with its cover: a picture alone on the first page (with alt text),
    a page break, then the Title and the chapters, as authors paste a cover into a manuscript."""
    d = docx.Document()
    d.add_picture(io.BytesIO(png(6, 9, (20, 60, 110))))
    d.inline_shapes[0]._inline.docPr.set("descr", "A lighthouse against a dark blue sky")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("The Lighthouse Keeper", style="Title")
    text = "The lamp burned all night, and the keeper watched the sea until the morning came grey over the rocks."
    for title in ["The Lamp", "The Storm"]:
        d.add_heading(title, level=1)
        d.add_paragraph(text)
    d.core_properties.author = "Mara Quill"
    save(d, "cover-picture.docx")


def rewrite(path, edits):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            for old, new in edits.get(info.filename, []):
                data = data.replace(old, new)
            z.writestr(info.filename, data)


def replace_part(path, old_name, new_name, new_data, edits):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == old_name:
                z.writestr(new_name, new_data)
                continue
            for old, new in edits.get(name, []):
                data = data.replace(old, new)
            z.writestr(name, data)


def macro_enabled():
    """A .docm: the main part's content type says macro-enabled."""
    shutil.copy(os.path.join(HERE, "lists-numbering.docx"), os.path.join(HERE, "macro-enabled.docm"))
    rewrite(os.path.join(HERE, "macro-enabled.docm"),
            {"[Content_Types].xml": [(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                      b"application/vnd.ms-word.document.macroEnabled.main+xml")]})
    print("wrote macro-enabled.docm")


def encrypted():
    """A password-protected .docx, encrypted by msoffcrypto-tool as Word encrypts (ECMA-376 agile)."""
    try:
        import msoffcrypto
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        print("skipped encrypted.docx: pip install msoffcrypto-tool")
        return
    with open(os.path.join(HERE, "lists-numbering.docx"), "rb") as plain, open(os.path.join(HERE, "encrypted.docx"), "wb") as out:
        OOXMLFile(plain).encrypt("secret", out)
    print("wrote encrypted.docx")


def languages_markers():
    """Languages, directions and list markers as Word keeps them: a French phrase and a German
    paragraph (w:lang w:val), a Japanese phrase (w:eastAsia), a Hebrew right-to-left paragraph
    (w:bidi in pPr, w:rtl runs marked w:lang w:bidi), an American-English run in a British book
    (the same language: no mark); lists whose lvlText puts text around the number: (%1), %1),
    multi-level %1.%2. and legal numbering, Article %1 in Roman numerals."""
    d = docx.Document()
    d.core_properties.title = "Languages and Markers"
    d.core_properties.language = "en-GB"
    d.add_heading("Languages", level=1)

    def lang_run(p, text, val=None, east=None, bidi=None, rtl=False):
        attrs = (f' w:val="{val}"' if val else "") + (f' w:eastAsia="{east}"' if east else "") + (f' w:bidi="{bidi}"' if bidi else "")
        run_xml(p, f'<w:r {W}><w:rPr>{"<w:rtl/>" if rtl else ""}<w:lang{attrs}/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>')

    p = d.add_paragraph("The French call it ")
    lang_run(p, "joie de vivre", val="fr-FR")
    p.add_run(", and the colour is ")
    lang_run(p, "grey", val="en-US")
    p.add_run(".")
    p = d.add_paragraph()
    lang_run(p, "Der Leuchtturm steht ", val="de-DE")
    lang_run(p, "seit hundert Jahren.", val="de-DE")
    p = d.add_paragraph("The harbour is called ")
    lang_run(p, "港", val="en-GB", east="ja-JP")
    p.add_run(" in Japanese.")
    p = d.add_paragraph()
    p._p.get_or_add_pPr().append(parse_xml(f'<w:bidi {W}/>'))
    lang_run(p, "שלום לכולם", bidi="he-IL", rtl=True)

    d.add_heading("Markers", level=1)
    parens = numbering_level(d, [("decimal", "(%1)"), ("lowerLetter", "%2)")])
    list_item(d, "First clause", parens)
    list_item(d, "A sub-clause", parens, 1)
    list_item(d, "Another sub-clause", parens, 1)
    list_item(d, "Second clause", parens)
    outline = numbering_level(d, [("decimal", "%1."), ("decimal", "%1.%2."), ("lowerRoman", "%1.%2.%3")])
    list_item(d, "Scope", outline)
    list_item(d, "Purpose", outline, 1)
    list_item(d, "Reach", outline, 1)
    list_item(d, "Detail", outline, 2)
    list_item(d, "Terms", outline)
    list_item(d, "Meaning", outline, 1)
    articles = numbering_level(d, [("upperRoman", "Article %1")])
    list_item(d, "Of the keeper", articles)
    list_item(d, "Of the lamp", articles)
    save(d, "languages-markers.docx")


def word_math():
    """Equations as Word's equation editor writes them (OMML, ECMA-376 Part 1 §22.1), with the
    structures pandoc's writer never makes: a function, an equation array aligned at &, an
    overbrace with its label (groupChr under limUpp), pre-scripts, a box, a border box, a hidden
    phantom, an integral with the default character, a delimiter with two arguments and the
    default separator, double-struck and bold styles, normal text, a linear fraction, a hidden
    radical degree, and an equation outside any paragraph (m:oMathPara in w:body)."""
    d = docx.Document()
    d.core_properties.title = "Word Equations"
    d.core_properties.language = "en"
    d.add_heading("Equations", level=1)

    def r(text, sty=None, scr=None, nor=False):
        props = (f'<m:sty m:val="{sty}"/>' if sty else "") + (f'<m:scr m:val="{scr}"/>' if scr else "") + ("<m:nor/>" if nor else "")
        return f'<m:r>{"<m:rPr>" + props + "</m:rPr>" if props else ""}<w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr><m:t xml:space="preserve">{text}</m:t></m:r>'

    def display(paragraph, *equations):
        run_xml(paragraph, f'<m:oMathPara {M} {W}>' + "".join(f"<m:oMath>{e}</m:oMath>" for e in equations) + "</m:oMathPara>")

    p = d.add_paragraph("The function ")
    run_xml(p, f'<m:oMath {M} {W}><m:func><m:funcPr><m:ctrlPr/></m:funcPr><m:fName>{r("sin", "p")}</m:fName><m:e>{r("θ")}</m:e></m:func></m:oMath>')
    p.add_run(" is periodic, and ")
    run_xml(p, f'<m:oMath {M} {W}><m:f><m:fPr><m:type m:val="lin"/></m:fPr><m:num>{r("1")}</m:num><m:den>{r("2")}</m:den></m:f></m:oMath>')
    p.add_run(" is a half.")
    display(d.add_paragraph(), f'<m:eqArr><m:eqArrPr><m:ctrlPr/></m:eqArrPr><m:e>{r("x+y&amp;=2")}</m:e><m:e>{r("x−y&amp;=0")}</m:e></m:eqArr>')
    display(d.add_paragraph(), f'<m:limUpp><m:e><m:groupChr><m:groupChrPr><m:chr m:val="⏞"/><m:pos m:val="top"/><m:vertJc m:val="bot"/></m:groupChrPr><m:e>{r("a+b")}</m:e></m:groupChr></m:e><m:lim>{r("n")}</m:lim></m:limUpp>')
    display(d.add_paragraph(), f'<m:sPre><m:sub>{r("6")}</m:sub><m:sup>{r("14")}</m:sup><m:e>{r("C", "p")}</m:e></m:sPre>')
    display(d.add_paragraph(), f'<m:box><m:e>{r("dx")}</m:e></m:box>{r("+")}<m:borderBox><m:e>{r("E=m")}<m:sSup><m:e>{r("c")}</m:e><m:sup>{r("2")}</m:sup></m:sSup></m:e></m:borderBox><m:phant><m:phantPr><m:show m:val="0"/></m:phantPr><m:e>{r("zzz")}</m:e></m:phant>')
    display(d.add_paragraph(), f'<m:nary><m:sub>{r("a")}</m:sub><m:sup>{r("b")}</m:sup><m:e>{r("f")}<m:d><m:e>{r("x")}</m:e></m:d></m:e></m:nary>')
    display(d.add_paragraph(), f'<m:d><m:e>{r("a")}</m:e><m:e>{r("b")}</m:e></m:d>{r("∈")}{r("R", "p", "double-struck")}{r(" for all ", nor=True)}{r("F", "b")}')
    display(d.add_paragraph(), f'<m:rad><m:radPr><m:degHide m:val="1"/></m:radPr><m:deg/><m:e>{r("2")}</m:e></m:rad>{r("≈1.414")}')
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(f'<m:oMathPara {M} {W}><m:oMath>{r("e")}<m:sSup><m:e>{r("")}</m:e><m:sup>{r("iπ")}</m:sup></m:sSup>{r("+1=0")}</m:oMath></m:oMathPara>'))
    save(d, "word-math.docx")


def pandoc_math():
    """pandoc's OMML (-t docx) and MathML formula objects (-t odt) from pandoc-math.md's TeX."""
    import pypandoc
    exe = pypandoc.get_pandoc_path()
    for fmt in ["docx", "odt"]:
        subprocess.run([exe, "pandoc-math.md", "-t", fmt, "-o", f"pandoc-math.{fmt}"], cwd=HERE, check=True)
        print("wrote", f"pandoc-math.{fmt}")


def pandoc():
    import pypandoc
    exe = pypandoc.get_pandoc_path()
    with open(os.path.join(HERE, "tiny.png"), "wb") as f:
        f.write(png(6, 4, (30, 90, 160)))
    for fmt in ["docx", "odt"]:
        subprocess.run([exe, "pandoc-sample.md", "-t", fmt, "-o", f"pandoc-sample.{fmt}"], cwd=HERE, check=True)
        print("wrote", f"pandoc-sample.{fmt}")
    os.remove(os.path.join(HERE, "tiny.png"))


def libreoffice():
    soffice = shutil.which("soffice")
    if not soffice:
        print("skipped lo-*: no soffice")
        return
    with tempfile.TemporaryDirectory() as tmp:
        profile = f"-env:UserInstallation=file://{tmp}/profile"
        for source, target in [("novel-styles.docx", "odt"), ("pandoc-sample.odt", "docx"), ("doc-binary.odt", "doc"),
                               ("fields-rtl-lists.docx", "odt"), ("lists-numbering.docx", "odt"),
                               ("pandoc-math.docx", "odt"), ("languages-markers.docx", "odt"),
                               ("numbered-headings.docx", "odt")]:
            src = os.path.join(HERE, source)
            if source == "doc-binary.odt":
                src = os.path.join(tmp, "doc-binary.docx")
                shutil.copy(os.path.join(HERE, "no-headings.docx"), src)
            subprocess.run([soffice, profile, "--headless", "--convert-to", target, "--outdir", tmp, src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            stem = os.path.splitext(os.path.basename(src))[0]
            name = {"novel-styles": "lo-novel.odt", "pandoc-sample": "lo-sample.docx", "doc-binary": "renamed-doc.docx",
                    "fields-rtl-lists": "lo-fields-rtl-lists.odt", "lists-numbering": "lo-lists.odt",
                    "pandoc-math": "lo-math.odt", "languages-markers": "lo-languages-markers.odt",
                    "numbered-headings": "lo-numbered-headings.odt"}[stem]
            shutil.copy(os.path.join(tmp, f"{stem}.{target}"), os.path.join(HERE, name))
            print("wrote", name)


if __name__ == "__main__":
    os.chdir(HERE)
    novel()
    lists()
    tables()
    review()
    localized()
    boxes()
    fields_rtl_lists()
    no_headings()
    manuscript_format()
    numbered_headings()
    cover_picture()
    macro_enabled()
    encrypted()
    word_math()
    languages_markers()
    pandoc()
    pandoc_math()
    libreoffice()
