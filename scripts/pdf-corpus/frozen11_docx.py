"""Frozen set 11: a report's blocks (JSON from report-blocks.ts) as a Word document in one of three
house styles, written with Debian's python3-docx and raw WordprocessingML where python-docx has no API.
The helpers of frozen10_docx.py are reused (its source run without its last line, the call of main()).

    /usr/bin/python3 frozen11_docx.py blocks.json out.docx ruled|margin|watermark "Header text" "Reference"

ruled      a county council's template: Georgia 10.5 pt body (line spacing 1.15) and Verdana headings on
           A4; the metadata in a four-column table (two label/value pairs a row); every table ruled by
           horizontal lines only (no vertical rules), cells vertically centred with generous padding;
           the ratings table's first two rows marked as a header row repeated on each page; each
           numbered section's findings in a two-column table (number | text) whose first row, the
           section heading across both columns, is a repeated header row, rows allowed to break across
           pages; en-dash bullets; footnotes as Word footnotes; a running header left-aligned; a
           footer with a document reference left-aligned and "Page X of Y" right-aligned on one line
           (a centre and a right tab stop).
margin     an NHS trust's template: Times New Roman 12 pt with 1.5 line spacing and Arial headings on US Letter; mirrored
           margins with a gutter; different odd and even page headers and footers; Word line numbering
           in the margin (every fifth line, restarting each page); the metadata with each label
           stacked above its value (no table); the ratings in a fully ruled grid; numbered headings with
           their numbers hanging in the left margin (negative indent, a tab after the
           number); findings with a first-line indent instead of a hanging indent; bullets from
           U+2022; the footnote kept as a small paragraph where the text has it.
watermark  a borough council's template: Verdana 9.5 pt justified in a narrow column (5 cm left and
           3 cm right margins) so the word gaps are large; a page border; a diagonal "OFFICIAL"
           watermark (a VML WordArt shape in the header); after the title a contents list made as a
           TOC field's result is, without the field (entries hyperlinked to bookmarks on the headings,
           dot leaders, PAGEREF fields for the page numbers, which LibreOffice fills in); drop
           capitals (a framePr dropCap paragraph) on the first paragraph and the first paragraph of
           Context; the metadata in a table with only a vertical rule between label and value; the
           ratings in a table with dotted horizontal rules and a repeated header row; square bullets;
           footnotes as Word footnotes; "Page X of Y" centred in the footer.

The words are the report text's, with what the styles add: the running headers, footers and document
reference, the table of contents (watermark), the line numbers (margin), the watermark's word, and the
section headings repeated when a findings table breaks across a page (ruled).
"""
import os
import sys
import types

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

_src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "frozen10_docx.py"), encoding="utf-8").read()
f10 = types.ModuleType("frozen10_docx")
exec(compile(_src[: _src.rstrip().rfind("\nmain()")], "frozen10_docx.py", "exec"), f10.__dict__)

plain, add_runs, field, ppr_xml, shading = f10.plain, f10.add_runs, f10.field, f10.ppr_xml, f10.shading
cell_shading, body_settings, page, numbering = f10.cell_shading, f10.body_settings, f10.page, f10.numbering
bullet_list, set_num, Footnotes, esc = f10.bullet_list, f10.set_num, f10.Footnotes, f10.esc
split_tables, normalise, kind_of, strip_prefix = f10.split_tables, f10.normalise, f10.kind_of, f10.strip_prefix
FINDING, NUMBERED_HEADING, footnote_texts = f10.FINDING, f10.NUMBERED_HEADING, f10.footnote_texts
VML = f10.VML


def rules(table, spec):
    """Table borders: spec maps side (top, bottom, insideH, insideV, left, right) to (val, size, colour)."""
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    inner = ""
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side in spec:
            val, sz, color = spec[side]
            inner += f'<w:{side} w:val="{val}" w:sz="{sz}" w:space="0" w:color="{color}"/>'
        else:
            inner += f'<w:{side} w:val="nil"/>'
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{inner}</w:tblBorders>'))


