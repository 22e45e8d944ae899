import { describe, expect, it } from "vitest";
import { layoutText } from "./layout";
import type { PdfPageText, PdfTextItem } from "./lines";
import { joinWrapped, wordsOf } from "./words";

const item = (s: string, x: number, y: number, size = 11, font = "ABCDEF+Arial"): PdfTextItem => ({
  s,
  x,
  y,
  w: s.length * size * 0.5,
  size,
  font,
});
const page = (items: PdfTextItem[]): PdfPageText => ({ width: 595, height: 842, items });

describe("layoutText", () => {
  it("joins a raised ordinal to its number and marks a raised footnote marker", () => {
    const text = layoutText([
      page([
        item("24", 72, 700),
        item("th", 83, 704, 7),
        item("February 2012", 95, 700),
        item("Healthwatch", 72, 650),
        item("1", 132.5, 654, 7),
        item(".", 136.5, 650),
      ]),
    ]);
    expect(text).toBe("24th February 2012\n\nHealthwatch<sup>1</sup>.\n");
  });

  it('keeps the space a raised run carries after it, touching the next word (cairo writes "th ")', () => {
    // 24 at 72 (w 11), "th " at 83 (w 10.5): "February" starts where "th " ends, so only the run's own space parts them.
    const text = layoutText([page([item("24", 72, 700), item("th ", 83, 704, 7), item("February 2012", 93.5, 700)])]);
    expect(text).toBe("24th February 2012\n");
  });

  it("splits a label from its value at a drawn cell border, however close they are (AbiWord's ruled table)", () => {
    // AbiWord's print of the ratings table (frozen5/barnet.abiword.pdf, page 1): text set 1.5 pt inside each cell, so
    // a full label ends 7.4 pt before its value, less than a word space of 11 pt text; only the border at 297 parts them.
    const run = (s: string, x: number, y: number, w: number) => ({ ...item(s, x, y, 11, "QRCYXH+LiberationSerif"), w });
    const rows = [309.39, 293.39, 277.39, 260.39];
    const cell = (x0: number, x1: number, bottom: number, top: number) => [
      { x0, y0: bottom, x1: x0, y1: top },
      { x0: x1, y0: bottom, x1, y1: top },
      { x0, y0: top, x1, y1: top },
      { x0, y0: bottom, x1, y1: bottom },
    ];
    const tops = [319.89, 303.89, 287.89, 271.89, 240.89];
    const rules = tops.slice(0, -1).flatMap((top, i) => [...cell(70, 297, tops[i + 1], top), ...cell(297, 528, tops[i + 1], top)]);
    const items = [
      run("Safeguarding Inspection Outcome", 72.5, rows[0], 160.02),
      run("Aggregated inspection finding", 298.5, rows[0], 140.88),
      run("Overall effectiveness of the safeguarding services", 72.5, rows[1], 218.58),
      run("Good", 298.5, rows[1], 24.44),
      run("Capacity for improvement", 72.5, rows[2], 115.96),
      run("Good", 298.5, rows[2], 24.44),
      run("The contribution of health agencies to keeping", 72.5, rows[3], 204.47),
      run("children and young people safe", 72.5, 246.39, 137.36),
      run("Good", 298.5, rows[3], 24.44),
    ];
    expect(layoutText([{ ...page(items), rules }])).toBe(
      "Safeguarding Inspection Outcome\tAggregated inspection finding\n" +
        "Overall effectiveness of the safeguarding services\tGood\n" +
        "Capacity for improvement\tGood\n" +
        "The contribution of health agencies to keeping children and young people safe\tGood\n",
    );
  });

  it("joins a raised ordinal to its number across the gap a justified line left before it (AbiWord)", () => {
    // frozen5/dudley.abiword.pdf, page 2: the justified line's stretch lands between "31" and its raised "st", and
    // pdfjs writes it as a space at the end of "On 31 ".
    const serif = "GNQVOZ+LiberationSerif";
    const text = layoutText([
      page([
        { ...item("population. On 31 ", 69.5, 333.39, 11, serif), w: 311 },
        { ...item("st ", 380.5, 336.39, 7, serif), w: 8.34 },
        { ...item("October 2011 there were 664", 388.85, 333.39, 11, serif), w: 134.2 },
      ]),
    ]);
    expect(text).toBe("population. On 31st October 2011 there were 664\n");
  });

  it("attaches a raised ordinal to the number it is raised from, not to the nearest baseline (Chromium's taller line)", () => {
    // Chromium's print of a table cell holding "24<sup>th</sup>" (frozen3/barnet.html-chromium.pdf, page 1): the line
    // with the superscript is laid out taller, so the value's baseline drops 3.6 pt below its label's, and the raised
    // "th", right after "24" and right of the gutter, lands 0.7 pt from the LABEL's baseline.
    const y = 657.6;
    const bold = "BAAAAA+LiberationSans-Bold";
    const run = (s: string, x: number, at: number, w: number, size = 10.9) => ({ ...item(s, x, at, size, bold), w });
    const text = layoutText([
      page([
        run("CQC Region", 82.9, y + 30, 60),
        run("London", 307.3, y + 30, 37),
        run("Date of Joint Report", 82.9, y, 103.8),
        run("24", 307.3, y - 3.6, 12.1),
        run("th", 319.4, y + 0.7, 8.6, 9.1),
        run("February 2012", 330.9, y - 3.6, 73.7),
        run("Commissioning PCT", 82.9, y - 30, 106.3),
        run("NHS Barnet (North Central London PCT", 307.3, y - 30, 204),
        run("cluster)", 307.3, y - 42.6, 39.3),
      ]),
    ]);
    expect(text).toBe(
      "CQC Region\tLondon\nDate of Joint Report\t24th February 2012\nCommissioning PCT\tNHS Barnet (North Central London PCT cluster)\n",
    );
  });

  it("reads a table ruled only above and below, its bold labels a point below their values, wrapped labels under values set at the top (MuPDF)", () => {
    // mutool convert's HTML layout (frozen7/dudley.mupdf.pdf and barnet.mupdf.pdf, page 1): a rule above and below each
    // table and none between rows; every line 12.35 pt apart, in a cell or between rows; Charis SIL Bold labels sit
    // 1.42 pt below Regular values; a bold heading row 10.9 pt above the first row; wrapped labels left alone under a value.
    const [b, r] = ["Charis SIL Bold", "Charis SIL Regular"];
    const meta = [
      item("Date of Inspection", 82, 634.58, 9.5, b),
      item("28th November 2011 - 9th December 2011", 306, 636, 9.5, r),
      item("Commissioning PCT", 82, 622.23, 9.5, b),
      item("NHS Dudley", 306, 623.65, 9.5, r),
      item("Provider Services Included:", 82, 609.88, 9.5, b),
      item("Black Country Partnership NHS", 306, 611.3, 9.5, r),
      item("Foundation Trust Dudley and", 306, 598.95, 9.5, r),
      item("Walsall Mental Health Trust", 306, 586.6, 9.5, r),
      item("CQC Region", 82, 572.83, 9.5, b),
      item("West Midlands", 306, 574.25, 9.5, r),
    ];
    const ratings = [
      item("Safeguarding Inspection Outcome", 82, 327.07, 9.5, b),
      item("Aggregated finding", 306, 327.07, 9.5, b),
      item("Overall effectiveness of services", 82, 316.15, 9.5, r),
      item("Good", 306, 316.15, 9.5, r),
      item("The contribution of health agencies", 82, 303.8, 9.5, r),
      item("Good", 306, 303.8, 9.5, r),
      item("to keeping children safe", 82, 291.45, 9.5, r),
      item("Being Healthy", 82, 279.1, 9.5, r),
      item("Adequate", 306, 279.1, 9.5, r),
    ];
    const rules = [643.6, 531.45, 336.1, 270].map((y) => ({ x0: 82, y0: y, x1: 530, y1: y + 1 }));
    expect(layoutText([{ ...page([...meta, ...ratings]), rules }])).toBe(
      [
        "Date of Inspection\t28th November 2011 - 9th December 2011",
        "Commissioning PCT\tNHS Dudley",
        "Provider Services Included:\tBlack Country Partnership NHS Foundation Trust Dudley and Walsall Mental Health Trust",
        "CQC Region\tWest Midlands",
        "",
        "Safeguarding Inspection Outcome\tAggregated finding",
        "Overall effectiveness of services\tGood",
        "The contribution of health agencies to keeping children safe\tGood",
        "Being Healthy\tAdequate",
        "",
      ].join("\n"),
    );
  });

  it("reads an en dash set apart before a hanging indent as a bullet, not a dash a sentence wrapped before (Prawn)", () => {
    // Prawn's list items (frozen7/barnet.prawn.pdf, page 9): "–" at 80, the words at 96, the item's next line at 96.
    const sans = "LiberationSans";
    const text = layoutText([
      page([
        item("NHS Barnet and NHS providers take action to:", 66, 373.31, 9.5, sans),
        item("\u2013", 80, 353.49, 9.5, sans),
        item("review and provide assurance that safeguarding arrangements", 96, 353.49, 9.5, sans),
        item("are sufficiently robust.", 96, 340.66, 9.5, sans),
        item("\u2013", 80, 323.83, 9.5, sans),
        item("further review the capacity of health visitors", 96, 323.83, 9.5, sans),
        item("Records are kept for each method of gathering information", 66, 290, 9.5, sans),
        item("\u2013 document reviews and interviews.", 66, 277.17, 9.5, sans),
      ]),
    ]);
    expect(text).toBe(
      [
        "NHS Barnet and NHS providers take action to:",
        "- review and provide assurance that safeguarding arrangements are sufficiently robust.",
        "- further review the capacity of health visitors",
        "Records are kept for each method of gathering information \u2013 document reviews and interviews.\n",
      ].join("\n\n"),
    );
  });

  it("starts a paragraph where the step down is wider than the paragraph's own line spacing (dompdf's list items)", () => {
    // dompdf (frozen7/barnet.dompdf.pdf, page 13): list items' bullets drawn, not written; an item's lines 16.42 pt
    // apart, the next item 20.42 pt down; the body's paragraphs 16.42 pt apart, so 1.3 times that does not part them.
    const serif = "SUBAAB+DejaVuSerif";
    const lines: [string, number][] = [
      ["A paragraph of the body that runs to the margin of the page and on", 700],
      ["to a second line and a third line of body text at the same spacing", 683.58],
      ["as every paragraph of this page has, and so does the next one, which", 667.16],
      ["runs on and on past the margin of the page, to a fourth line, a fifth", 650.74],
      ["line and a sixth: more lines at the body's margin than in the list.", 634.32],
    ];
    const text = layoutText([
      page([
        ...lines.map(([s, y]) => item(s, 71, y, 9.5, serif)),
        item("review and provide assurance that safeguarding arrangements for", 97, 613.91, 9.5, serif),
        item("disabilities, young people who self-harm and families where parents", 97, 597.49, 9.5, serif),
        item("needs are sufficiently robust.", 97, 581.07, 9.5, serif),
        item("further review the capacity of health visitors and school nurses", 97, 560.65, 9.5, serif),
        item("health promotion and early intervention work is appropriately covered.", 97, 544.23, 9.5, serif),
      ]),
    ]);
    expect(text.split("\n\n").slice(1)).toEqual([
      "- review and provide assurance that safeguarding arrangements for disabilities, young people who self-harm and families where parents needs are sufficiently robust.",
      "- further review the capacity of health visitors and school nurses health promotion and early intervention work is appropriately covered.\n",
    ]);
  });

  it("goes on with a table's last row where the next page's table opens with a value and no label (TCPDF's numbered paragraphs)", () => {
    // TCPDF's writeHTML sets each numbered paragraph as a two-cell table (frozen7/synthetic-12.tcpdf.pdf, pages 1-2): the
    // paragraph a page breaks goes on in a cell with no number, its first word "used" after "well-" at the line's end.
    const c = "AAAAAC+Carlito";
    const text = layoutText([
      page([
        item("1.1", 54, 160, 11, c),
        item("The contribution of health agencies is good.", 99.4, 160, 11, c),
        item("1.2", 54, 129, 11, c),
        item("Leaders share an ambitious vision for children's", 99.4, 129, 11, c),
        item("health, and services have a well-", 99.4, 114.7, 11, c),
      ]),
      page([
        item("used telephone advice line for parents.", 99.4, 718.1, 11, c),
        item("1.3", 54, 700, 11, c),
        item("The designated doctor is highly regarded.", 99.4, 700, 11, c),
        item("1.4", 54, 680, 11, c),
        item("Joint commissioning is mature.", 99.4, 680, 11, c),
        item("Powered by TCPDF (www.tcpdf.org)", 2.84, 1.23, 1, "Helvetica"),
      ]),
    ]);
    expect(text).toBe(
      [
        "1.1\tThe contribution of health agencies is good.",
        "1.2\tLeaders share an ambitious vision for children's health, and services have a well-used telephone advice line for parents.",
        "",
        "1.3\tThe designated doctor is highly regarded.",
        "1.4\tJoint commissioning is mature.",
        "",
      ].join("\n"),
    );
  });

  it("goes on with a table onto the next page, under its repeated heading row, in the columns it had above the break (the docx package, LibreOffice)", () => {
    // frozen8/dudley.docxjs-lo.pdf, pages 1-2 (the top of page 1 left out): Word repeats the table's heading row ("Dudley Council", across both
    // columns) at the top of page 2, where two rows are left: the first label nearly fills its cell, a word space
    // from "Good", so the page alone shows its second column on one line only.
    const [serif, bold] = ["BAAAAA+LiberationSerif", "CAAAAA+LiberationSerif-Bold"];
    const text = layoutText([
      page([
        item("Dudley Council", 85, 720, 11.5, bold),
        { ...item("Capacity for improvement", 85, 212, 11.5, serif), w: 120 },
        item("Good", 248, 212, 11.5, serif),
        { ...item("The contribution of health", 85, 192, 11.5, serif), w: 120 },
        { ...item("agencies to keeping children and", 85, 178, 11.5, serif), w: 151 },
        { ...item("young people safe", 85, 165, 11.5, serif), w: 84 },
        item("Adequate", 248, 192, 11.5, serif),
        { ...item("Looked After children", 85, 146, 11.5, bold), w: 110 },
        { ...item("Inspection Outcome", 85, 132, 11.5, bold), w: 99 },
        { ...item("Aggregated inspection finding", 248, 146, 11.5, bold), w: 147 },
        { ...item("Overall effectiveness of services", 85, 112, 11.5, serif), w: 150 },
        { ...item("for looked after children and", 85, 99, 11.5, serif), w: 131 },
        item("young people", 85, 86, 11.5, serif),
        item("Good", 248, 112, 11.5, serif),
      ]),
      page([
        item("Dudley Council", 85, 706, 11.5, bold),
        { ...item("Capacity for improvement of the", 85, 686, 11.5, serif), w: 150 },
        { ...item("council and its partners", 85, 673, 11.5, serif), w: 107 },
        item("Good", 248, 686, 11.5, serif),
        item("Being Healthy", 85, 653, 11.5, serif),
        item("Adequate", 248, 653, 11.5, serif),
        item("This report includes findings from the overall inspection report.", 80, 623, 11.5, serif),
      ]),
    ]);
    expect(text.split("\n\n")).toEqual([
      "Dudley Council",
      [
        "Capacity for improvement\tGood",
        "The contribution of health agencies to keeping children and young people safe\tAdequate",
        "Looked After children Inspection Outcome\tAggregated inspection finding",
        "Overall effectiveness of services for looked after children and young people\tGood",
        "Capacity for improvement of the council and its partners\tGood",
        "Being Healthy\tAdequate",
      ].join("\n"),
      "This report includes findings from the overall inspection report.\n",
    ]);
  });

  it("goes on with a table's last label where the next page opens with its rest and no value (Calligra Words)", () => {
    // frozen8/synthetic-16.pandoc-calligra.pdf, pages 1-2: the row "Capacity for improvement of the council and its
    // partners | Good" breaks after "its"; page 2 opens with "partners", then one row.
    const sans = "QQBAAA+DejaVuSans";
    const text = layoutText([
      page([
        item("Overall effectiveness of", 76, 131, 11, sans),
        item("services for looked after", 76, 119, 11, sans),
        item("children and young", 76, 107, 11, sans),
        item("people", 76, 95, 11, sans),
        item("Good", 233, 131, 11, sans),
        item("Capacity for improvement", 76, 79, 11, sans),
        item("of the council and its", 76, 67, 11, sans),
        item("Good", 233, 79, 11, sans),
      ]),
      page([
        item("partners", 76, 717, 11, sans),
        { ...item("Being Healthy", 76, 702, 11, sans), w: 77 },
        item("Good", 233, 702, 11, sans),
        item("This report includes findings from the overall inspection report.", 71, 688, 11, sans),
      ]),
    ]);
    expect(text.split("\n\n")[0].split("\n")).toEqual([
      "Overall effectiveness of services for looked after children and young people\tGood",
      "Capacity for improvement of the council and its partners\tGood",
      "Being Healthy\tGood",
    ]);
  });

  it("ends a one-line list item at a line that starts left of its bullet (libharu)", () => {
    // frozen9/synthetic-19.haru.pdf, page 4: the item ends at 515 of a 538 measure and "Ensure" would not fit after it;
    // the addressee line starts at the margin, 15 pt left of the bullet.
    const c = "HPDFAA+Carlito";
    const text = layoutText([
      page([
        { ...item("•", 72, 513.6, 10.5, c), w: 5.2 },
        {
          ...item(
            "check every child who attends a minor injuries unit against the child protection information system.",
            90.7,
            513.6,
            10.5,
            c,
          ),
          w: 424.4,
        },
        {
          ...item("Ensure that Humber Coast Community Services and Children's Health NHS Trust takes action to:", 56.7, 497.6, 10.5, c),
          w: 407.7,
        },
        {
          ...item(
            "The commissioning PCT and provider trusts have agreed what each will do to put this right by the end of March.",
            56.7,
            470,
            10.5,
            c,
          ),
          w: 481.4,
        },
      ]),
    ]);
    expect(text.split("\n\n").slice(0, 2)).toEqual([
      "- check every child who attends a minor injuries unit against the child protection information system.",
      "Ensure that Humber Coast Community Services and Children's Health NHS Trust takes action to:",
    ]);
  });

  it("keeps a paragraph's number alone at a page's foot as a row of its own, its text going on on the next page (HTMLDOC)", () => {
    // frozen9/synthetic-17.htmldoc.pdf, pages 3-4: numbered paragraphs set as a two-cell table; the row of 4.4 breaks
    // across the page, its number left alone under 4.3's.
    const h = "Helvetica";
    const text = layoutText([
      page([
        { ...item("4.2", 62, 130, 10.5, h), w: 15 },
        { ...item("Dental checks are completed for 79 per cent of children, which is below", 100, 130, 10.5, h), w: 433 },
        { ...item("the national average.", 100, 118, 10.5, h), w: 100 },
        { ...item("4.3", 62, 105, 10.5, h), w: 15 },
        { ...item("Young people leaving care receive a written summary of their health history.", 100, 105, 10.5, h), w: 353 },
        { ...item("4.4", 62, 92, 10.5, h), w: 15 },
      ]),
      page([
        { ...item("The emergency department at Ribbleside Royal Infirmary has a children's area staffed by", 100, 744, 10.5, h), w: 433 },
        { ...item("registered children's nurses at all times.", 100, 732, 10.5, h), w: 200 },
      ]),
    ]);
    expect(text.trimEnd().split("\n\n")[0].split("\n")).toEqual([
      "4.2\tDental checks are completed for 79 per cent of children, which is below the national average.",
      "4.3\tYoung people leaving care receive a written summary of their health history.",
      "4.4\tThe emergency department at Ribbleside Royal Infirmary has a children's area staffed by registered children's nurses at all times.",
    ]);
  });

  it("reads label and value set on a tab stop with a dot leader as a table row, the leader left out (Word's tab leaders)", () => {
    // frozen10/synthetic-21.tabstops-lo.pdf, page 1: no table, the metadata on a left tab stop at 242.2 with dots
    // filling the gap, as a run of its own or inside a run.
    const c = "CAAAAA+Carlito";
    const text = layoutText([
      page([
        { ...item("Date of Joint Report", 72.1, 646.7, 10.5, c), w: 85.5 },
        { ...item("..............................", 157.6, 646.7, 11, c), w: 84.3 },
        { ...item("2nd April 2012", 242.2, 646.7, 10.5, c), w: 60 },
        { ...item("Commissioning PCT", 72.1, 629.7, 10.5, c), w: 83.3 },
        { ...item("..............................", 155.4, 629.7, 11, c), w: 86.5 },
        { ...item("NHS Greyfriars and Holt (Severn and Mendip PCT Cluster)", 242.2, 629.7, 10.5, c), w: 244.3 },
        { ...item("CQC Region..........................................South West", 72.1, 612.7, 10.5, c), w: 219.5 },
      ]),
    ]);
    expect(text).toBe(
      "Date of Joint Report\t2nd April 2012\nCommissioning PCT\tNHS Greyfriars and Holt (Severn and Mendip PCT Cluster)\nCQC Region\tSouth West\n",
    );
  });

  it("goes on with a table's last row where the next page opens with lines at the values' edge and no table (TCPDF)", () => {
    // frozen7/synthetic-11.tcpdf.pdf, pages 2-3: paragraph 1.2 breaks after "post"; page 3 has its rest at 99.36, then
    // one numbered paragraph (one row: no table of its own, but in the columns of the table above the break) and a heading.
    const c = "AAAAAC+Carlito";
    const text = layoutText([
      page([
        item("1.1", 54, 106.9, 11, c),
        item("The contribution of health services is adequate.", 99.36, 106.9, 11, c),
        item("1.2", 54, 86.1, 11, c),
        item("Governance arrangements within individual trusts are sound. The designated nurse post", 99.36, 86.1, 11, c),
      ]),
      page([
        item("was vacant for five months during the reorganisation.", 99.36, 718.1, 11, c),
        item("1.3", 54, 668.7, 11, c),
        item("The health of looked after children is good.", 99.36, 668.7, 11, c),
        item("2. Outcome 1 Involving Users", 54, 593.2, 13, "AAAAAE+Carlito-Bold"),
      ]),
    ]);
    expect(text.split("\n\n").slice(0, 2)).toEqual([
      "1.1\tThe contribution of health services is adequate.\n1.2\tGovernance arrangements within individual trusts are sound. The designated nurse post was vacant for five months during the reorganisation.\n1.3\tThe health of looked after children is good.",
      "2. Outcome 1 Involving Users\n",
    ]);
  });

  it("ends a paragraph at a line with room for the next line's first word, in ragged-right text (dompdf)", () => {
    // frozen7/synthetic-13.dompdf.pdf: ragged lines end anywhere from 527 to 547; "…examinations." ends at 490.9, and
    // the next line's "Ensure" (35 pt) would have fitted after it: the line ended its item, though within 15 % of the margin.
    const serif = "SUBAAB+DejaVuSerif";
    const body = [
      "Inspectors found that the arrangements for children who go missing from care were well understood",
      "by health staff in every trust, and that the designated nurse has a clear plan to audit how well",
      "referrals are made and followed up by the health visitors and school nurses of the district.",
    ];
    const text = layoutText([
      page([
        ...body.map((s, i) => ({ ...item(s, 71, 700 - 16.42 * i, 9.5, serif), w: [545.2, 541.8, 520.3][i] - 71 })),
        { ...item("agree clear out of hours arrangements for child protection medical examinations.", 71, 630, 9.5, serif), w: 419.9 },
        { ...item("Ensure that Ashby General Hospital NHS Foundation Trust takes action to:", 71, 609.58, 9.5, serif), w: 363.8 },
      ]),
    ]);
    expect(text.split("\n\n").slice(1)).toEqual([
      "agree clear out of hours arrangements for child protection medical examinations.",
      "Ensure that Ashby General Hospital NHS Foundation Trust takes action to:\n",
    ]);
  });

  it("puts a raised ordinal set over the start of its number after it (dompdf's justified line)", () => {
    // frozen7/synthetic-13.dompdf.pdf, page 2: "th" (8.4 pt, 3.9 pt up) at 251.33–260.12, "30" at 252.58–264.66.
    const serif = "SUBAAB+DejaVuSerif";
    const run = (s: string, x: number, end: number, y = 91.54, size = 9.5) => ({ ...item(s, x, y, size, serif), w: end - x });
    const text = layoutText([
      page([run("On", 231.21, 245.12), run("th", 251.33, 260.12, 95.47, 8.4), run("30", 252.58, 264.66), run("November", 267.63, 317.9)]),
    ]);
    expect(text).toBe("On 30th November\n");
  });

  it("goes on across a page break from a numbered first line into its hanging indent (MuPDF)", () => {
    // frozen7/barnet.mupdf.pdf, pages 2-3: "1.2 The contribution … Local" is one run at 82, the last line of its page;
    // page 3 goes on at 108, the hanging indent of every numbered paragraph's next lines.
    const charis = "Charis SIL Regular";
    const run = (s: string, x: number, y: number, end: number) => ({ ...item(s, x, y, 10, charis), w: end - x });
    const body = (y: number) => [
      run("1.1 Senior health and designated safeguarding staff are appropriately involved in leading", 82, y, 529.4),
      run("and supporting the work of the Board, and recent changes have strengthened it further.", 108, y - 13, 520.1),
    ];
    const text = layoutText([
      page([
        ...body(300),
        run("1.2 The contribution of health services to keeping children and young people safe is good. Local", 82, 72, 529.3),
      ]),
      page([
        run("NHS Trusts are meeting their statutory responsibilities and children and young people are", 108, 716.5, 529.4),
        run("appropriately safeguarded.", 108, 703.5, 240.2),
        ...body(600),
      ]),
    ]);
    expect(text.split("\n\n")[1]).toBe(
      "1.2 The contribution of health services to keeping children and young people safe is good. Local NHS Trusts are meeting their statutory responsibilities and children and young people are appropriately safeguarded.",
    );
  });

  it("parts a word drawn well inside the word before it (dompdf's italic run left where the unjustified line had it)", () => {
    // frozen7/dudley.dompdf.pdf: "by" at 346.79-358.24, italic "The" at 348.68.
    const run = (s: string, x: number, end: number, font = "SUBAAB+DejaVuSerif") => ({ ...item(s, x, 658.23, 9.5, font), w: end - x });
    const italic = "SUBAAD+DejaVuSerif-Italic,Italic";
    const text = layoutText([
      page([
        run("undertaken", 282.03, 337.49),
        run("by", 346.79, 358.24),
        run("The", 348.68, 366.76, italic),
        run("Zone", 376.07, 400.13, italic),
      ]),
    ]);
    expect(text).toBe("undertaken by *The Zone*\n");
  });

  it("reads a two-column table with wrapped and middle-set cells as label/value rows", () => {
    const text = layoutText([
      page([
        item("Date of Joint Report", 60, 700),
        item("24 February 2012", 300, 700),
        item("Provider Services", 60, 682),
        item("Central London Community Health", 300, 682),
        item("Included:", 60, 666),
        item("NHS Trust", 300, 666),
        item("CQC Regional", 60, 646),
        item("Matthew Trainer", 300, 638),
        item("Director", 60, 630),
      ]),
    ]);
    expect(text).toBe(
      "Date of Joint Report\t24 February 2012\nProvider Services Included:\tCentral London Community Health NHS Trust\nCQC Regional Director\tMatthew Trainer\n",
    );
  });

  it("drops running headers and page numbers, and joins a paragraph across the page break", () => {
    const full = "x".repeat(80);
    const pages = [1, 2].map((n) =>
      page([
        item("CQC integrated inspection: Barnet", 400, 820, 8),
        ...(n === 1 ? [item(`2.1 Staff ${full}`, 72, 120)] : [item("and so it goes on.", 72, 760)]),
        item(`Page ${n} of 2`, 270, 20, 8),
      ]),
    );
    expect(layoutText(pages)).toBe(`2.1 Staff ${full} and so it goes on.\n`);
  });

  it("keeps a paragraph whole across a line laid out taller for the raised run it holds", () => {
    // Chromium's print (frozen3/dudley.html-chromium.pdf, page 2): lines 12.6 pt apart, but the line holding "31st" is
    // 16.2 pt below the one before, its raised "st" 4.4 pt above its baseline; read as a new paragraph before.
    const run = (s: string, x: number, y: number, w: number, size = 10.9) => ({ ...item(s, x, y, size), w });
    const full = "x".repeat(80);
    const text = layoutText([
      page([
        run(full, 76.4, 188.3, 432),
        run(full, 76.4, 175.7, 432),
        run(full, 76.4, 163.1, 432),
        run("ethnic groups is rising and represents 17 per cent of the school population. On", 76.4, 150.5, 434),
        run("31", 76.4, 134.3, 12.1),
        run("st", 88.5, 138.6, 7.1, 9.1),
        run("October 2011 there were 664 children who were looked after, including 21 children who", 98.6, 134.3, 419),
        run("were regularly using short breaks services.", 76.4, 121.6, 230),
      ]),
    ]);
    expect(text).toBe(
      `${full} ${full} ${full} ethnic groups is rising and represents 17 per cent of the school population. On 31st October 2011 there were 664 children who were looked after, including 21 children who were regularly using short breaks services.\n`,
    );
  });

  it("starts a table at a first row whose value sits a few points below its label (a taller line holding a raised run)", () => {
    // Chromium's print (frozen3/barnet.html-chromium.pdf, page 1): "Date of Inspection" at 691.7, its value holding
    // "9th" at 688.1; read as the label on a line of its own and the value as a row without a label before.
    const bold = "BAAAAA+LiberationSans-Bold";
    const run = (s: string, x: number, y: number, w: number, size = 10.9) => ({ ...item(s, x, y, size, bold), w });
    const text = layoutText([
      page([
        run("Date of Inspection", 82.9, 691.7, 94.2),
        run("9", 307.3, 688.1, 6),
        run("th", 313.3, 692.5, 8.6, 9.1),
        run("January 2012", 324.9, 688.1, 70),
        run("Date of Joint Report", 82.9, 657.6, 103.8),
        run("24", 307.3, 654, 12.1),
        run("th", 319.3, 658.4, 8.6, 9.1),
        run("February 2012", 330.9, 654, 73.7),
        run("CQC Inspector name", 82.9, 623.5, 100),
        run("Sue Talbot", 307.3, 623.5, 55),
        run("CQC Region", 82.9, 593.1, 58),
        run("London", 307.3, 593.1, 37),
      ]),
    ]);
    expect(text).toBe(
      "Date of Inspection\t9th January 2012\nDate of Joint Report\t24th February 2012\nCQC Inspector name\tSue Talbot\nCQC Region\tLondon\n",
    );
  });

  it("reads a footnote marker raised before the note's text in the note's own size as the note's marker", () => {
    // Chromium's print (frozen3/barnet.html-chromium.pdf, page 4): the note is 8.9 pt and so is its raised "1", 4.4 pt
    // above the note's baseline and touching its text; read as a line "1" of its own before, so no footnote was found.
    const run = (s: string, x: number, y: number, w: number, size = 10.9) => ({ ...item(s, x, y, size), w });
    const full = "x".repeat(80);
    const text = layoutText([
      page([
        run(full, 76.4, 660.6, 432),
        run(full, 76.4, 648, 432),
        run("contribution through becoming a reference group of Barnet Healthwatch", 76.4, 631.8, 344.9),
        run("1", 421.4, 636.1, 5, 9.1),
        run(".", 426.4, 631.8, 3),
        run("1", 76.4, 523.4, 5, 8.9),
        run("New national programme to enable local communities to have a stronger say about", 83.9, 519.1, 416, 8.9),
        run("health and social care services", 76.4, 505.6, 140, 8.9),
      ]),
    ]);
    expect(text).toBe(
      `${full} ${full} contribution through becoming a reference group of Barnet Healthwatch<sup>1</sup>.\n\n<sup>1</sup> New national programme to enable local communities to have a stronger say about health and social care services\n`,
    );
  });

  it('drops "Page X of Y" standing mid-page (a Word footer that LibreOffice\'s HTML puts once, under the last paragraph)', () => {
    const text = layoutText([
      page([
        item("Next steps", 72, 500, 12, "X+Arial-Bold"),
        item("An action plan is required.", 72, 476),
        item("Page 5 of 5", 72, 432, 12),
      ]),
    ]);
    expect(text).toBe("Next steps\n\nAn action plan is required.\n");
  });

  it("ends a paragraph whose last line on the page stops short of the margin, though the next page starts in lower case", () => {
    // Chromium's print of a list (frozen3/dudley.html-chromium.pdf, pages 10–11): the bullets are drawn, not written, and
    // an item ending "(Ofsted, January 2012)" at the foot of a page was read as going on into the next page's item.
    const full = "x".repeat(80);
    const pages = [
      page([
        item(full, 72, 700),
        item(full, 72, 686),
        item(full, 72, 672),
        item("extend audit processes to monitor the consistency of practice", 100, 640),
        item("(Ofsted, January 2012)", 100, 626),
      ]),
      page([item("ensure MARAC is fully operational.", 100, 760)]),
    ];
    expect(layoutText(pages)).toBe(
      `${full} ${full} ${full}\n\n- extend audit processes to monitor the consistency of practice (Ofsted, January 2012)\n\n- ensure MARAC is fully operational.\n`,
    );
  });

  it("wraps italic runs as *…* and turns bullet glyphs into list items", () => {
    const text = layoutText([
      page([item("•", 78, 700, 11, "X+OpenSymbol"), item("ensure there is capacity", 92, 700, 11, "X+Arial-ItalicMT")]),
    ]);
    expect(text).toBe("- *ensure there is capacity*\n");
  });

  it("raises a footnote's marker written on the baseline, glued to its word, when a smaller line below starts with it (PDFKit)", () => {
    // frozen4/barnet.pdfkit.pdf, page 3: Helvetica 10 pt body, lines 13.06 pt apart; PDFKit has no superscript, so the
    // marker is the "1" of "Healthwatch1." and the note, 8 pt, starts "1 " under the section, mid-page.
    const run = (s: string, y: number, size = 10, x = 62) => ({ ...item(s, x, y, size, "Helvetica"), w: s.length * size * 0.47 });
    const text = layoutText([
      page([
        run("2.4 Work is progressing to strengthen their contribution through becoming a reference group", 370.41),
        run("of Barnet Healthwatch1.", 357.35),
        run("2.5 Health staff demonstrate good awareness of the diverse ethnic, faith and cultural needs of", 338.51),
        run("local people who are socially isolated.", 325.45),
        run("1 New national programme to enable local communities to have a stronger say", 308.04, 8),
        run("3. Outcome 2 Consent", 281.8, 12),
        run("3.1 Consent to medical examination is appropriately managed and lasts for 21 days.", 264.67),
      ]),
    ]);
    expect(text).toBe(
      "2.4 Work is progressing to strengthen their contribution through becoming a reference group of Barnet Healthwatch<sup>1</sup>.\n\n" +
        "2.5 Health staff demonstrate good awareness of the diverse ethnic, faith and cultural needs of local people who are socially isolated.\n\n" +
        "<sup>1</sup> New national programme to enable local communities to have a stronger say\n\n" +
        "3. Outcome 2 Consent\n\n" +
        "3.1 Consent to medical examination is appropriately managed and lasts for 21 days.\n",
    );
  });

  it("leaves a smaller line starting with a number as it is when the body above has no one word it is glued to", () => {
    const run = (s: string, y: number, size = 10) => ({ ...item(s, 62, y, size, "Helvetica"), w: s.length * size * 0.47 });
    const lines = [run("Blocks AB1 and CD1 are both on the first floor of the building.", 370.41), run("1 Moved in 2012", 350, 8)];
    expect(layoutText([page(lines)])).toBe("Blocks AB1 and CD1 are both on the first floor of the building.\n\n1 Moved in 2012\n");
    expect(layoutText([page([run("Nothing is cited here at all.", 370.41), run("1 Moved in 2012", 350, 8)])])).toBe(
      "Nothing is cited here at all.\n\n1 Moved in 2012\n",
    );
  });

  it("reads URW's \"Ital\" fonts as italic (pdfTeX's Times: NimbusRomNo9L-ReguItal)", () => {
    // frozen4/barnet.latex.pdf: the Ofsted extracts are set in OPXUEQ+NimbusRomNo9L-ReguItal; read upright, the
    // recommendations lost the italics that say where they came from. A name merely ending in "ital" is not italic.
    const text = layoutText([
      page([
        item("ensure there is capacity", 72, 700, 11, "OPXUEQ+NimbusRomNo9L-ReguItal"),
        item("Inspection", 72, 650, 11, "DPZUXM+NimbusRomNo9L-Regu"),
        item("9 digits", 72, 600, 11, "ABCDEF+Digital"),
      ]),
    ]);
    expect(text).toBe("*ensure there is capacity*\n\nInspection\n\n9 digits\n");
  });

  it("measures a line by its words, not by a larger bullet set below them (ReportLab's list items)", () => {
    // frozen4/barnet.reportlab.pdf, page 10: the bullet "•" in DejaVu Sans 12 pt at y = 380.03, its item's words in
    // 9.5 pt at 382.53, 2.5 pt higher, and the item's next lines 12.5 pt apart. Measured against the bullet, the
    // first line's words were raised (<sup>) and smaller, so the item broke after its first line.
    const sans = "AAAAAA+DejaVuSans";
    const run = (s: string, x: number, y: number, size = 9.5, font = sans) => ({ ...item(s, x, y, size, font), w: s.length * size * 0.55 });
    const text = layoutText([
      page([
        run("NHS Barnet and NHS providers take action to:", 68.36, 400.03),
        run("•", 68.36, 380.03, 12),
        run("review and provide assurance that safeguarding arrangements for children", 82.36, 382.53),
        run("young people who self-harm are sufficiently robust.", 82.36, 370.03),
        run("•", 68.36, 350.03, 12),
        run("further review the capacity of health visitors", 82.36, 352.53),
        run("promotion is appropriately covered.", 82.36, 340.03),
      ]),
    ]);
    expect(text).toBe(
      "NHS Barnet and NHS providers take action to:\n\n" +
        "- review and provide assurance that safeguarding arrangements for children young people who self-harm are sufficiently robust.\n\n" +
        "- further review the capacity of health visitors promotion is appropriately covered.\n",
    );
  });
});

