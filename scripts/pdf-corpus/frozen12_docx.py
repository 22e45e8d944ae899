"""Frozen set 12: a report's blocks (JSON from report-blocks.ts) as a Word document in one of three
house styles, written with Debian's python3-docx and raw WordprocessingML where python-docx has no API.
The helpers of frozen10_docx.py and frozen11_docx.py are reused (frozen10's source run without its last
line, the call of main(); frozen11's imported, its main() guarded).

    /usr/bin/python3 frozen12_docx.py blocks.json out.docx gradegrid|lightlist|boxed "Council name"

gradegrid  a unitary council's template: Cambria 10.5 pt single-spaced with 6 pt after, on A4; the
           metadata in a narrow 2-column table (8.5 + 5 cm, not full width) with a grid of all borders,
           so long values (the "Date of Inspection") wrap onto two lines; the ratings in a full-width
           2-column grid whose grade cells are filled green, amber or red by grade with the grade word
           in white bold, the council's row merged and filled navy, the column-heading rows grey;
           headings in a box with a thick coloured left border and a pale fill (paragraph border and
           shading); each section's findings numbered by a Word multilevel list (section headings at
           level 1, "%1.", findings at level 2, "%1.%2"), the finding numbers right-aligned (lvlJc
           right) inside a 1.5 cm hanging indent, the typed numbers removed; the recommendations as a
           2-level list: each lead-in ("Ensure that … take action to:") at level 1 with a square
           bullet, its items at level 2 with en-dash bullets; footnotes as Word footnotes; a header
           with the council's name left and "Children's services inspection" right on one line (a
           right tab stop, the Header style's centre stop cleared); a footer "Page X" only, centred.
lightlist  an NHS trust's template on A4 LANDSCAPE throughout: Calibri 11 pt; headings in Word's
           built-in Heading 1 / Heading 2 / Heading 3 styles (python-docx's default template); the
           metadata and ratings tables in the built-in "Light List Accent 1" table style with its look
           applied directly as Word shows it: the first row filled blue with white bold text, the
           other rows banded pale blue, an outer blue border and no inner rules; findings with typed
           numbers on a 1.27 cm hanging indent after a tab; deadlines as Heading 3; small-square
           bullets (U+25AA); the footnote a small paragraph where the text has it; no header; a footer
           "Page X" right-aligned.
boxed      a borough council's template: Arial 10 pt, line spacing 1.1, on A4 with 2.2 cm margins; the
           whole report body after the title inside a single-cell table that acts as a frame (a double
           outer border, the cell's contents the paragraphs, tables nested in it); the metadata as a
           nested 2-column table with shaded labels and dashed row rules; the ratings as a nested
           3-column table (judgement | grade | a blank notes column, as a template left it) with
           grades centred; headings in bold small caps with a bottom border; findings with the number
           bold in its own run and a 1 cm hanging indent; bullets from an arrow (U+27A2, Segoe UI
           Symbol → DejaVu Sans); footnotes as Word footnotes; header "Children's services inspection"
           right-aligned; footer "Page X" left-aligned.

The words are the report text's; each style adds only the header and footer text, the list numbers that
replace typed ones (gradegrid) and the footnote markers that replace a superscript number and its line.
"""
import json
import os
import re
import sys
import types

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

_here = os.path.dirname(os.path.abspath(__file__))
_src = open(os.path.join(_here, "frozen10_docx.py"), encoding="utf-8").read()
f10 = types.ModuleType("frozen10_docx")
exec(compile(_src[: _src.rstrip().rfind("\nmain()")], "frozen10_docx.py", "exec"), f10.__dict__)
sys.path.insert(0, _here)
import frozen11_docx as f11  # noqa: E402  (its main() runs only as a script)

plain, add_runs, field, ppr_xml, shading = f10.plain, f10.add_runs, f10.field, f10.ppr_xml, f10.shading
cell_shading, body_settings, page, numbering = f10.cell_shading, f10.body_settings, f10.page, f10.numbering
bullet_list, set_num, Footnotes = f10.bullet_list, f10.set_num, f10.Footnotes
split_tables, normalise, kind_of, strip_prefix = f10.split_tables, f10.normalise, f10.kind_of, f10.strip_prefix
FINDING, NUMBERED_HEADING, footnote_texts = f10.FINDING, f10.NUMBERED_HEADING, f10.footnote_texts
numbering_consistent = f10.numbering_consistent
rules, cell_margins, tight, bold, fill_table_width = f11.rules, f11.cell_margins, f11.tight, f11.bold, f11.fill_table_width