def cell_margins(table, top, side):
    table._tbl.tblPr.append(
        parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{side}" w:type="dxa"/>'
            f'<w:bottom w:w="{top}" w:type="dxa"/><w:right w:w="{side}" w:type="dxa"/></w:tblCellMar>'
        )
    )


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def tight(p, before=0, after=0):
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)


def bold(runs):
    return [{**r, "b": True} for r in runs]


def sect_xml(section, xml):
    section._sectPr.append(parse_xml(xml))


def fill_table_width(table, width_cm, columns=None):
    """The table's width, and its grid columns' widths (LibreOffice lays a table out from its grid)."""
    table.autofit = False
    for col, w in zip(table.columns, columns or []):
        col.width = Cm(w)
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{int(width_cm * 567)}" w:type="dxa"/>'))


def footer_ref_page(section, reference, font, size, width_cm):
    """The document reference left-aligned and "Page X of Y" right-aligned on the same footer line."""
    foot = section.footer.paragraphs[0]
    for pos in (4680, 9360):  # the Footer style's centre and right tab stops, cleared
        foot.paragraph_format.tab_stops.add_tab_stop(pos * 635, WD_TAB_ALIGNMENT.CLEAR)
    foot.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(foot, [{"t": reference}, {"t": "\t"}, {"t": "Page "}], size, font, "595959")
    field(foot, "PAGE", size, font)
    add_runs(foot, [{"t": " of "}], size, font, "595959")
    field(foot, "NUMPAGES", size, font)


# ---- style: ruled -------------------------------------------------------------------------------

