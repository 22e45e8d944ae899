"""Frozen set 10: a report's blocks (JSON from report-blocks.ts) as a Word document in one of three
house styles, written with Debian's python3-docx and raw WordprocessingML where python-docx has no API.

    /usr/bin/python3 frozen10_docx.py blocks.json out.docx tabstops|cover|twocol "Header text"

tabstops  a county council's template: Calibri 11 pt on A4, line spacing exactly 14 pt, automatic
          hyphenation on, widow/orphan control off; the title in a shaded band (paragraph shading and
          borders); the metadata as label<TAB>value paragraphs on a left tab stop with a dot leader,
          the ratings as label<TAB>grade on a right tab stop at the margin with a dot leader (no
          table); headings letter-spaced with a rule under them (paragraph border), not hyphenated, the unnumbered ones
          (Context, The Inspection Process, Recommendations, Next steps) in small capitals; finding
          numbers typed, a tab after them on a hanging indent; bullets from a Wingdings bullet (U+F0A7);
          a different first-page header; "Page X of Y" right-aligned in the footer.
cover     an NHS trust's template: Cambria body, Calibri headings, on A4; a cover page with a different
          (empty) first-page header and footer, the title in a filled rectangle (a VML shape with a text
          box) and the metadata as a floating (positioned) table under it; the ratings on a landscape page
          of their own in a table with no borders, shaded header rows and banded grade rows; section
          headings and findings numbered by a Word multilevel list (%1. and %1.%2) with the numbers in
          Arial bold blue, the typed numbers removed; bullets from a Symbol bullet (U+F0B7); footnotes as
          Word footnotes; "Page X of Y" in the footer.
twocol    a borough council's template: Arial 10 pt on A4 with 2 cm margins; the title over a banded
          header (a shaded one-row table in the page header carrying the running header); metadata and
          ratings in tables with no borders but shaded label cells and white gaps between cells; headings
          on a full-width shaded band; the findings (from the first numbered heading to Recommendations)
          in a two-column section; the recommendations in a two-column table, the deadline on the left and
          the addressee and bullets on the right; bullets from a Wingdings arrow (U+F0D8); footnotes as
          Word footnotes; "Page X of Y" in a text box (VML) in the footer.

The words are the report text's: nothing is added to the body but the list numbers that replace typed
ones (cover) and the footnote markers that replace a superscript number and its footnote line.
"""
import copy
import json
import re
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

NUMBERED_HEADING = re.compile(r"^(\d{1,2})\.\s+")
FINDING = re.compile(r"^(\d{1,2})\.(\d{1,2})\s+")
TITLE = re.compile(r"^report on the outcome\b.*services in\b", re.I)
DEADLINE = re.compile(r"^(within\s+\d+\s+(months|weeks|days)|immediately)\b", re.I)


def plain(runs):
    return "".join(r["t"] for r in runs)


def strip_prefix(runs, n):
    """The runs without their first n characters (a typed number replaced by a list number)."""
    out = []
    for r in runs:
        if n <= 0:
            out.append(r)
            continue
        if len(r["t"]) <= n:
            n -= len(r["t"])
            continue
        out.append({**r, "t": r["t"][n:]})
        n = 0
    if out:
        out[0] = {**out[0], "t": out[0]["t"].lstrip()}
    return out


def add_runs(p, runs, size=None, font=None, color=None, caps=False, spacing=None, footnotes=None):
    for r in runs:
        if footnotes is not None and r.get("sup") and r["t"].strip() in footnotes:
            footnote_reference(p, footnotes[r["t"].strip()])
            continue
        run = p.add_run(r["t"])
        run.bold = bool(r.get("b"))
        run.italic = bool(r.get("i"))
        run.font.superscript = bool(r.get("sup"))
        if size:
            run.font.size = Pt(size)
        if font:
            run.font.name = font
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if caps:
            run.font.small_caps = True
        if spacing:
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            run._r.get_or_add_rPr().append(sp)


def field(p, instruction, size=None, font=None):
    simple = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="{instruction}"><w:r><w:rPr>'
        + (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' if font else "")
        + (f'<w:sz w:val="{int(size * 2)}"/>' if size else "")
        + "</w:rPr><w:t>1</w:t></w:r></w:fldSimple>"
    )
    p._p.append(simple)


