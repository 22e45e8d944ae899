/**
 * Frozen set 7's layouts (scripts/make-pdf-frozen7.ts): a report's blocks
 * (report-blocks.ts) as an XSL-FO document for Apache FOP, and as HTML for
 * TCPDF, dompdf and MuPDF; Prawn reads the blocks themselves. Each producer's
 * page, fonts and styles are its own; only the reading of the blocks is shared:
 * which table row is a band (a council's name, a table's header), which
 * paragraph has a number to hang, which heading is a deadline's.
 */
import type { Block, Run } from "./report-blocks";
import { plain } from "./report-blocks";

/** A paragraph's own number ("4.2") cut from its first run, the rest of its runs kept. */
export function numbered(runs: Run[]): { ref: string; runs: Run[] } | null {
  const m = runs.length ? /^(\d{1,2}\.\d{1,2})\s+/.exec(runs[0].t) : null;
  if (!m) return null;
  const first = { ...runs[0], t: runs[0].t.slice(m[0].length) };
  return { ref: m[1], runs: [first, ...runs.slice(1)].filter((r) => r.t !== "") };
}

/** A row of a table that is a band across it: a council's name with nothing beside it, or the ratings' column headers. */
export function rowKind(row: Run[][]): "band" | "head" | "row" {
  const [label, value] = [plain(row[0] ?? []).trim(), plain(row[1] ?? []).trim()];
  if (value === "") return "band";
  if (/inspection outcome$/i.test(label)) return "head";
  return "row";
}

/**
 * The blocks with the report's title (a plain paragraph in a .txt) marked as
 * one, and a council's name standing over the ratings table as a caption.
 */
export function withRoles(blocks: Block[]): (Block | { kind: "caption"; runs: Run[] })[] {
  return blocks.map((b, k) => {
    if (b.kind !== "para") return b;
    const text = plain(b.runs).trim();
    if (/^report on the outcome of the integrated inspection/i.test(text))
      return { kind: "title", runs: b.runs.map((r) => ({ ...r, b: true })) };
    if (blocks[k + 1]?.kind === "table" && !/[.:]$/.test(text) && text.length < 80) return { kind: "caption", runs: b.runs };
    return b;
  });
}

/** A deadline's heading among the recommendations ("Within 3 months"). */
export const isDeadline = (runs: Run[]): boolean => /^within\s+\d+/i.test(plain(runs).trim());

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// ---------------------------------------------------------------- XSL-FO (Apache FOP)

function foRuns(runs: Run[]): string {
  return runs
    .map((r) => {
      let s = xml(r.t);
      if (r.sup) s = `<fo:inline baseline-shift="super" font-size="62%">${s}</fo:inline>`;
      if (r.i) s = `<fo:inline font-style="italic">${s}</fo:inline>`;
      if (r.b) s = `<fo:inline font-weight="bold">${s}</fo:inline>`;
      return s;
    })
    .join("");
}

function foTable(rows: Run[][][], first: boolean): string {
  const cols = first ? [38, 62] : [74, 26];
  const cell = (runs: Run[], attrs = "") =>
    `<fo:table-cell border="0.6pt solid #444444" padding="3pt 4pt"${attrs}><fo:block>${foRuns(runs)}</fo:block></fo:table-cell>`;
  const body = rows
    .map((row) => {
      const kind = first ? "row" : rowKind(row);
      if (kind === "band")
        return `<fo:table-row>${cell(row[0], ` number-columns-spanned="2" background-color="#1f4e79" color="white" font-weight="bold"`)}</fo:table-row>`;
      if (kind === "head")
        return `<fo:table-row font-weight="bold" background-color="#dde6f0">${cell(row[0])}${cell(row[1])}</fo:table-row>`;
      return `<fo:table-row>${cell(row[0], first ? ` font-weight="bold" background-color="#eeeeee"` : "")}${cell(row[1])}</fo:table-row>`;
    })
    .join("\n");
  return `<fo:table table-layout="fixed" width="100%" space-before="6pt" space-after="10pt" border-collapse="collapse">
${cols.map((w) => `<fo:table-column column-width="proportional-column-width(${w})"/>`).join("")}
<fo:table-body>
${body}
</fo:table-body></fo:table>`;
}