def style_ruled(doc, blocks, header, reference, footnotes_runs):
    body_settings(doc, "Georgia", 10.5)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.15
    section = doc.sections[0]
    page(section, 21, 29.7, (2.5, 2.3, 2.5, 2.3))
    width = 21 - 4.6
    head = section.header.paragraphs[0]
    add_runs(head, [{"t": header}], 8, "Verdana", "00594F")
    ppr_xml(head, f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="4" w:color="00594F"/></w:pBdr>')
    footer_ref_page(section, reference, "Verdana", 7.5, width)
    notes = Footnotes(doc, footnotes_runs, 8)
    bullets = bullet_list(doc, "\u2013", "Verdana", 567, 283)
    green = "00594F"
    hrules = {"top": ("single", 12, green), "bottom": ("single", 12, green), "insideH": ("single", 4, "8CA9A5")}
    meta, ratings = split_tables(blocks)
    findings = None  # the current section's findings table
    for i, b in enumerate(blocks):
        kind = kind_of(b)
        text = plain(b.get("runs", []))
        if kind in ("numbered", "heading") or (kind == "deadline"):
            findings = None if kind != "numbered" else findings
        if kind == "title":
            p = doc.add_paragraph()
            tight(p, 0, 14)
            ppr_xml(p, f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="6" w:color="{green}"/></w:pBdr>')
            add_runs(p, b["runs"], 15, "Verdana", green)
        elif kind == "table" and i == meta:
            rows = b["rows"]
            table = doc.add_table(rows=0, cols=4)
            rules(table, hrules)
            cell_margins(table, 85, 113)
            fill_table_width(table, width, (3.3, 4.9, 3.3, 4.9))
            for k in range(0, len(rows), 2):
                cells = table.add_row().cells
                for j, (label, value) in enumerate(rows[k : k + 2]):
                    lc, vc = cells[2 * j], cells[2 * j + 1]
                    add_runs(lc.paragraphs[0], bold(label), 8, "Verdana", green)
                    add_runs(vc.paragraphs[0], value, 9.5)
                for c, w in zip(cells, (3.3, 4.9, 3.3, 4.9)):
                    c.width = Cm(w)
                    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    tight(c.paragraphs[0])
            p = doc.add_paragraph()
        elif kind == "table":
            table = doc.add_table(rows=0, cols=2)
            rules(table, hrules)
            cell_margins(table, 113, 142)
            fill_table_width(table, width, (11.4, 5))
            for n, (label, value) in enumerate(b["rows"]):
                row = table.add_row()
                cells = row.cells
                val = plain(value).strip()
                head_row = not val or val.lower().startswith("aggregated")
                if i == ratings and n < 2:
                    repeat_header(row)
                if not val:
                    merged = cells[0].merge(cells[1])
                    cell_shading(merged, "DCE8E6")
                    add_runs(merged.paragraphs[0], bold(label), 10.5, "Verdana", green)
                    merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    tight(merged.paragraphs[0])
                    continue
                cells[0].width, cells[1].width = Cm(11.4), Cm(5)
                add_runs(cells[0].paragraphs[0], bold(label) if head_row else label, 9 if head_row else 10, "Verdana" if head_row else None)
                add_runs(cells[1].paragraphs[0], bold(value) if head_row else value, 9 if head_row else 10, "Verdana" if head_row else None)
                for c in cells:
                    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    tight(c.paragraphs[0])
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph()
        elif kind == "numbered":
            if findings is not None:
                tight(doc.add_paragraph(), 0, 0)
            findings = doc.add_table(rows=0, cols=2)
            rules(findings, hrules)
            cell_margins(findings, 100, 113)
            fill_table_width(findings, width, (1.4, width - 1.4))
            row = findings.add_row()
            repeat_header(row)
            merged = row.cells[0].merge(row.cells[1])
            cell_shading(merged, "DCE8E6")
            merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            tight(merged.paragraphs[0])
            add_runs(merged.paragraphs[0], bold(b["runs"]), 10.5, "Verdana", green)
        elif kind == "finding" and findings is not None:
            cells = findings.add_row().cells
            cells[0].width, cells[1].width = Cm(1.4), Cm(width - 1.4)
            m = FINDING.match(text)
            add_runs(cells[0].paragraphs[0], [{"t": text[: m.end()].strip(), "b": True}], 9.5, "Verdana", green)
            add_runs(cells[1].paragraphs[0], strip_prefix(b["runs"], m.end()), footnotes=notes)
            cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            for c in cells:
                tight(c.paragraphs[0], 0, 0)
        elif findings is not None and kind in ("para", "bullet", "footnote"):
            if kind == "footnote" and b["runs"] and b["runs"][0]["t"].strip() in notes:
                continue
            cell = findings.rows[-1].cells[1]
            p = cell.add_paragraph()
            tight(p, 4, 0)
            if kind == "bullet":
                set_num(p, bullets)
            add_runs(p, b["runs"], 8 if kind == "footnote" else None, footnotes=notes)
        elif kind in ("heading", "deadline"):
            if findings is not None:
                findings = None
            p = doc.add_paragraph()
            fmt = p.paragraph_format
            fmt.keep_with_next = True
            fmt.space_before = Pt(16 if kind == "heading" else 10)
            fmt.space_after = Pt(6)
            if kind == "heading":
                add_runs(p, bold(b["runs"]), 12, "Verdana", green)
            else:
                ppr_xml(p, f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="4" w:color="8CA9A5"/></w:pBdr>')
                add_runs(p, bold(b["runs"]), 10, "Verdana", green)
        elif kind == "bullet":
            p = doc.add_paragraph()
            set_num(p, bullets)
            tight(p, 0, 4)
            add_runs(p, b["runs"], footnotes=notes)
        elif kind == "footnote" and b["runs"] and b["runs"][0]["t"].strip() in notes:
            continue
        else:
            p = doc.add_paragraph()
            add_runs(p, b["runs"], 8 if kind == "footnote" else None, footnotes=notes)
    notes.save()


# ---- style: margin -------------------------------------------------------------------------------

def style_margin(doc, blocks, header, reference):
    body_settings(doc, "Times New Roman", 12)
    normal = doc.styles["Normal"].paragraph_format
    normal.line_spacing_rule = WD_LINE_SPACING.ONE_POINT_FIVE
    normal.space_after = Pt(6)
    settings = doc.settings.element
    settings.append(parse_xml(f'<w:mirrorMargins {nsdecls("w")}/>'))
    settings.append(parse_xml(f'<w:evenAndOddHeaders {nsdecls("w")}/>'))
    section = doc.sections[0]
    page(section, 21.59, 27.94, (2.2, 2.0, 2.2, 2.8))  # left is the inside margin: mirrored
    section.gutter = Cm(0.8)
    sect_xml(section, f'<w:lnNumType {nsdecls("w")} w:countBy="5" w:distance="737" w:restart="newPage"/>')
    width = 21.59 - 2.0 - 2.8 - 0.8
    navy = "1B2A5C"
    odd = section.header.paragraphs[0]
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(odd, [{"t": header}], 9, "Arial", navy)
    even = section.even_page_header.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_runs(even, [{"t": reference}], 9, "Arial", navy)
    for foot, align in ((section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)):
        foot.alignment = align
        add_runs(foot, [{"t": "Page "}], 9, "Arial")
        field(foot, "PAGE", 9, "Arial")
        add_runs(foot, [{"t": " of "}], 9, "Arial")
        field(foot, "NUMPAGES", 9, "Arial")
    bullets = bullet_list(doc, "\u2022", "Times New Roman", 720, 360)
    meta, ratings = split_tables(blocks)
    for i, b in enumerate(blocks):
        kind = kind_of(b)
        text = plain(b.get("runs", []))
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            tight(p, 0, 18)
            ppr_xml(p, f'<w:pBdr {nsdecls("w")}><w:bottom w:val="double" w:sz="6" w:space="8" w:color="{navy}"/></w:pBdr>')
            add_runs(p, b["runs"], 19, None, navy)
        elif kind == "table" and i == meta:
            for label, value in b["rows"]:
                lp = doc.add_paragraph()
                lp.paragraph_format.keep_with_next = True
                lp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                tight(lp, 4, 0)
                add_runs(lp, bold(label), 8, "Arial", "6B6B6B")
                vp = doc.add_paragraph()
                vp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                vp.paragraph_format.left_indent = Cm(0.4)
                tight(vp, 1, 4)
                add_runs(vp, value, 12)
        elif kind == "table":
            table = doc.add_table(rows=0, cols=2)
            rules(table, {s: ("single", 4, "404040") for s in ("top", "bottom", "left", "right", "insideH", "insideV")})
            fill_table_width(table, width, (width - 4.2, 4.2))
            for label, value in b["rows"]:
                cells = table.add_row().cells
                val = plain(value).strip()
                if not val:
                    merged = cells[0].merge(cells[1])
                    cell_shading(merged, "D9DEEC")
                    add_runs(merged.paragraphs[0], bold(label), 12, None, navy)
                    merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                    merged.paragraphs[0].paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                    tight(merged.paragraphs[0], 3, 3)
                    continue
                head_row = val.lower().startswith("aggregated")
                cells[0].width, cells[1].width = Cm(width - 4.2), Cm(4.2)
                for c, runs in zip(cells, (label, value)):
                    if head_row:
                        cell_shading(c, "EEF0F6")
                    pp = c.paragraphs[0]
                    pp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                    tight(pp, 3, 3)
                    add_runs(pp, bold(runs) if head_row else runs, 11)
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph()
        elif kind in ("heading", "numbered", "deadline"):
            p = doc.add_paragraph()
            fmt = p.paragraph_format
            fmt.keep_with_next = True
            fmt.space_before = Pt(14 if kind != "deadline" else 8)
            fmt.space_after = Pt(4)
            fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
            m = NUMBERED_HEADING.match(text)
            if kind == "numbered" and m:
                # the number hangs in the margin: a negative first-line indent, a tab at the margin
                ppr_xml(p, f'<w:ind {nsdecls("w")} w:left="0" w:right="0" w:hanging="567"/>')
                fmt.tab_stops.add_tab_stop(Cm(0))
                add_runs(p, [{"t": text[: m.end()].strip(), "b": True}, {"t": "\t"}], 11.5, "Arial", navy)
                add_runs(p, bold(strip_prefix(b["runs"], m.end())), 11.5, "Arial", navy)
            elif kind == "heading":
                add_runs(p, bold(b["runs"]), 13, "Arial", navy)
            else:
                add_runs(p, bold(b["runs"]), 12, None, navy)
        elif kind == "finding":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1.0)
            m = FINDING.match(text)
            add_runs(p, [{"t": text[: m.end()], "b": True}] + strip_prefix(b["runs"], m.end()))
        elif kind == "bullet":
            p = doc.add_paragraph()
            set_num(p, bullets)
            tight(p, 0, 3)
            add_runs(p, b["runs"])
        elif kind == "footnote":
            p = doc.add_paragraph()
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            add_runs(p, b["runs"], 9)
        else:
            p = doc.add_paragraph()
            add_runs(p, b["runs"])


# ---- style: watermark ----------------------------------------------------------------------------

WATERMARK = (
    '<w:r {ns} {vml}><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:430pt;height:107pt;rotation:315;z-index:-251657216;'
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;'
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#d8d8d8" stroked="f">'
    '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Verdana&quot;;font-size:1pt" string="OFFICIAL"/>'
    "</v:shape></w:pict></w:r>"
)


def drop_cap(doc, runs, font, lines=3):
    """Word's drop capital: the first letter in a framed paragraph of its own (framePr dropCap), the rest after it."""
    first, rest = runs[0]["t"][0], [{**runs[0], "t": runs[0]["t"][1:]}] + runs[1:]
    cap = doc.add_paragraph()
    ppr_xml(cap, f'<w:framePr {nsdecls("w")} w:dropCap="drop" w:lines="{lines}" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>')
    cap.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    cap.paragraph_format.line_spacing = Pt(41)
    tight(cap)
    r = cap.add_run(first)
    r.font.name = font
    r.font.size = Pt(40)
    r.font.color.rgb = RGBColor.from_string("7A1F2B")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p, rest


def toc(doc, entries, width):
    """A table of contents as Word's TOC field result is made: each heading hyperlinked to its bookmark, a
    dot leader, a PAGEREF field for its page (LibreOffice works the page numbers out as it prints)."""
    for n, (name, text) in enumerate(entries):
        p = doc.add_paragraph()
        tight(p, 0, 2)
        numbered = bool(NUMBERED_HEADING.match(text))
        p.paragraph_format.left_indent = Cm(0.5 if numbered else 0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        xml = ""
        xml += (
            f'<w:hyperlink w:anchor="{name}" w:history="1">'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:tab/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:instrText xml:space="preserve"> PAGEREF {name} \\h </w:instrText></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
        )
        for el in parse_xml(f'<w:p {nsdecls("w")}>{xml}</w:p>'):
            p._p.append(el)
    tight(doc.add_paragraph(), 0, 6)


def bookmark(p, n, name):
    p._p.insert(1 if p._p.pPr is not None else 0, parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{n}" w:name="{name}"/>'))
    p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{n}"/>'))


def style_watermark(doc, blocks, header, reference, footnotes_runs):
    body_settings(doc, "Verdana", 9.5)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.2
    section = doc.sections[0]
    page(section, 21, 29.7, (2.6, 3.0, 2.6, 5.0))
    width = 21 - 8.0
    maroon = "7A1F2B"
    sect_xml(
        section,
        f'<w:pgBorders {nsdecls("w")} w:offsetFrom="text">'
        + "".join(f'<w:{s} w:val="single" w:sz="12" w:space="12" w:color="595959"/>' for s in ("top", "left", "bottom", "right"))
        + "</w:pgBorders>",
    )
    # pgBorders must come before the columns and page-number settings in sectPr: move it after pgMar
    sectPr = section._sectPr
    borders = sectPr.find(qn("w:pgBorders"))
    sectPr.remove(borders)
    sectPr.find(qn("w:pgMar")).addnext(borders)
    head = section.header.paragraphs[0]
    add_runs(head, [{"t": header}], 7.5, "Verdana", maroon)
    head._p.append(parse_xml(WATERMARK.format(ns=nsdecls("w"), vml=VML)))
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(foot, [{"t": reference + "   |   Page "}], 7.5, "Verdana")
    field(foot, "PAGE", 7.5, "Verdana")
    add_runs(foot, [{"t": " of "}], 7.5, "Verdana")
    field(foot, "NUMPAGES", 7.5, "Verdana")
    notes = Footnotes(doc, footnotes_runs, 7)
    bullets = bullet_list(doc, "\uf0a7", "Wingdings", 454, 284)
    meta, ratings = split_tables(blocks)
    heads = [(n, plain(b["runs"])) for n, b in enumerate(blocks) if kind_of(b) in ("heading", "numbered")]
    names = {n: f"_Toc3{n:05d}" for n, _ in heads}
    first_para, context_next = True, False
    for i, b in enumerate(blocks):
        kind = kind_of(b)
        text = plain(b.get("runs", []))
        if kind == "title":
            p = doc.add_paragraph()
            tight(p, 0, 12)
            add_runs(p, b["runs"], 14, "Verdana", maroon)
            toc(doc, [(names[n], t) for n, t in heads], width)
        elif kind == "table" and i == meta:
            table = doc.add_table(rows=0, cols=2)
            rules(table, {"insideV": ("single", 12, maroon)})
            cell_margins(table, 28, 142)
            for label, value in b["rows"]:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(4.6), Cm(width - 4.6)
                cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                add_runs(cells[0].paragraphs[0], bold(label), 8, None, maroon)
                add_runs(cells[1].paragraphs[0], value, 8.5)
                for c in cells:
                    tight(c.paragraphs[0], 1, 1)
            doc.add_paragraph()
        elif kind == "table":
            table = doc.add_table(rows=0, cols=2)
            rules(table, {"top": ("single", 12, maroon), "bottom": ("single", 12, maroon), "insideH": ("dotted", 4, "7F7F7F")})
            cell_margins(table, 57, 85)
            for n, (label, value) in enumerate(b["rows"]):
                row = table.add_row()
                cells = row.cells
                val = plain(value).strip()
                if i == ratings and n < 2:
                    repeat_header(row)
                if not val:
                    merged = cells[0].merge(cells[1])
                    add_runs(merged.paragraphs[0], bold(label), 10, None, maroon)
                    tight(merged.paragraphs[0], 2, 2)
                    continue
                head_row = val.lower().startswith("aggregated")
                cells[0].width, cells[1].width = Cm(width - 3.4), Cm(3.4)
                for c, runs in zip(cells, (label, value)):
                    if head_row:
                        cell_shading(c, "F2E6E8")
                    add_runs(c.paragraphs[0], bold(runs) if head_row else runs, 8.5)
                    tight(c.paragraphs[0], 1, 1)
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            doc.add_paragraph()
        elif kind in ("heading", "numbered", "deadline"):
            p = doc.add_paragraph()
            fmt = p.paragraph_format
            fmt.keep_with_next = True
            fmt.space_before = Pt(14 if kind != "deadline" else 8)
            fmt.space_after = Pt(5)
            add_runs(p, bold(b["runs"]), 11.5 if kind == "heading" else 10, None, maroon)
            if i in names:
                bookmark(p, i, names[i])
            context_next = kind == "heading" and text.lower().startswith("context")
        elif kind == "bullet":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            set_num(p, bullets)
            tight(p, 0, 3)
            add_runs(p, b["runs"], footnotes=notes)
        elif kind == "footnote" and b["runs"] and b["runs"][0]["t"].strip() in notes:
            continue
        else:
            runs = b["runs"]
            if kind == "para" and (first_para or context_next) and runs and runs[0]["t"][:1].isalpha():
                p, runs = drop_cap(doc, runs, "Verdana")
            else:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if kind == "para":
                first_para = context_next = False
            if kind == "finding":
                m = FINDING.match(text)
                add_runs(p, [{"t": text[: m.end()], "b": True, "i": False}] + strip_prefix(runs, m.end()), footnotes=notes)
            else:
                add_runs(p, runs, 7.5 if kind == "footnote" else None, footnotes=notes)
    notes.save()


def main():
    blocks_file, out, style, header, reference = sys.argv[1:6]
    import json

    with open(blocks_file, encoding="utf-8") as f:
        blocks = normalise(json.load(f))
    doc = Document()
    if style == "ruled":
        style_ruled(doc, blocks, header, reference, footnote_texts(blocks))
    elif style == "margin":
        style_margin(doc, blocks, header, reference)
    elif style == "watermark":
        style_watermark(doc, blocks, header, reference, footnote_texts(blocks))
    else:
        raise SystemExit(f"unknown style {style}")
    doc.save(out)


if __name__ == "__main__":
    main()
