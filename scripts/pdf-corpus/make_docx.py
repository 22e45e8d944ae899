"""Lays out a report's blocks (JSON from report-blocks.ts) as a Word document.

    /usr/bin/python3 make_docx.py blocks.json out.docx table|tabs "Header text" [font] [a4|letter|a4-landscape]

table: real Word tables (Table Grid: every border drawn), a narrow label
column so labels and values wrap onto 2-4 lines, a heading row merged
across both columns, bold labels, raised ordinals, justified paragraphs,
a running header and a "Page X of Y" footer made of PAGE/NUMPAGES fields.
tabs: the same document with each table row typed as one paragraph,
label<TAB>value, on tab stops (left with a hanging indent for the
metadata, right-aligned at the margin for the grades), as many offices did.
font and page size default to Liberation Sans on A4 with 2.5 cm margins;
letter is US Letter with 2 cm margins; a4-landscape is A4 turned on its side
with 2.5 cm margins.
"""
import json
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FONT = "Liberation Sans"
# Page width, height and margin in cm.
PAGES = {"a4": (21, 29.7, 2.5), "letter": (21.59, 27.94, 2), "a4-landscape": (29.7, 21, 2.5)}


def add_runs(paragraph, runs, size=None):
    for r in runs:
        run = paragraph.add_run(r["t"])
        run.bold = bool(r.get("b"))
        run.italic = bool(r.get("i"))
        run.font.superscript = bool(r.get("sup"))
        if size:
            run.font.size = Pt(size)


def field(paragraph, instruction):
    """A Word field (PAGE, NUMPAGES): the page number is the producer's, not typed text."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def header_footer(doc, header, page):
    width, height, margin = PAGES[page]
    section = doc.sections[0]
    if width > height:
        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(width), Cm(height)
    section.left_margin = section.right_margin = Cm(margin)
    section.top_margin = section.bottom_margin = Cm(margin)
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(head, [{"t": header}], 8)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(foot, [{"t": "Page "}], 8)
    field(foot, "PAGE")
    add_runs(foot, [{"t": " of "}], 8)
    field(foot, "NUMPAGES")


def plain(runs):
    return "".join(r["t"] for r in runs)


def word_table(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    long_labels = max(len(plain(r[0])) for r in rows) > 40
    widths = (Cm(10), Cm(6)) if long_labels else (Cm(4), Cm(12))
    for label, value in rows:
        cells = table.add_row().cells
        for cell, width in zip(cells, widths):
            cell.width = width
        if not plain(value).strip():
            # A heading row: one cell across the table, as Word users merge them.
            merged = cells[0].merge(cells[1])
            add_runs(merged.paragraphs[0], label)
            continue
        add_runs(cells[0].paragraphs[0], label)
        add_runs(cells[1].paragraphs[0], value)
    doc.add_paragraph()


def tab_rows(doc, rows):
    long_labels = max(len(plain(r[0])) for r in rows) > 40
    for label, value in rows:
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_after = Pt(2)
        if long_labels:
            fmt.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
        else:
            fmt.tab_stops.add_tab_stop(Cm(5))
            fmt.left_indent = Cm(5)
            fmt.first_line_indent = Cm(-5)
        add_runs(p, label, 10)
        if plain(value).strip():
            add_runs(p, [{"t": "\t"}], 10)
            add_runs(p, value, 10)
    doc.add_paragraph()


def main():
    blocks_file, out, layout, header = sys.argv[1:5]
    font = sys.argv[5] if len(sys.argv) > 5 else FONT
    page = sys.argv[6] if len(sys.argv) > 6 else "a4"
    with open(blocks_file, encoding="utf-8") as f:
        blocks = json.load(f)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    header_footer(doc, header, page)
    for block in blocks:
        kind = block["kind"]
        if kind == "table":
            (word_table if layout == "table" else tab_rows)(doc, block["rows"])
            continue
        if kind == "bullet":
            p = doc.add_paragraph(style="List Bullet")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(p, block["runs"])
            continue
        p = doc.add_paragraph()
        size = {"title": 14, "heading": 12, "footnote": 9}.get(kind)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("para", "footnote"):
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if kind == "heading":
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
        add_runs(p, block["runs"], size)
    doc.save(out)


main()