def ppr_xml(p, xml):
    """Appends WordprocessingML to a paragraph's properties (borders, shading)."""
    p._p.get_or_add_pPr().append(parse_xml(xml))


def shading(fill):
    return f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'


def cell_shading(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(shading(fill)))


def table_borders(table, spec):
    """spec: 'none', or a colour for white gaps between shaded cells."""
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    if spec == "none":
        inner = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    else:
        inner = "".join(
            f'<w:{s} w:val="single" w:sz="18" w:space="0" w:color="{spec}"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{inner}</w:tblBorders>'))


def body_settings(doc, font, size, exact=None, hyphenate=False, widows=True):
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    normal.element.rPr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>'))
    fmt = normal.paragraph_format
    fmt.space_after = Pt(6)
    if exact:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(exact)
    fmt.widow_control = widows
    if hyphenate:
        settings = doc.settings.element
        settings.append(parse_xml(f'<w:autoHyphenation {nsdecls("w")}/>'))
        settings.append(parse_xml(f'<w:hyphenationZone {nsdecls("w")} w:val="357"/>'))


def page(section, width, height, margins):
    section.page_width, section.page_height = Cm(width), Cm(height)
    top, right, bottom, left = margins
    section.top_margin, section.right_margin, section.bottom_margin, section.left_margin = Cm(top), Cm(right), Cm(bottom), Cm(left)
    section.header_distance = section.footer_distance = Cm(1.2)


def numbering(doc, abstract_xml):
    """Adds an abstract numbering and a num for it; returns the num id."""
    root = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in root.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    nids = [int(n.get(qn("w:numId"))) for n in root.findall(qn("w:num"))]
    nid = max(nids + [0]) + 1
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">{abstract_xml}</w:abstractNum>')
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def bullet_list(doc, char, font, indent=720, hanging=360):
    return numbering(
        doc,
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{char}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="{hanging}"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr></w:lvl>',
    )


def set_num(p, nid, level=0):
    ppr_xml(p, f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{nid}"/></w:numPr>')


# ---- footnotes ---------------------------------------------------------------------------------

def footnotes_part(doc):
    xml = (
        f'<w:footnotes {nsdecls("w", "r")}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:separator/></w:r></w:p></w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    settings.append(
        parse_xml(
            f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        )
    )
    return part


class Footnotes:
    def __init__(self, doc, texts, size):
        self.doc, self.texts, self.size = doc, texts, size
        self.part = footnotes_part(doc) if texts else None
        self.items = []

    def __contains__(self, marker):
        return marker in self.texts

    def __getitem__(self, marker):
        fid = len(self.items) + 1
        self.items.append((fid, self.texts[marker]))
        return fid

    def save(self):
        if not self.part:
            return
        notes = []
        for fid, runs in self.items:
            body = "".join(
                '<w:r><w:rPr>' + ("<w:b/>" if r.get("b") else "") + ("<w:i/>" if r.get("i") else "")
                + f'<w:sz w:val="{self.size * 2}"/></w:rPr><w:t xml:space="preserve">{esc(r["t"])}</w:t></w:r>'
                for r in runs
            )
            notes.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="{self.size * 2}"/></w:rPr><w:footnoteRef/></w:r>{body}</w:p></w:footnote>'
            )
        xml = self.part.blob.decode("utf-8").replace("</w:footnotes>", "".join(notes) + "</w:footnotes>")
        self.part._blob = xml.encode("utf-8")


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnote_reference(p, fid):
    p._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'
        )
    )


def footnote_texts(blocks):
    """Footnote lines ("<sup>1</sup> text") whose marker is also raised in a paragraph: marker → runs."""
    out = {}
    for b in blocks:
        if b["kind"] == "footnote" and b["runs"] and b["runs"][0].get("sup"):
            out[b["runs"][0]["t"].strip()] = strip_prefix(b["runs"][1:], 0)
    return out


# ---- shared pieces ------------------------------------------------------------------------------