LEAD_IN = re.compile(r"\baction to:?\s*$", re.I)
GRADE_FILL = {"outstanding": "00703C", "good": "4E9A2A", "adequate": "D9822B", "inadequate": "C00000"}
ALL = ("top", "left", "bottom", "right", "insideH", "insideV")


def grade_fill(value):
    return GRADE_FILL.get(plain(value).strip().lower())


def header_two_ends(section, left, right, font, size, width_cm, color=None):
    """The council's name left and a fixed phrase right on one header line (a right tab stop)."""
    head = section.header.paragraphs[0]
    for pos in (4680, 9360):  # the Header style's centre and right tab stops, cleared
        head.paragraph_format.tab_stops.add_tab_stop(pos * 635, WD_TAB_ALIGNMENT.CLEAR)
    head.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(head, [{"t": left}, {"t": "\t"}, {"t": right}], size, font, color)


def footer_page(section, align, font, size):
    foot = section.footer.paragraphs[0]
    foot.alignment = align
    add_runs(foot, [{"t": "Page "}], size, font)
    field(foot, "PAGE", size, font)


def is_lead_in(kind, text, in_recs):
    return in_recs and kind == "para" and bool(LEAD_IN.search(text.strip().rstrip("*")))


# ---- style: gradegrid ---------------------------------------------------------------------------

def findings_list(doc, color):
    """A multilevel list: section headings "%1." at level 1, findings "%1.%2" right-aligned in a 1.5 cm hanging indent."""
    return numbering(
        doc,
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="680"/></w:tabs><w:ind w:left="680" w:hanging="680"/></w:pPr>'
        f'<w:rPr><w:b/><w:color w:val="{color}"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
        '<w:lvlJc w:val="right"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="851"/></w:tabs><w:ind w:left="851" w:hanging="284"/></w:pPr>'
        f'<w:rPr><w:b/><w:color w:val="{color}"/></w:rPr></w:lvl>',
    )


def recs_list(doc, color):
    return numbering(
        doc,
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u25a0"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="397" w:hanging="397"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/><w:color w:val="{color}"/><w:sz w:val="16"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="964" w:hanging="397"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Cambria" w:hAnsi="Cambria" w:hint="default"/></w:rPr></w:lvl>',
    )