describe("Word furniture and house styles (frozen set 11)", () => {
  const sans = "BAAAAA+DejaVuSans";
  const bodyLines = (x: number, top: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      ...item(`Body line ${i + 1} of the report goes on and on to the margin.`, x, top - 13 * i, 9.5, sans),
      w: 360,
    }));

  it("leaves out a contents list: rows whose values are page numbers, in order", () => {
    const text = layoutText([
      page([
        { ...item("The Inspection Process", 72, 700, 9.5, sans), w: 110 },
        { ...item("2", 500, 700, 9.5, sans), w: 5 },
        { ...item("Context", 72, 687, 9.5, sans), w: 40 },
        { ...item("3", 500, 687, 9.5, sans), w: 5 },
        { ...item("Next steps", 72, 674, 9.5, sans), w: 50 },
        { ...item("5", 500, 674, 9.5, sans), w: 5 },
        { ...item("Date of Joint Report", 72, 640, 9.5, sans), w: 95 },
        { ...item("4th November 2011", 230, 640, 9.5, sans), w: 85 },
        { ...item("CQC Region", 72, 627, 9.5, sans), w: 55 },
        { ...item("North East", 230, 627, 9.5, sans), w: 50 },
      ]),
    ]);
    expect(text).toBe("Date of Joint Report\t4th November 2011\nCQC Region\tNorth East\n");
  });

  it("reads labels set flush right against a rule between the columns", () => {
    // frozen11/synthetic-23.watermark-lo.pdf: the metadata table is ruled only between labels and values (x 318.9).
    const text = layoutText([
      {
        ...page([
          { ...item("Date of Inspection", 229.1, 507.8, 8, sans), w: 82.8 },
          { ...item("12th September 2011 -", 326.1, 507.4, 8, sans), w: 90.5 },
          { ...item("23rd September 2011", 326.1, 495.5, 8, sans), w: 88 },
          { ...item("Date of Joint Report", 222, 479.1, 8, sans), w: 89.8 },
          { ...item("4th November 2011", 326.1, 478.7, 8, sans), w: 80 },
          { ...item("CQC Region", 264.9, 462, 8, sans), w: 47 },
          { ...item("North East", 326.1, 462, 8, sans), w: 45 },
        ]),
        rules: [{ x0: 318.9, y0: 328.6, x1: 318.9, y1: 517.7 }],
      },
    ]);
    expect(text).toBe(
      "Date of Inspection\t12th September 2011 - 23rd September 2011\nDate of Joint Report\t4th November 2011\nCQC Region\tNorth East\n",
    );
  });

  it("puts a drop capital back at the head of its paragraph", () => {
    // frozen11/synthetic-23.watermark-lo.pdf, page 1: "T" in 48.5 pt on the third line's baseline, three lines beside it.
    const text = layoutText([
      page([
        { ...item("his report relates to the integrated inspection of", 171.5, 300.6, 9.5, sans), w: 338.6 },
        { ...item("services for looked after children which took place in the above", 171.5, 287.3, 9.5, sans), w: 338.6 },
        { ...item("T", 141.9, 274.1, 48.5, sans), w: 29.6 },
        { ...item("Authority recently.", 171.5, 274.1, 9.5, sans), w: 88.8 },
        ...bodyLines(141.9, 250, 4),
      ]),
    ]);
    expect(text.split("\n\n")[0]).toBe(
      "This report relates to the integrated inspection of services for looked after children which took place in the above Authority recently.",
    );
  });

  it("leaves out Word's line numbers in the margin, and reads mirrored margins as one", () => {
    // frozen11/*.margin-lo.pdf: line numbers every fifth line left of the text; odd pages start lines at 90, even at 72.
    const numbered = (x: number) => [
      ...bodyLines(x, 700, 10),
      { ...item("5", x - 25, 700 - 13 * 4, 9.5, sans), w: 5 },
      { ...item("10", x - 30, 700 - 13 * 9, 9.5, sans), w: 10 },
    ];
    const text = layoutText([page(numbered(90)), page(numbered(72)), page(numbered(90)), page(numbered(72))]);
    expect(text).not.toMatch(/\b(?:5|10) Body/);
    expect(text).not.toMatch(/^- /m);
  });
});

