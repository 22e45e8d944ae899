"""
python3 scripts/pdf-corpus/pandoc_reference.py OUT.docx LAYOUT.json

A reference.docx for pandoc: pandoc's own default (pandoc
--print-default-data-file reference.docx) with its styles set as someone
preparing a report template in Word would set them (body and heading fonts and
sizes, justified body text, bordered tables), the page size and margins, and a
running header (the report's title) and a footer "Page X of Y" made of PAGE
and NUMPAGES fields. Pandoc takes the styles, page setup, header and footer of
the reference document and ignores its text. Standard library only.

LAYOUT: {"font", "headFont", "size" (half-points), "page": "A4"|"Letter",
"margins": [top, right, bottom, left] in mm, "header", "colour"}
"""

import json
import re
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

out, layout_file = sys.argv[1], sys.argv[2]
L = json.load(open(layout_file, encoding="utf-8"))
default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], check=True, capture_output=True).stdout
src = zipfile.ZipFile(__import__("io").BytesIO(default))
files = {n: src.read(n) for n in src.namelist()}

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def fonts(face: str) -> str:
    return f'<w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:eastAsia="{face}" w:cs="{face}" />'


styles = files["word/styles.xml"].decode("utf-8")
body, head, size = L["font"], L.get("headFont", L["font"]), L["size"]
styles = re.sub(r'<w:rFonts w:asciiTheme="minorHAnsi"[^>]*/>', fonts(body), styles)
styles = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi"[^>]*/>', fonts(head), styles)
styles = re.sub(
    r"(<w:docDefaults>.*?<w:sz w:val=\")24(\" />\s*<w:szCs w:val=\")24",
    lambda m: f"{m.group(1)}{size}{m.group(2)}{size}",
    styles,
    flags=re.S,
)
colour = L.get("colour", "2E4A6B")
styles = re.sub(r'<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1" />', f'<w:color w:val="{colour}" />', styles)
# Heading sizes a step or two above the body; body text justified with tighter spacing.
for sid, sz in (("Heading1", size + 6), ("Heading2", size + 4), ("Heading3", size + 2), ("Title", size + 12)):
    styles = re.sub(
        rf'(<w:style [^>]*w:styleId="{sid}".*?<w:sz w:val=")\d+(" />\s*<w:szCs w:val=")\d+',
        lambda m, sz=sz: f"{m.group(1)}{sz}{m.group(2)}{sz}",
        styles,
        count=1,
        flags=re.S,
    )
styles = styles.replace(
    '<w:spacing w:before="180" w:after="180" />\n    </w:pPr>',
    '<w:spacing w:before="0" w:after="160" />\n      <w:jc w:val="both" />\n    </w:pPr>',
    1,
)
styles = styles.replace('<w:spacing w:before="480" w:after="0" />', '<w:spacing w:before="360" w:after="120" />', 1)
styles = styles.replace('<w:spacing w:before="200" w:after="0" />', '<w:spacing w:before="240" w:after="80" />', 1)
# The default table style: single borders all round, the first row shaded.
border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="7F7F7F" />' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
styles = re.sub(
    r'(<w:style w:type="table" w:default="1" w:styleId="Table">.*?<w:tblPr>)',
    lambda m: m.group(1) + f"<w:tblBorders>{border}</w:tblBorders>",
    styles,
    count=1,
    flags=re.S,
)
styles = re.sub(
    r'(<w:tblStylePr w:type="firstRow">.*?<w:tcPr>)',
    lambda m: m.group(1) + f'<w:shd w:val="clear" w:color="auto" w:fill="{L.get("shade", "D9E2F3")}" />',
    styles,
    count=1,
    flags=re.S,
)
files["word/styles.xml"] = styles.encode("utf-8")

small = f'<w:rPr><w:sz w:val="{size - 4}" /><w:szCs w:val="{size - 4}" /></w:rPr>'
field = lambda name: (  # noqa: E731
    f'<w:r>{small}<w:fldChar w:fldCharType="begin" /></w:r><w:r>{small}<w:instrText xml:space="preserve"> {name} </w:instrText></w:r>'
    f'<w:r>{small}<w:fldChar w:fldCharType="separate" /></w:r><w:r>{small}<w:t>1</w:t></w:r><w:r>{small}<w:fldChar w:fldCharType="end" /></w:r>'
)
header = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}><w:p><w:pPr><w:jc w:val="{L.get("headerAlign", "left")}" />'
    f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="7F7F7F" /></w:pBdr></w:pPr>'
    f'<w:r>{small}<w:t xml:space="preserve">{escape(L["header"])}</w:t></w:r></w:p></w:hdr>'
)
footer = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p><w:pPr><w:jc w:val="{L.get("footerAlign", "right")}" /></w:pPr>'
    f'<w:r>{small}<w:t xml:space="preserve">Page </w:t></w:r>{field("PAGE")}'
    f'<w:r>{small}<w:t xml:space="preserve"> of </w:t></w:r>{field("NUMPAGES")}</w:p></w:ftr>'
)
files["word/header1.xml"] = header.encode("utf-8")
files["word/footer1.xml"] = footer.encode("utf-8")
rels = files["word/_rels/document.xml.rels"].decode("utf-8")
rels = rels.replace(
    "</Relationships>",
    '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Id="rIdHdr1" Target="header1.xml" />'
    '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rIdFtr1" Target="footer1.xml" /></Relationships>',
)
files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
types = files["[Content_Types].xml"].decode("utf-8")
types = types.replace(
    "</Types>",
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" />'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>',
)
files["[Content_Types].xml"] = types.encode("utf-8")

mm = lambda v: round(v * 1440 / 25.4)  # noqa: E731
w, h = (12240, 15840) if L["page"] == "Letter" else (11906, 16838)
t, r, b, l = (mm(v) for v in L["margins"])
sect = (
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1" /><w:footerReference w:type="default" r:id="rIdFtr1" />'
    f'<w:pgSz w:w="{w}" w:h="{h}" /><w:pgMar w:top="{t}" w:right="{r}" w:bottom="{b}" w:left="{l}" w:header="567" w:footer="567" w:gutter="0" /></w:sectPr>'
)
files["word/document.xml"] = files["word/document.xml"].decode("utf-8").replace("<w:sectPr />", sect).encode("utf-8")

with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in src.namelist() + ["word/header1.xml", "word/footer1.xml"]:
        z.writestr(name, files[name])