def style_gradegrid(doc, blocks, council, footnotes_runs):
    body_settings(doc, "Cambria", 10.5)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.0
    section = doc.sections[0]
    page(section, 21, 29.7, (2.4, 2.2, 2.4, 2.2))
    width = 21 - 4.4
    navy = "17365D"
    header_two_ends(section, council, "Children's services inspection", "Cambria", 9, width, navy)
    footer_page(section, WD_ALIGN_PARAGRAPH.CENTER, "Cambria", 9)
    notes = Footnotes(doc, footnotes_runs, 8)
    listed = numbering_consistent(blocks)
    nums = findings_list(doc, navy)
    recs = recs_list(doc, navy)
    grid = {s: ("single", 4, "7F7F7F") for s in ALL}
    meta, ratings = split_tables(blocks)
    in_recs = False
    for i, b in enumerate(blocks):
        kind = kind_of(b)
        text = plain(b.get("runs", []))
        if kind == "title":
            p = doc.add_paragraph()
            tight(p, 0, 12)
            add_runs(p, bold(b["runs"]), 16, "Cambria", navy)
        elif kind == "table" and i == meta:
            table = doc.add_table(rows=0, cols=2)
            rules(table, grid)
            cell_margins(table, 40, 100)
            fill_table_width(table, 13.5, (8.5, 5.0))
            for label, value in b["rows"]:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(8.5), Cm(5.0)
                cell_shading(cells[0], "EAF0F7")
                add_runs(cells[0].paragraphs[0], bold(label), 10, None, navy)
                add_runs(cells[1].paragraphs[0], value, 10)
                for c in cells:
                    tight(c.paragraphs[0])
            tight(doc.add_paragraph(), 0, 6)
        elif kind == "table":
            table = doc.add_table(rows=0, cols=2)
            rules(table, grid)
            cell_margins(table, 50, 100)
            fill_table_width(table, width, (width - 3.6, 3.6))
            for label, value in b["rows"]:
                cells = table.add_row().cells
                val = plain(value).strip()
                if not val:
                    merged = cells[0].merge(cells[1])
                    cell_shading(merged, navy)
                    add_runs(merged.paragraphs[0], bold(label), 11, None, "FFFFFF")
                    tight(merged.paragraphs[0])
                    continue
                cells[0].width, cells[1].width = Cm(width - 3.6), Cm(3.6)
                fill = grade_fill(value)
                head_row = fill is None
                for c, runs in zip(cells, (label, value)):
                    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    tight(c.paragraphs[0])
                    if head_row:
                        cell_shading(c, "D9D9D9")
                    add_runs(c.paragraphs[0], bold(runs) if head_row else runs, 10)
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                if fill:
                    cell_shading(cells[1], fill)
                    for r in cells[1].paragraphs[0].runs:
                        r.bold = True
                        r.font.color.rgb = RGBColor.from_string("FFFFFF")
            tight(doc.add_paragraph(), 0, 6)
        elif kind in ("heading", "numbered"):
            in_recs = text.strip().lower().startswith("recommendation") or (in_recs and not text.strip().lower().startswith("next steps"))
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            tight(p, 14, 8)
            ppr_xml(p, f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="36" w:space="6" w:color="{navy}"/></w:pBdr>')
            ppr_xml(p, shading("EAF0F7"))
            p.paragraph_format.left_indent = Cm(0.3)
            m = NUMBERED_HEADING.match(text)
            if kind == "numbered" and listed and m:
                set_num(p, nums, 0)
                add_runs(p, bold(strip_prefix(b["runs"], m.end())), 12, None, navy)
            else:
                add_runs(p, bold(b["runs"]), 12, None, navy)
        elif kind == "deadline":
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            tight(p, 10, 4)
            add_runs(p, bold(b["runs"]), 11, None, navy)
        elif kind == "finding":
            p = doc.add_paragraph()
            m = FINDING.match(text)
            if listed:
                set_num(p, nums, 1)
                add_runs(p, strip_prefix(b["runs"], m.end()), footnotes=notes)
            else:
                # typed numbers kept: right-aligned on a tab stop inside the same 1.5 cm hanging indent
                fmt = p.paragraph_format
                fmt.left_indent, fmt.first_line_indent = Cm(1.5), Cm(-1.5)
                fmt.tab_stops.add_tab_stop(Cm(1.0), WD_TAB_ALIGNMENT.RIGHT)
                fmt.tab_stops.add_tab_stop(Cm(1.5))
                add_runs(p, [{"t": "\t"}, {"t": text[: m.end()].strip(), "b": True}, {"t": "\t"}], None, None, navy)
                add_runs(p, strip_prefix(b["runs"], m.end()), footnotes=notes)
        elif kind == "bullet":
            p = doc.add_paragraph()
            set_num(p, recs, 1)
            tight(p, 0, 3)
            add_runs(p, b["runs"], footnotes=notes)
        elif is_lead_in(kind, text, in_recs):
            p = doc.add_paragraph()
            set_num(p, recs, 0)
            tight(p, 4, 3)
            add_runs(p, b["runs"])
        elif kind == "footnote" and b["runs"] and b["runs"][0]["t"].strip() in notes:
            continue
        else:
            p = doc.add_paragraph()
            add_runs(p, b["runs"], 8 if kind == "footnote" else None, footnotes=notes)
    notes.save()


# ---- style: lightlist ---------------------------------------------------------------------------

def light_list(table, width, columns):
    """Word's "Light List Accent 1" look, applied directly as well as by style name."""
    try:
        table.style = "Light List Accent 1"
    except KeyError:
        pass
    rules(table, {"top": ("single", 8, "4F81BD"), "bottom": ("single", 8, "4F81BD"), "left": ("single", 8, "4F81BD"), "right": ("single", 8, "4F81BD")})
    fill_table_width(table, width, columns)


def style_lightlist(doc, blocks):
    body_settings(doc, "Calibri", 11)
    doc.styles["Normal"].paragraph_format.space_after = Pt(8)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.08
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    page(section, 29.7, 21, (2.0, 2.5, 2.0, 2.5))
    width = 29.7 - 5.0
    footer_page(section, WD_ALIGN_PARAGRAPH.RIGHT, "Calibri", 9)
    bullets = bullet_list(doc, "\u25aa", "Calibri", 567, 283)
    meta, ratings = split_tables(blocks)
    for i, b in enumerate(blocks):
        kind = kind_of(b)
        text = plain(b.get("runs", []))
        if kind == "title":
            p = doc.add_paragraph(style="Title")
            add_runs(p, b["runs"], 22)
        elif kind == "table":
            cols = (8.0, width - 8.0) if i == meta else (width - 6.0, 6.0)
            table = doc.add_table(rows=0, cols=2)
            light_list(table, width, cols)
            for n, (label, value) in enumerate(b["rows"]):
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(cols[0]), Cm(cols[1])
                val = plain(value).strip()
                first = n == 0
                sub = i == ratings and not first and grade_fill(value) is None
                for c, runs in zip(cells, (label, value)):
                    tight(c.paragraphs[0], 2, 2)
                    if first:
                        cell_shading(c, "4F81BD")
                        add_runs(c.paragraphs[0], bold(runs), 11, None, "FFFFFF")
                    else:
                        if n % 2 == 1:
                            cell_shading(c, "DBE5F1")
                        add_runs(c.paragraphs[0], bold(runs) if (sub or c is cells[0] and i == meta) else runs, 10.5)
                if i == ratings and val:
                    cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph()
        elif kind == "heading":
            p = doc.add_paragraph(style="Heading 1")
            add_runs(p, b["runs"])
        elif kind == "numbered":
            p = doc.add_paragraph(style="Heading 2")
            add_runs(p, b["runs"])
        elif kind == "deadline":
            p = doc.add_paragraph(style="Heading 3")
            add_runs(p, b["runs"])
        elif kind == "finding":
            p = doc.add_paragraph()
            fmt = p.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(1.27), Cm(-1.27)
            fmt.tab_stops.add_tab_stop(Cm(1.27))
            m = FINDING.match(text)
            add_runs(p, [{"t": text[: m.end()].strip()}, {"t": "\t"}] + strip_prefix(b["runs"], m.end()))
        elif kind == "bullet":
            p = doc.add_paragraph()
            set_num(p, bullets)
            tight(p, 0, 4)
            add_runs(p, b["runs"])
        else:
            p = doc.add_paragraph()
            add_runs(p, b["runs"], 8.5 if kind == "footnote" else None)


# ---- style: boxed -------------------------------------------------------------------------------

def style_boxed(doc, blocks, footnotes_runs):
    body_settings(doc, "Arial", 10)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.1
    section = doc.sections[0]
    page(section, 21, 29.7, (2.2, 2.2, 2.2, 2.2))
    width = 21 - 4.4
    teal = "1F6E6E"
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(head, [{"t": "Children's services inspection"}], 8, "Arial", teal)
    footer_page(section, WD_ALIGN_PARAGRAPH.LEFT, "Arial", 8)
    notes = Footnotes(doc, footnotes_runs, 7.5)
    meta, ratings = split_tables(blocks)
    frame = None
    cell = None
    first_in_cell = True

    def para():
        nonlocal first_in_cell
        if first_in_cell:
            first_in_cell = False
            return cell.paragraphs[0]
        return cell.add_paragraph()

    bullets = bullet_list(doc, "\u27a2", "Segoe UI Symbol", 567, 340)
    for i, b in enumerate(blocks):
        kind = kind_of(b)
        text = plain(b.get("runs", []))
        if kind == "title":
            p = doc.add_paragraph()
            tight(p, 0, 10)
            add_runs(p, bold(b["runs"]), 15, "Arial", teal)
            frame = doc.add_table(rows=1, cols=1)
            rules(frame, {s: ("double", 6, teal) for s in ("top", "left", "bottom", "right")})
            cell_margins(frame, 170, 227)
            fill_table_width(frame, width, (width,))
            cell = frame.rows[0].cells[0]
            continue
        if cell is None:
            p = doc.add_paragraph()
            add_runs(p, b.get("runs", []))
            continue
        inner = width - 0.8
        if kind == "table" and i == meta:
            para()
            table = cell.add_table(rows=0, cols=2)
            rules(table, {"top": ("dashed", 4, "8FB3B3"), "bottom": ("dashed", 4, "8FB3B3"), "insideH": ("dashed", 4, "8FB3B3")})
            fill_table_width(table, inner, (5.2, inner - 5.2))
            for label, value in b["rows"]:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(5.2), Cm(inner - 5.2)
                cell_shading(cells[0], "E3EFEF")
                add_runs(cells[0].paragraphs[0], bold(label), 9, None, teal)
                add_runs(cells[1].paragraphs[0], value, 9.5)
                for c in cells:
                    tight(c.paragraphs[0], 2, 2)
            tight(cell.add_paragraph(), 0, 4)
        elif kind == "table":
            para()
            table = cell.add_table(rows=0, cols=3)
            rules(table, {s: ("single", 4, teal) for s in ALL})
            cols = (inner - 6.2, 3.0, 3.2)
            fill_table_width(table, inner, cols)
            for label, value in b["rows"]:
                cells = table.add_row().cells
                for c, w in zip(cells, cols):
                    c.width = Cm(w)
                val = plain(value).strip()
                if not val:
                    merged = cells[0].merge(cells[2])
                    cell_shading(merged, teal)
                    add_runs(merged.paragraphs[0], bold(label), 10, None, "FFFFFF")
                    tight(merged.paragraphs[0], 2, 2)
                    continue
                head_row = grade_fill(value) is None
                add_runs(cells[0].paragraphs[0], bold(label) if head_row else label, 9.5)
                add_runs(cells[1].paragraphs[0], bold(value) if head_row else value, 9.5)
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                for c in cells:
                    tight(c.paragraphs[0], 2, 2)
                    if head_row:
                        cell_shading(c, "E3EFEF")
            tight(cell.add_paragraph(), 0, 4)
        elif kind in ("heading", "numbered", "deadline"):
            p = para()
            p.paragraph_format.keep_with_next = True
            tight(p, 12 if kind != "deadline" else 8, 5)
            if kind != "deadline":
                ppr_xml(p, f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="2" w:color="{teal}"/></w:pBdr>')
            add_runs(p, bold(b["runs"]), 11 if kind != "deadline" else 10, None, teal, caps=kind != "deadline")
        elif kind == "finding":
            p = para()
            fmt = p.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(1.0), Cm(-1.0)
            fmt.tab_stops.add_tab_stop(Cm(1.0))
            m = FINDING.match(text)
            add_runs(p, [{"t": text[: m.end()].strip(), "b": True}, {"t": "\t"}])
            add_runs(p, strip_prefix(b["runs"], m.end()), footnotes=notes)
        elif kind == "bullet":
            p = para()
            set_num(p, bullets)
            tight(p, 0, 3)
            add_runs(p, b["runs"], footnotes=notes)
        elif kind == "footnote" and b["runs"] and b["runs"][0]["t"].strip() in notes:
            continue
        else:
            p = para()
            add_runs(p, b["runs"], 8 if kind == "footnote" else None, footnotes=notes)
    notes.save()


def main():
    blocks_file, out, style, council = sys.argv[1:5]
    with open(blocks_file, encoding="utf-8") as f:
        blocks = normalise(json.load(f))
    doc = Document()
    if style == "gradegrid":
        style_gradegrid(doc, blocks, council, footnote_texts(blocks))
    elif style == "lightlist":
        style_lightlist(doc, blocks)
    elif style == "boxed":
        style_boxed(doc, blocks, footnote_texts(blocks))
    else:
        raise SystemExit(f"unknown style {style}")
    doc.save(out)


if __name__ == "__main__":
    main()
