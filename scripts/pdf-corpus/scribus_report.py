"""Frozen set 9: a report laid out by pdf-corpus/frozen9-layout.ts, set by Scribus and exported by
Scribus's own PDF writer. Run by Scribus's scripter, headless:

    SCRIBUS_LAYOUT=layout.json SCRIBUS_PDF=out.pdf xvfb-run -a scribus -g -ns -py scribus_report.py

(file names passed in the environment: Scribus takes the words after the script for documents to open)

The layout gives the lines' places; each line (or the part of a line after a hanging number) is a
text frame of its own, in which Scribus sets the words itself: justified lines with Scribus's forced
justification (it spreads the words across the frame), the others ranged left, superscript ordinals
by Scribus's superscript character feature, its default ligatures left on. Rules and shading are
Scribus line and polygon items. Fonts are embedded as subsets.
"""
import json
import os

import scribus

layout = json.load(open(os.environ["SCRIBUS_LAYOUT"], encoding="utf-8"))
out = os.environ["SCRIBUS_PDF"]
W, H = layout["page"]
fonts = layout["fonts"]  # style key -> Scribus font name
scribus.newDocument((W, H), (36, 36, 36, 36), scribus.PORTRAIT, 1, scribus.UNIT_POINTS, scribus.PAGE_1, 0, len(layout["pages"]))
scribus.setUnit(scribus.UNIT_POINTS)
greys = {}
sup_styles = {}


def grey(level):
    name = "grey%03d" % round(level * 1000)
    if name not in greys:
        v = round(level * 255)
        scribus.defineColorRGB(name, v, v, v)
        greys[name] = True
    return name


def sup_style(font, size):
    key = (font, size)
    if key not in sup_styles:
        name = "sup%d" % len(sup_styles)
        scribus.createCharStyle(name, font=fonts[font], fontsize=size, features="superscript")
        sup_styles[key] = name
    return sup_styles[key]


def frame(group, y):
    """One text frame holding the segments of a line; returns its name."""
    base = max(s["size"] for s in group)
    text = ""
    ranges = []
    for i, s in enumerate(group):
        if i and not s.get("glued"):
            text += " "
        ranges.append((len(text), len(s["text"]), s))
        text += s["text"]
    x0 = group[0]["x"]
    x1 = group[-1].get("end", x0 + base * 0.6 * len(text))
    justify = any(s["ws"] > 0.01 for s in group) and " " in text
    width = (x1 - x0) + (0.5 if justify else base * 3)
    top = H - y - base * 0.95
    name = scribus.createText(x0, top, width, base * 1.6)
    scribus.setTextDistances(0, 0, 0, 0, name)
    scribus.setText(text, name)
    scribus.setFont(fonts["R"], name)
    scribus.setFontSize(base, name)
    scribus.setLineSpacing(base * 1.2, name)
    for start, count, s in ranges:
        if s["rise"] > 0:
            scribus.selectText(start, count, name)
            scribus.setCharacterStyle(sup_style(s["f"], base), name)
        elif s["f"] != "R" or s["size"] != base:
            scribus.selectText(start, count, name)
            scribus.setFont(fonts[s["f"]], name)
            scribus.setFontSize(s["size"], name)
    scribus.setTextAlignment(scribus.ALIGN_FORCED if justify else scribus.ALIGN_LEFT, name)
    # Scribus's advance widths are not quite the layout's: widen a frame until its text fits.
    tries = 0
    while scribus.textOverflows(name) and tries < 20:
        width += base * 0.5
        scribus.sizeObject(width, base * 1.6 + tries, name)
        tries += 1
    if scribus.textOverflows(name):
        raise RuntimeError("text overflows its frame: " + text)
    return name


for n, page in enumerate(layout["pages"]):
    scribus.gotoPage(n + 1)
    for op in page:
        if op["op"] == "fill":
            r = scribus.createRect(op["x"], H - op["y"] - op["h"], op["w"], op["h"])
            scribus.setFillColor(grey(op["grey"]), r)
            scribus.setLineColor("None", r)
    for op in page:
        if op["op"] == "rule":
            line = scribus.createLine(op["x1"], H - op["y1"], op["x2"], H - op["y2"])
            scribus.setLineWidth(op["w"], line)
            scribus.setLineColor("Black", line)
        elif op["op"] == "text":
            group = []
            for s in op["segs"]:
                if "end" not in s:
                    frame([s], op["y"])
                else:
                    group.append(s)
            if group:
                frame(group, op["y"])

pdf = scribus.PDFfile()
pdf.file = out
pdf.fontEmbedding = 0
pdf.subsetList = list(pdf.fonts)
pdf.compress = True
pdf.info = "Report on the integrated inspection"
pdf.save()
scribus.closeDoc()
