"""Lays out a report's blocks (JSON from report-blocks.ts) as a PDF with ReportLab's Platypus.

    /usr/bin/python3 make_reportlab.py blocks.json out.pdf "Header text"

ReportLab writes the PDF itself (no word processor, no browser): DejaVu Sans
embedded as ReportLab's own TrueType subsets, paragraphs as Platypus
Paragraphs (justified, ordinals raised with <super>), each table a Platypus
Table with every cell ruled (GRID), a heading row spanned across both columns
and shaded, long cells wrapping inside their column; a running header and a
"Page X of Y" footer drawn on each page's canvas once the page count is known.
A4 with 2.2 cm margins. Debian's python3-reportlab.
"""
import json
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans"
for name, suffix in (("DejaVu", ""), ("DejaVu-Bold", "-Bold"), ("DejaVu-Oblique", "-Oblique"), ("DejaVu-BoldOblique", "-BoldOblique")):
    pdfmetrics.registerFont(TTFont(name, f"{DEJAVU}{suffix}.ttf"))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique", boldItalic="DejaVu-BoldOblique")

MARGIN = 2.2 * cm
BODY = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=5)
TITLE = ParagraphStyle("title", parent=BODY, fontName="DejaVu-Bold", fontSize=14, leading=18, alignment=TA_CENTER, spaceAfter=10)
HEADING = ParagraphStyle("heading", parent=BODY, fontName="DejaVu-Bold", fontSize=11.5, leading=14, spaceBefore=9, spaceAfter=4, keepWithNext=1)
FOOTNOTE = ParagraphStyle("footnote", parent=BODY, fontSize=8, leading=10)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, alignment=0, spaceAfter=0)


def markup(runs):
    out = []
    for r in runs:
        h = escape(r["t"])
        if r.get("sup"):
            h = f"<super>{h}</super>"
        if r.get("i"):
            h = f"<i>{h}</i>"
        if r.get("b"):
            h = f"<b>{h}</b>"
        out.append(h)
    return "".join(out)


def plain(runs):
    return "".join(r["t"] for r in runs)


def table(rows, width):
    long_labels = max(len(plain(r[0])) for r in rows) > 40
    widths = (width * 0.62, width * 0.38) if long_labels else (width * 0.3, width * 0.7)
    data, style = [], [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, (label, value) in enumerate(rows):
        if not plain(value).strip():
            data.append([Paragraph(markup(label), CELL), ""])
            style += [("SPAN", (0, i), (1, i)), ("BACKGROUND", (0, i), (1, i), colors.HexColor("#e4e4e4"))]
        else:
            data.append([Paragraph(markup(label), CELL), Paragraph(markup(value), CELL)])
    t = Table(data, colWidths=widths, hAlign="CENTER")
    t.setStyle(TableStyle(style))
    return [t, Spacer(1, 10)]


def numbered_canvas(header):
    class NumberedCanvas(canvas.Canvas):
        """Holds each page until the end, then draws the header and 'Page X of Y' on all of them."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for state in self._pages:
                self.__dict__.update(state)
                w, h = A4
                self.setFont("DejaVu", 7.5)
                self.drawRightString(w - MARGIN, h - 1.3 * cm, header)
                self.drawCentredString(w / 2, 1.2 * cm, f"Page {self._pageNumber} of {len(self._pages)}")
                super().showPage()
            super().save()

    return NumberedCanvas


def main():
    blocks_file, out, header = sys.argv[1:4]
    with open(blocks_file, encoding="utf-8") as f:
        blocks = json.load(f)
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN, title=header, author="")
    story = []
    for block in blocks:
        kind = block["kind"]
        if kind == "table":
            story += table(block["rows"], doc.width)
        elif kind == "bullet":
            item = ListItem(Paragraph(markup(block["runs"]), BODY), leftIndent=14)
            story.append(ListFlowable([item], bulletType="bullet", start="\u2022", bulletFontName="DejaVu", leftIndent=14))
        else:
            style = {"title": TITLE, "heading": HEADING, "footnote": FOOTNOTE}.get(kind, BODY)
            story.append(Paragraph(markup(block["runs"]), style))
    doc.build(story, canvasmaker=numbered_canvas(header))


main()