describe("hyphens at line ends in a document that hyphenates its lines", () => {
  it("drops the hyphens that break words and keeps those of compounds, when three or more breaks show the document hyphenates", () => {
    // frozen10/dudley.tabstops-lo.pdf: LibreOffice hyphenates the body (Word's automatic hyphenation), at times with
    // the hyphen set a space apart ("concep -").
    const lines = [
      "Thank you for your contribution to the inspection and for accommodating",
      "the requests for inter-",
      "views with your staff. Inspectors carried out interviews with inspec -",
      "tions of the records. Further inspections and the care of children who self-",
      "harm are planned. The teenage concep -",
      "tion rate has fallen, and the commissioner says conceptions are lower. The commis-",
      "sioner is leading it. Staff in-",
      "vestment and training are well set. Multi-",
      "agency work is good.",
    ];
    const text = layoutText([page(lines.map((s, i) => ({ ...item(s, 72, 700 - 13 * i, 10.5), w: i === lines.length - 1 ? 100 : 452 })))]);
    expect(text).toContain("for interviews with your staff");
    expect(text).toContain("with inspections of the records");
    expect(text).toContain("children who self-harm are planned");
    expect(text).toContain("The teenage conception rate");
    expect(text).toContain("The commissioner is leading it. Staff investment and training");
    expect(text).toContain("Multi-agency work is good.");
  });
});