def header_footer(section, header, font, footer_align=WD_ALIGN_PARAGRAPH.RIGHT, size=8):
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(head, [{"t": header}], size, font)
    foot = section.footer.paragraphs[0]
    foot.alignment = footer_align
    add_runs(foot, [{"t": "Page "}], size, font)
    field(foot, "PAGE", size, font)
    add_runs(foot, [{"t": " of "}], size, font)
    field(foot, "NUMPAGES", size, font)


def first_page_blank(doc, section):
    section.different_first_page_header_footer = True
    # python-docx creates the first-page header and footer parts on first access; leave them empty.
    section.first_page_header.paragraphs[0].text = ""
    section.first_page_footer.paragraphs[0].text = ""


def split_tables(blocks):
    tables = [i for i, b in enumerate(blocks) if b["kind"] == "table"]
    return tables[0], tables[1]


def numbering_consistent(blocks):
    """True when the sections run 1, 2, 3 … and each section's findings k.1, k.2 …, so a list can number them."""
    sec, par = 0, 0
    for b in blocks:
        if b["kind"] == "heading":
            m = NUMBERED_HEADING.match(plain(b["runs"]))
            if m:
                if int(m.group(1)) != sec + 1:
                    return False
                sec, par = sec + 1, 0
        elif b["kind"] == "para":
            m = FINDING.match(plain(b["runs"]))
            if m:
                if int(m.group(1)) != sec or int(m.group(2)) != par + 1:
                    return False
                par += 1
    return sec > 0


def normalise(blocks):
    """The title as a title whether or not the text marks it; the council's line (a table row whose
    empty value the text's trimmed line lost) put back as the first row of the ratings table."""
    out = []
    for b in blocks:
        if b["kind"] in ("para", "heading") and not any(x["kind"] == "title" for x in out) and TITLE.match(plain(b["runs"])):
            b = {**b, "kind": "title"}
        if b["kind"] == "table" and out and out[-1]["kind"] == "para" and plain(out[-1]["runs"]).strip().endswith("Council"):
            b = {**b, "rows": [[out.pop()["runs"], []]] + b["rows"]}
        out.append(b)
    return out


def kind_of(block):
    """heading | numbered | deadline | finding | bullet | footnote | para | title | table."""
    k = block["kind"]
    if k in ("table", "title", "bullet", "footnote"):
        return k
    text = plain(block["runs"])
    if DEADLINE.match(text) and len(text) < 60:
        return "deadline"
    if k == "heading":
        return "numbered" if NUMBERED_HEADING.match(text) else "heading"
    if FINDING.match(text):
        return "finding"
    return "para"


# ---- style: tabstops ----------------------------------------------------------------------------