/** The report as XSL-FO: A4, Caladea, a running header over a rule and "Page X of Y" at the foot; numbered paragraphs as list items. */
export function reportFo(blocks: Block[], header: string): string {
  let tables = 0;
  const body = withRoles(blocks)
    .map((b) => {
      if (b.kind === "caption")
        return `<fo:block font-weight="bold" font-size="11pt" space-before="8pt" keep-with-next.within-page="always">${foRuns(b.runs)}</fo:block>`;
      if (b.kind === "table") return foTable(b.rows, tables++ === 0);
      if (b.kind === "title")
        return `<fo:block font-size="17pt" font-weight="bold" color="#1f4e79" space-after="14pt" text-align="left" line-height="1.2">${foRuns(b.runs)}</fo:block>`;
      if (b.kind === "heading") {
        if (isDeadline(b.runs))
          return `<fo:block font-size="11pt" font-weight="bold" font-style="italic" space-before="8pt" space-after="4pt" keep-with-next.within-page="always">${foRuns(b.runs)}</fo:block>`;
        return `<fo:block font-size="13pt" font-weight="bold" color="#1f4e79" space-before="12pt" space-after="5pt" keep-with-next.within-page="always">${foRuns(b.runs)}</fo:block>`;
      }
      if (b.kind === "bullet")
        return `<fo:list-block provisional-distance-between-starts="7mm" provisional-label-separation="2mm" start-indent="5mm" space-after="4pt">
<fo:list-item><fo:list-item-label end-indent="label-end()"><fo:block>•</fo:block></fo:list-item-label>
<fo:list-item-body start-indent="body-start()"><fo:block text-align="justify">${foRuns(b.runs)}</fo:block></fo:list-item-body></fo:list-item></fo:list-block>`;
      if (b.kind === "footnote") return `<fo:block font-size="8.5pt" space-after="3pt">${foRuns(b.runs)}</fo:block>`;
      const n = numbered(b.runs);
      if (n)
        return `<fo:list-block provisional-distance-between-starts="12mm" provisional-label-separation="2mm" space-after="7pt">
<fo:list-item><fo:list-item-label end-indent="label-end()"><fo:block>${xml(n.ref)}</fo:block></fo:list-item-label>
<fo:list-item-body start-indent="body-start()"><fo:block text-align="justify">${foRuns(n.runs)}</fo:block></fo:list-item-body></fo:list-item></fo:list-block>`;
      return `<fo:block text-align="justify" space-after="7pt">${foRuns(b.runs)}</fo:block>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Caladea" font-size="10.5pt" line-height="1.3" language="en" hyphenate="false">
<fo:layout-master-set>
<fo:simple-page-master master-name="a4" page-width="210mm" page-height="297mm" margin-top="12mm" margin-bottom="10mm" margin-left="24mm" margin-right="20mm">
<fo:region-body margin-top="16mm" margin-bottom="16mm"/>
<fo:region-before extent="10mm"/>
<fo:region-after extent="10mm"/>
</fo:simple-page-master>
</fo:layout-master-set>
<fo:page-sequence master-reference="a4">
<fo:static-content flow-name="xsl-region-before"><fo:block font-size="8.5pt" color="#555555" text-align="right" border-bottom="0.5pt solid #888888" padding-bottom="2pt">${xml(header)}</fo:block></fo:static-content>
<fo:static-content flow-name="xsl-region-after"><fo:block font-size="8.5pt" text-align="center">Page <fo:page-number/> of <fo:page-number-citation ref-id="report-end"/></fo:block></fo:static-content>
<fo:flow flow-name="xsl-region-body">
${body}
<fo:block id="report-end"/>
</fo:flow>
</fo:page-sequence>
</fo:root>
`;
}

// ---------------------------------------------------------------- HTML (TCPDF, dompdf, MuPDF)

export interface HtmlOptions {
  /** Ordinals' suffixes raised (<sup>) or left on the line. */
  sup: boolean;
  /** How a numbered paragraph is laid out: a two-cell table (TCPDF has no hanging indent), or a hanging indent by CSS. */
  numbers: "table" | "hang";
  /** The header row of a table as <th> (dompdf, MuPDF) or <td> in bold (TCPDF). */
  th: boolean;
}

/** Runs as inline HTML, one <b> or <i> around each stretch of runs in the same style (as a person writing the HTML would). */
function htmlRuns(runs: Run[], opts: HtmlOptions): string {
  const groups: Run[][] = [];
  for (const r of runs) {
    const last = groups[groups.length - 1];
    if (last && !!last[0].b === !!r.b && !!last[0].i === !!r.i) last.push(r);
    else groups.push([r]);
  }
  return groups
    .map((g) => {
      let s = g.map((r) => (r.sup && opts.sup ? `<sup>${xml(r.t)}</sup>` : xml(r.t))).join("");
      if (g[0].i) s = `<i>${s}</i>`;
      if (g[0].b) s = `<b>${s}</b>`;
      return s;
    })
    .join("");
}

function htmlTable(rows: Run[][][], first: boolean, opts: HtmlOptions): string {
  const [w1, w2] = first ? [36, 64] : [72, 28];
  const cls = first ? "meta" : "ratings";
  const body = rows
    .map((row) => {
      const kind = first ? "row" : rowKind(row);
      if (kind === "band")
        return `<tr class="band"><td colspan="2" class="band" bgcolor="#2e5e3e" color="#ffffff"><b>${htmlRuns(row[0], opts)}</b></td></tr>`;
      if (kind === "head") {
        const c = (runs: Run[], w: number) =>
          opts.th
            ? `<th width="${w}%">${htmlRuns(runs, opts)}</th>`
            : `<td width="${w}%" bgcolor="#dfe9e2"><b>${htmlRuns(runs, opts)}</b></td>`;
        return `<tr class="head">${c(row[0], w1)}${c(row[1], w2)}</tr>`;
      }
      const label = first
        ? `<td width="${w1}%" class="label" bgcolor="#f0f0f0"><b>${htmlRuns(row[0], opts)}</b></td>`
        : `<td width="${w1}%">${htmlRuns(row[0], opts)}</td>`;
      return `<tr>${label}<td width="${w2}%">${htmlRuns(row[1], opts)}</td></tr>`;
    })
    .join("\n");
  return `<table class="${cls}" border="1" cellpadding="4" cellspacing="0" width="100%">\n${body}\n</table>`;
}

/** The report's body as HTML: the producer wraps it in its own page, styles and running header and footer. */
export function reportHtmlBody(blocks: Block[], opts: HtmlOptions): string {
  let tables = 0;
  return withRoles(blocks)
    .map((b) => {
      if (b.kind === "caption") return `<p class="caption"><b>${htmlRuns(b.runs, opts)}</b></p>`;
      if (b.kind === "table") return htmlTable(b.rows, tables++ === 0, opts);
      if (b.kind === "title") return `<h1>${htmlRuns(b.runs, opts)}</h1>`;
      if (b.kind === "heading") return isDeadline(b.runs) ? `<h3>${htmlRuns(b.runs, opts)}</h3>` : `<h2>${htmlRuns(b.runs, opts)}</h2>`;
      if (b.kind === "bullet") return `<ul><li>${htmlRuns(b.runs, opts)}</li></ul>`;
      if (b.kind === "footnote") return `<p class="note">${htmlRuns(b.runs, opts)}</p>`;
      const n = numbered(b.runs);
      if (n && opts.numbers === "table")
        return `<table class="num" cellpadding="0" cellspacing="0" width="100%"><tr><td width="9%">${xml(n.ref)}</td><td width="91%" align="justify">${htmlRuns(n.runs, opts)}</td></tr></table>`;
      if (n) return `<p class="num"><span class="ref">${xml(n.ref)}</span>${htmlRuns(n.runs, opts)}</p>`;
      return `<p>${htmlRuns(b.runs, opts)}</p>`;
    })
    .join("\n");
}

// ---------------------------------------------------------------- Prawn (Ruby) reads these items

/** One thing Prawn draws: its text in Prawn's inline format (<b>, <i>, <sup>, entities), a table's cells likewise. */
export type PrawnItem =
  | { kind: "title" | "heading" | "deadline" | "caption" | "para" | "bullet" | "footnote"; text: string; ref?: string }
  | { kind: "table"; first: boolean; rows: { kind: "band" | "head" | "row"; cells: string[] }[] };

export function prawnItems(blocks: Block[]): PrawnItem[] {
  const opts: HtmlOptions = { sup: true, numbers: "hang", th: false };
  let tables = 0;
  return withRoles(blocks).map((b): PrawnItem => {
    if (b.kind === "table") {
      const first = tables++ === 0;
      return {
        kind: "table",
        first,
        rows: b.rows.map((row) => ({ kind: first ? "row" : rowKind(row), cells: row.map((c) => htmlRuns(c, opts)) })),
      };
    }
    if (b.kind === "heading") return { kind: isDeadline(b.runs) ? "deadline" : "heading", text: htmlRuns(b.runs, opts) };
    if (b.kind === "para") {
      const n = numbered(b.runs);
      if (n) return { kind: "para", ref: n.ref, text: htmlRuns(n.runs, opts) };
    }
    return { kind: b.kind, text: htmlRuns(b.runs, opts) };
  });
}