describe("joinWrapped", () => {
  it("keeps a hyphen that belongs to the word and drops one the line break made", () => {
    const vocabulary = wordsOf("self-harm multiagency coordinated");
    expect(joinWrapped(["young people who self-", "harm and families"], vocabulary)).toBe("young people who self-harm and families");
    expect(joinWrapped(["the multi-", "agency training"], vocabulary)).toBe("the multiagency training");
    expect(joinWrapped(["childrens-services-", "inspection@cqc.org.uk"], vocabulary)).toBe("childrens-services-inspection@cqc.org.uk");
    expect(joinWrapped(["soft\u00AD", "hyphen"], vocabulary)).toBe("softhyphen");
    expect(joinWrapped(["information –", "document reviews"], vocabulary)).toBe("information – document reviews");
  });
});

describe("characters that are not the words they stand for", () => {
  it("spells out ligatures, drops soft hyphens and zero-width marks, reads no-break spaces as spaces", () => {
    const text = layoutText([
      page([
        item("The e\uFB00ective sta\uFB03ng of", 72, 700),
        item("o\uFB03ce, 24.5\u00A0per cent, self-\u00ADharm co\u00ADordi\u200Bnated", 72, 686),
      ]),
    ]);
    expect(text).toBe("The effective staffing of office, 24.5 per cent, self-harm coordinated\n");
  });

  it("reads text drawn twice in the same place once (Calligra Words draws each run twice, each copy clipped)", () => {
    // frozen6/barnet.calligra.pdf: Qt's PDF engine draws every text block twice, each copy clipped to part of its
    // box; seen on the page they are one. A run in another place or size is text of its own.
    const runs = [item("Sue Talbot", 72, 700), item("24", 72, 680), item("th", 83, 684, 7), item("February", 95, 680)];
    const text = layoutText([page([...runs, ...runs, item("Sue Talbot", 72, 660)])]);
    expect(text).toBe("Sue Talbot 24th February Sue Talbot\n");
  });

  it("reads a line drawn once whole and once in pieces once (Calligra Words, a line holding a link)", () => {
    // frozen8/barnet.pandoc-calligra.pdf, last page: the line is one run, and again the link's text and the rest as two.
    const [email, rest] = ["childrens-services-inspection@cqc.org.uk", "and it will be followed up through the regional"];
    const text = layoutText([
      page([
        { ...item(email, 51, 575.11), w: 227.78 },
        { ...item(rest, 283.19, 575.11), w: 261.12 },
        { ...item(`${email} ${rest}`, 51, 575.11), w: 493.31 },
        { ...item("team.", 51, 562.36), w: 32.01 },
      ]),
    ]);
    expect(text).toBe(`${email} ${rest} team.\n`);
  });

  it("leaves out a line's copy drawn past the running footer or header on the other side of a page break (Calligra Words)", () => {
    // frozen6/barnet.calligra.pdf, pages 3 and 4: the lines either side of the break are drawn on both pages, each
    // copy shifted into the margin past the footer (page 3, y 10) or the header (page 4, y 832) and clipped away.
    const furniture = (n: number) => [item("Report header", 72, 798, 8), item(`Page ${n}`, 72, 60, 8)];
    const text = layoutText([
      page([...furniture(1), item("Body of the first page goes on", 72, 94), item("to the next page here", 72, 10)]),
      page([...furniture(2), item("Body of the first page goes on", 72, 832), item("to the next page here", 72, 760)]),
    ]);
    expect(text).toBe("Body of the first page goes on to the next page here\n");
  });

  it("keeps a heading that starts a page repeating the last page's, with no running header above it", () => {
    const text = layoutText([
      page([item("Contents", 72, 700), item("The local authority", 72, 666), item("Page 1", 72, 60, 8)]),
      page([item("The local authority", 72, 732), item("It has done well.", 72, 700), item("Page 2", 72, 60, 8)]),
    ]);
    expect(text.match(/The local authority/g)).toHaveLength(2);
  });

  it("joins text drawn a character at a time into words, spaces where the gaps are", () => {
    let x = 72;
    const glyphs = [..."Care Quality Commission"].flatMap((c) => {
      const at = x;
      x += c === " " ? 3.5 : 6;
      return c === " " ? [] : [{ ...item(c, at, 700), w: 6 }];
    });
    expect(layoutText([page(glyphs.reverse())])).toBe("Care Quality Commission\n");
  });

  it("breaks a word at a soft hyphen at a line's end", () => {
    const text = layoutText([page([item("the multi\u00AD", 72, 700), item("agency work", 72, 686)])]);
    expect(text).toBe("the multiagency work\n");
  });
});