def style_tabstops(doc, blocks, header):
    body_settings(doc, "Calibri", 11, exact=14, hyphenate=True, widows=False)
    section = doc.sections[0]
    page(section, 21, 29.7, (2.54, 2.54, 2.54, 2.54))
    header_footer(section, header, "Calibri")
    section.different_first_page_header_footer = True
    fp = section.first_page_footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(fp, [{"t": "Page "}], 8, "Calibri")
    field(fp, "PAGE", 8, "Calibri")
    add_runs(fp, [{"t": " of "}], 8, "Calibri")
    field(fp, "NUMPAGES", 8, "Calibri")
    bullets = bullet_list(doc, "\uf0a7", "Wingdings", 567, 283)
    text_width = 21 - 2 * 2.54
    meta, ratings = split_tables(blocks)
    for i, b in enumerate(blocks):
        kind = kind_of(b)
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            p.paragraph_format.space_after = Pt(18)
            ppr_xml(
                p,
                f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="36" w:space="6" w:color="1F3864"/>'
                '<w:bottom w:val="single" w:sz="36" w:space="6" w:color="1F3864"/></w:pBdr>',
            )
            ppr_xml(p, shading("1F3864"))
            ppr_xml(p, f'<w:suppressAutoHyphens {nsdecls("w")}/>')
            add_runs(p, b["runs"], 16, "Calibri Light", "FFFFFF")
        elif kind == "table" and i == meta:
            for label, value in b["rows"]:
                p = doc.add_paragraph()
                fmt = p.paragraph_format
                fmt.space_after = Pt(3)
                fmt.left_indent, fmt.first_line_indent = Cm(6), Cm(-6)
                fmt.tab_stops.add_tab_stop(Cm(6), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
                add_runs(p, label, 10.5)
                add_runs(p, [{"t": "\t"}])
                add_runs(p, value, 10.5)
            doc.add_paragraph()
        elif kind == "table" and i == ratings:
            for label, value in b["rows"]:
                p = doc.add_paragraph()
                fmt = p.paragraph_format
                fmt.space_after = Pt(2)
                fmt.right_indent = Cm(0)
                fmt.left_indent, fmt.first_line_indent = Cm(0.5), Cm(-0.5)
                fmt.tab_stops.add_tab_stop(Cm(text_width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                lab, val = plain(label).strip(), plain(value).strip()
                if not val:
                    add_runs(p, label, 12, color="1F3864")
                    p.runs[0].bold = True
                    ppr_xml(p, f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="12" w:space="1" w:color="1F3864"/></w:pBdr>')
                    continue
                header_row = val.lower().startswith("aggregated")
                add_runs(p, label, 10.5)
                add_runs(p, [{"t": "\t"}])
                add_runs(p, value, 10.5)
                if header_row:
                    fmt.space_before = Pt(6)
                    for r in p.runs:
                        r.bold = True
                        r.font.color.rgb = RGBColor.from_string("1F3864")
            doc.add_paragraph()
        elif kind == "table":
            for label, value in b["rows"]:
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
                add_runs(p, label)
                add_runs(p, [{"t": "\t"}])
                add_runs(p, value)
        elif kind in ("heading", "numbered", "deadline"):
            p = doc.add_paragraph()
            fmt = p.paragraph_format
            fmt.keep_with_next = True
            fmt.space_before = Pt(14 if kind != "deadline" else 8)
            fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
            ppr_xml(p, f'<w:suppressAutoHyphens {nsdecls("w")}/>')
            runs = [{**r, "b": True} for r in b["runs"]]
            if kind == "heading":
                add_runs(p, runs, 13, "Calibri Light", "1F3864", caps=True, spacing=30)
                ppr_xml(p, f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="2" w:color="1F3864"/></w:pBdr>')
            elif kind == "numbered":
                add_runs(p, runs, 12, "Calibri Light", "1F3864", spacing=20)
                ppr_xml(p, f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="2" w:color="8EAADB"/></w:pBdr>')
            else:
                add_runs(p, runs, 11, color="1F3864")
        elif kind == "finding":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt = p.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(1.1), Cm(-1.1)
            fmt.tab_stops.add_tab_stop(Cm(1.1))
            m = FINDING.match(plain(b["runs"]))
            number = plain(b["runs"])[: m.end()].strip()
            add_runs(p, [{"t": number, "b": True}, {"t": "\t"}] + strip_prefix(b["runs"], m.end()))
        elif kind == "bullet":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            set_num(p, bullets)
            add_runs(p, b["runs"])
        elif kind == "footnote":
            p = doc.add_paragraph()
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            add_runs(p, b["runs"], 8.5)
        else:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(p, b["runs"])


# ---- style: cover --------------------------------------------------------------------------------

def title_shape(doc, runs):
    """The title in a filled rectangle: a VML shape with a text box, anchored in the first paragraph."""
    text = "".join(
        '<w:r><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="40"/>'
        + ('<w:vertAlign w:val="superscript"/>' if r.get("sup") else "")
        + f'</w:rPr><w:t xml:space="preserve">{esc(r["t"])}</w:t></w:r>'
        for r in runs
    )
    p = doc.add_paragraph()
    p._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} {VML}><w:pict>'
            '<v:rect id="Title" o:spid="_x0000_s1025" style="position:absolute;margin-left:0;margin-top:24pt;width:451.3pt;height:150pt;'
            'z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
            'fillcolor="#005eb8" stroked="f">'
            '<v:textbox inset="18pt,18pt,18pt,18pt"><w:txbxContent>'
            f'<w:p><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr>{text}</w:p>'
            "</w:txbxContent></v:textbox></v:rect></w:pict></w:r>"
        )
    )
    return p


def floating_table(table, y_cm, width_cm):
    """A positioned table; narrower than the text column, as LibreOffice only floats those."""
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{int(width_cm * 567)}" w:type="dxa"/>'))
    table._tbl.tblPr.append(
        parse_xml(
            f'<w:tblpPr {nsdecls("w")} w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" '
            f'w:horzAnchor="margin" w:tblpXSpec="center" w:tblpY="{int(y_cm * 567)}"/>'
        )
    )
    table._tbl.tblPr.append(parse_xml(f'<w:tblOverlap {nsdecls("w")} w:val="never"/>'))


def style_cover(doc, blocks, header, footnotes_runs):
    body_settings(doc, "Cambria", 11)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.15
    section = doc.sections[0]
    page(section, 21, 29.7, (2.5, 2.2, 2.5, 2.2))
    header_footer(section, header, "Calibri", WD_ALIGN_PARAGRAPH.CENTER, 9)
    first_page_blank(doc, section)
    notes = Footnotes(doc, footnotes_runs, 9)
    bullets = bullet_list(doc, "\uf0b7", "Symbol")
    listed = numbering_consistent(blocks)
    outline = numbering(
        doc,
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/><w:b/><w:color w:val="005EB8"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="851"/></w:tabs><w:ind w:left="851" w:hanging="851"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/><w:b/><w:color w:val="005EB8"/><w:sz w:val="20"/></w:rPr></w:lvl>',
    )
    meta, ratings = split_tables(blocks)
    for i, b in enumerate(blocks):
        kind = kind_of(b)
        if kind == "title":
            title_shape(doc, b["runs"])
        elif kind == "table" and i == meta:
            table = doc.add_table(rows=0, cols=2)
            table_borders(table, "none")
            for label, value in b["rows"]:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(4.5), Cm(9.5)
                add_runs(cells[0].paragraphs[0], [{**r, "b": True} for r in label], 10, "Calibri", "005EB8")
                add_runs(cells[1].paragraphs[0], value, 10, "Calibri")
                for c in cells:
                    c.paragraphs[0].paragraph_format.space_after = Pt(4)
            floating_table(table, 7.5, 14)
            # the rest of the document starts on a page of its own after the cover
            doc.add_paragraph().add_run().add_break(docx_break_page())
        elif kind == "table" and i == ratings:
            landscape = doc.add_section(WD_SECTION.NEW_PAGE)
            landscape.orientation = WD_ORIENT.LANDSCAPE
            landscape.different_first_page_header_footer = False
            page(landscape, 29.7, 21, (2.2, 2.5, 2.2, 2.5))
            table = doc.add_table(rows=0, cols=2)
            table_borders(table, "none")
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            band = 0
            for label, value in b["rows"]:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(17), Cm(7.5)
                val = plain(value).strip()
                if not val:
                    merged = cells[0].merge(cells[1])
                    add_runs(merged.paragraphs[0], [{**r, "b": True} for r in label], 14, "Calibri", "005EB8")
                    continue
                if val.lower().startswith("aggregated"):
                    for c, runs in zip(cells, (label, value)):
                        cell_shading(c, "005EB8")
                        add_runs(c.paragraphs[0], [{**r, "b": True} for r in runs], 11, "Calibri", "FFFFFF")
                    band = 0
                    continue
                band += 1
                for c, runs in zip(cells, (label, value)):
                    cell_shading(c, "DEEAF6" if band % 2 else "FFFFFF")
                    add_runs(c.paragraphs[0], runs, 11, "Calibri")
                    c.paragraphs[0].paragraph_format.space_before = Pt(3)
                    c.paragraphs[0].paragraph_format.space_after = Pt(3)
            portrait = doc.add_section(WD_SECTION.NEW_PAGE)
            portrait.orientation = WD_ORIENT.PORTRAIT
            portrait.different_first_page_header_footer = False
            page(portrait, 21, 29.7, (2.5, 2.2, 2.5, 2.2))
        elif kind == "table":
            for label, value in b["rows"]:
                add_runs(doc.add_paragraph(), label + [{"t": " "}] + value)
        elif kind in ("heading", "numbered", "deadline"):
            p = doc.add_paragraph()
            fmt = p.paragraph_format
            fmt.keep_with_next = True
            fmt.space_before = Pt(16 if kind != "deadline" else 10)
            runs = [{**r, "b": True} for r in b["runs"]]
            if kind == "numbered" and listed:
                set_num(p, outline, 0)
                runs = strip_prefix(runs, NUMBERED_HEADING.match(plain(runs)).end())
            add_runs(p, runs, 13 if kind != "deadline" else 11.5, "Calibri", "005EB8" if kind != "deadline" else "003087")
        elif kind == "finding":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            runs = b["runs"]
            if listed:
                set_num(p, outline, 1)
                runs = strip_prefix(runs, FINDING.match(plain(runs)).end())
            add_runs(p, runs, footnotes=notes)
        elif kind == "bullet":
            p = doc.add_paragraph()
            set_num(p, bullets)
            add_runs(p, b["runs"], footnotes=notes)
        elif kind == "footnote" and b["runs"] and b["runs"][0]["t"].strip() in notes:
            continue
        else:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(p, b["runs"], 9 if kind == "footnote" else None, footnotes=notes)
    notes.save()


def docx_break_page():
    from docx.enum.text import WD_BREAK

    return WD_BREAK.PAGE


# ---- style: twocol ---------------------------------------------------------------------------------

def banded_header(section, header):
    """The running header as a one-row shaded table across the page (a banded header)."""
    hdr = section.header
    table = hdr.add_table(rows=1, cols=1, width=Cm(17))
    table_borders(table, "none")
    cell = table.rows[0].cells[0]
    cell_shading(cell, "4B2E83")
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(3)
    add_runs(p, [{"t": header}], 8, "Arial", "FFFFFF")
    # Word keeps an empty paragraph after a table in a header.
    hdr.paragraphs[0]._p.getparent().remove(hdr.paragraphs[0]._p)
    hdr._element.append(parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:spacing w:after="0"/><w:rPr><w:sz w:val="4"/></w:rPr></w:pPr></w:p>'))


def footer_textbox(section):
    """"Page X of Y" in a text box at the right of the footer."""
    foot = section.footer.paragraphs[0]
    run_xml = lambda t: f'<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>'
    fld = lambda i: (
        f'<w:fldSimple w:instr="{i}"><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
    )
    foot._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} {VML}><w:pict>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="PageBox" o:spid="_x0000_s2049" type="#_x0000_t202" style="position:absolute;margin-left:396pt;margin-top:0;'
            'width:85pt;height:18pt;z-index:251660288;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
            'fillcolor="#ede7f6" stroked="f"><v:textbox inset="4pt,2pt,4pt,2pt"><w:txbxContent>'
            f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr>{run_xml("Page ")}{fld("PAGE")}{run_xml(" of ")}{fld("NUMPAGES")}</w:p>'
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )


def set_columns(section, n, space=567):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{n}" w:space="{space}"/>'))


def gap_table(doc, rows, widths, label_fill, size=10):
    table = doc.add_table(rows=0, cols=2)
    table_borders(table, "FFFFFF")
    for label, value in rows:
        cells = table.add_row().cells
        for c, w in zip(cells, widths):
            c.width = Cm(w)
        val = plain(value).strip()
        if not val:
            merged = cells[0].merge(cells[1])
            cell_shading(merged, "4B2E83")
            add_runs(merged.paragraphs[0], [{**r, "b": True} for r in label], size + 1, "Arial", "FFFFFF")
            continue
        head = val.lower().startswith("aggregated")
        cell_shading(cells[0], "9E8BC4" if head else label_fill)
        cell_shading(cells[1], "9E8BC4" if head else "F3F0F8")
        add_runs(cells[0].paragraphs[0], [{**r, "b": True} for r in label] if head else label, size)
        add_runs(cells[1].paragraphs[0], [{**r, "b": True} for r in value] if head else value, size)
        for c in cells:
            c.paragraphs[0].paragraph_format.space_before = Pt(2)
            c.paragraphs[0].paragraph_format.space_after = Pt(2)
    doc.add_paragraph()


def style_twocol(doc, blocks, header, footnotes_runs):
    body_settings(doc, "Arial", 10)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.1
    section = doc.sections[0]
    page(section, 21, 29.7, (2.0, 2.0, 2.0, 2.0))
    banded_header(section, header)
    footer_textbox(section)
    notes = Footnotes(doc, footnotes_runs, 8)
    bullets = bullet_list(doc, "\uf0d8", "Wingdings", 425, 283)
    meta, ratings = split_tables(blocks)
    in_columns = False
    recs = None  # the recommendations table while it is being filled
    right = None
    for i, b in enumerate(blocks):
        kind = kind_of(b)
        text = plain(b.get("runs", []))
        if kind == "numbered" and not in_columns:
            two = doc.add_section(WD_SECTION.CONTINUOUS)
            set_columns(two, 2)
            in_columns = True
        if kind == "heading" and in_columns and text.lower().startswith("recommendations"):
            one = doc.add_section(WD_SECTION.CONTINUOUS)
            set_columns(one, 1)
            in_columns = False
        if kind == "heading" and text.lower().startswith("next steps"):
            recs = right = None
        if kind == "title":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(14)
            add_runs(p, b["runs"], 17, "Arial", "4B2E83")
        elif kind == "table" and i in (meta, ratings):
            widths = (5, 12) if i == meta else (12.5, 4.5)
            gap_table(doc, b["rows"], widths, "D9D2E9")
        elif kind == "table":
            gap_table(doc, b["rows"], (8.5, 8.5), "D9D2E9")
        elif kind == "deadline" and recs is not None:
            cells = recs.add_row().cells
            cells[0].width, cells[1].width = Cm(4), Cm(13)
            cell_shading(cells[0], "D9D2E9")
            add_runs(cells[0].paragraphs[0], [{**r, "b": True} for r in b["runs"]], 10, "Arial", "4B2E83")
            right = cells[1]
            right.paragraphs[0]._p.getparent().remove(right.paragraphs[0]._p)
        elif kind in ("heading", "numbered", "deadline"):
            p = doc.add_paragraph()
            fmt = p.paragraph_format
            fmt.keep_with_next = True
            fmt.space_before = Pt(12)
            fmt.space_after = Pt(6)
            runs = [{**r, "b": True} for r in b["runs"]]
            if kind == "heading":
                ppr_xml(p, shading("4B2E83"))
                add_runs(p, runs, 11.5, "Arial", "FFFFFF", spacing=16)
            else:
                ppr_xml(p, shading("E4DFEF"))
                add_runs(p, runs, 10.5, "Arial", "4B2E83")
            if kind == "heading" and text.lower().startswith("recommendations"):
                recs = doc.add_table(rows=0, cols=2)
                table_borders(recs, "FFFFFF")
        elif right is not None and kind in ("para", "bullet"):
            p = right.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            if kind == "bullet":
                set_num(p, bullets)
            add_runs(p, b["runs"], 10)
        elif kind == "bullet":
            p = doc.add_paragraph()
            set_num(p, bullets)
            add_runs(p, b["runs"], footnotes=notes)
        elif kind == "footnote" and b["runs"] and b["runs"][0]["t"].strip() in notes:
            continue
        else:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if kind == "finding":
                m = FINDING.match(text)
                add_runs(p, [{"t": text[: m.end()], "b": True}] + strip_prefix(b["runs"], m.end()), footnotes=notes)
            else:
                add_runs(p, b["runs"], 8 if kind == "footnote" else None, footnotes=notes)
    notes.save()


def main():
    blocks_file, out, style, header = sys.argv[1:5]
    with open(blocks_file, encoding="utf-8") as f:
        blocks = normalise(json.load(f))
    doc = Document()
    if style == "tabstops":
        style_tabstops(doc, blocks, header)
    elif style == "cover":
        style_cover(doc, blocks, header, footnote_texts(blocks))
    elif style == "twocol":
        style_twocol(doc, blocks, header, footnote_texts(blocks))
    else:
        raise SystemExit(f"unknown style {style}")
    doc.save(out)


main()
