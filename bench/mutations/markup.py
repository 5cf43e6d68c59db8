"""Markup faults seen in converted and hand-edited books, each a snippet put into one chapter.

Found by probing EPUBCheck with small edits of real markup (obsolete attributes, values out of
their vocabulary, content in the wrong order, references to ids that are not there); kept so
the differential keeps checking them on every seed. Each entry: name, the EPUB versions it
applies to, where the snippet goes (end of body, or end of head), the snippet, and the fault.
"""
from . import REGISTRY, Mutation
from .content import _doc, _body

SNIPPETS = [
    ("ol_type_invalid", "3", "body", '<ol type="x"><li>one</li></ol>', "an ol with type=\"x\" (HTML allows 1, a, A, i, I)."),
    ("hidden_value_invalid", "3", "body", '<p hidden="no">hidden?</p>', "hidden=\"no\" (HTML allows \"\", hidden, until-found)."),
    ("table_caption_late", "3", "body", "<table><tbody><tr><td>x</td></tr></tbody><caption>c</caption></table>", "a table caption after its body."),
    ("table_thead_late", "3", "body", "<table><tbody><tr><td>x</td></tr></tbody><thead><tr><th>h</th></tr></thead></table>", "a thead after the tbody."),
    ("table_rows_without_tbody", "3", "body", "<table><tr><td>x</td></tr></table>", "rows directly in a table (valid XHTML syntax)."),
    ("usemap_without_hash", "3", "body", '<p><img src="missing-map.png" alt="" usemap="m"/></p>', "usemap=\"m\" without the #."),
    ("aria_reference_missing", "3", "body", '<p aria-describedby="no-such-note">described</p>', "aria-describedby naming an id that is not in the document."),
    ("a_rev", "3", "body", '<p><a href="#" rev="prev">back</a></p>', "a@rev (RDFa-era attribute HTML does not have)."),
    ("dir_uppercase", "3", "body", '<p dir="RTL">rtl</p>', "dir=\"RTL\" (HTML enumerations are case-insensitive)."),
    ("table_border", "3", "body", '<table border="1"><tr><td>x</td></tr></table>', "table@border (still valid HTML)."),
    ("event_handler_epub2", "2", "body", '<p onclick="go()">click</p>', "an onclick attribute in EPUB 2 (no Intrinsic Events in OPS 2.0.1)."),
    ("lang_empty_epub2", "2", "body", '<p xml:lang="">unknown language</p>', "xml:lang=\"\" in EPUB 2 (RFC 3066 codes are never empty)."),
    ("xml_space_epub2", "2", "body", '<p xml:space="preserve">spaces</p>', "xml:space on a p in EPUB 2 (only pre, script, style)."),
    ("a_target_epub2", "2", "body", '<p><a href="#" target="_blank">new window</a></p>', "a@target in EPUB 2 (accepted by EPUBCheck)."),
    ("title_empty", "3", "head", "<title></title>", "an empty title element."),
    ("meta_name_without_content", "3", "head", '<meta name="author"/>', "a named meta without content."),
    ("link_without_rel", "3", "head", '<link href="missing.css"/>', "a link without rel."),
]


def _make(name, versions, where, snippet):
    def apply(book):
        if ("3" if book.is_epub3 else "2") not in versions:
            return False
        if where == "body":
            return _body(book, snippet)
        doc = _doc(book)
        if not doc:
            return False
        if snippet.startswith("<title>"):
            # replace the title's text rather than adding a second title
            return book.replace(doc, r"<title>[^<]*</title>", snippet, regex=True) or book.replace(doc, r"(</head>)", snippet + r"\1", regex=True)
        return book.replace(doc, r"(</head>)", snippet + r"\1", regex=True)
    apply.__name__ = name
    return apply


for _name, _versions, _where, _snippet, _doc_line in SNIPPETS:
    REGISTRY.append(Mutation("xhtml", _name, _doc_line, _make(_name, _versions, _where, _snippet)))