describe("paragraphs across a page break", () => {
  it("starts a paragraph where the next page's first line is in another typeface (AbiWord's list items)", () => {
    // frozen5/dudley.abiword.pdf, pages 11–12: the last line of a page, in Liberation Serif, ends 33 pt short of the
    // margin, mid-sentence; the next page opens with a list item in Liberation Sans italic, no bullet, no indent.
    const serif = "GNQVOZ+LiberationSerif";
    const sans = "ABCDEF+LiberationSans-Italic";
    const line = (s: string, y: number, w: number, font = serif) => ({ ...item(s, 69.5, y, 11, font), w });
    const text = layoutText([
      page([
        line("Health care services to children and their families are commissioned by NHS Dudley as part of", 162.39, 453),
        line("a cluster arrangement with other Black Country primary care trusts and the local authority.", 148.39, 453),
        line("Ensure that NHS Dudley and NHS providers together with other DSCB members take action to", 96.39, 420.05),
      ]),
      page([
        line("develop explicit arrangements for use of the CAF within strategies for early intervention and", 762.39, 453, sans),
        line("family support (Ofsted, January 2012).", 748.39, 190, sans),
      ]),
    ]);
    expect(text).toBe(
      "Health care services to children and their families are commissioned by NHS Dudley as part of a cluster arrangement with other Black Country primary care trusts and the local authority.\n\n" +
        "Ensure that NHS Dudley and NHS providers together with other DSCB members take action to\n\n" +
        "*develop explicit arrangements for use of the CAF within strategies for early intervention and* *family support (Ofsted, January 2012).*\n",
    );
  });
});
