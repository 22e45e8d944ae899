/**
 * The findings: sections headed by CQC outcome ("6. Outcome 7 Safeguarding"),
 * each a run of numbered paragraphs ("6.5 …"), with footnotes below rules.
 */
import { plain } from "../text";
import type { FindingParagraph, FindingSection, Footnote } from "../types";
import { cleanLines, isShort, type Line } from "./lines";

const SECTION_NUMBERED = /^(\d{1,2})\.?\s+(general\b.*|outcome\s*\d{1,2}\b.*)$/i;
const SECTION_UNNUMBERED = /^(general\s*[-–—:]\s*\S.*|general\s+leadership\b.*|outcome\s*\d{1,2}\b.*)$/i;
const OUTCOME_TITLE = /^outcome\s*(\d{1,2})\b\s*[-–—:.]?\s*(.*)$/i;
const PARAGRAPH_START = /^(\d{1,2})\.(\d{1,3})\.?(?:\s+|$)/;
const SEPARATOR = /^\s*(?:[-*_]\s*){3,}$/;
const PAGE_FURNITURE = /^(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,3})$/i;
const FOOTNOTE_MARKED =
  /^\s*(?:<sup>\s*([0-9a-z]{1,3})\s*<\/sup>|\[\^([0-9a-z]{1,3})\]:?|([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]{1,3}))\s*(\S.*)$/i;
const FOOTNOTE_BARE = /^\s*(\d{1,2})[.)]?\s+(\S.*)$/;
const SUPERSCRIPT_DIGIT_VALUES = "⁰¹²³⁴⁵⁶⁷⁸⁹";

export interface SectionHeading {
  number: number;
  outcome: number | null;
  title: string;
}

/**
 * The heading of a findings section, or null when the line is not one. An
 * unnumbered heading takes the number after `previousNumber`.
 */
export function sectionHeading(line: Line, previousNumber: number): SectionHeading | null {
  if (!isShort(line) || line.bare.length > 150) return null;
  let number: number | null = null;
  let heading: string | null = null;
  const numbered = SECTION_NUMBERED.exec(line.bare);
  if (numbered) {
    number = Number(numbered[1]);
    heading = numbered[2];
  } else if (SECTION_UNNUMBERED.test(line.bare) && !/[.;]$/.test(line.bare)) {
    number = previousNumber + 1;
    heading = line.bare;
  }
  if (number === null || heading === null) return null;
  const outcome = OUTCOME_TITLE.exec(heading);
  if (outcome) return { number, outcome: Number(outcome[1]), title: outcome[2].trim() || `Outcome ${outcome[1]}` };
  return { number, outcome: null, title: heading.trim() };
}

interface ParagraphDraft {
  ref: string;
  lines: Line[];
  generatedRef: boolean;
}

interface SectionDraft extends SectionHeading {
  paragraphs: ParagraphDraft[];
  hasGeneratedRefs: boolean;
}

interface FootnoteDraft {
  marker: string;
  raw: string;
}

/** What reading the findings' lines gives: sections of paragraphs still as lines, footnotes, and warnings in line order. */
export interface FindingsDraft {
  sections: SectionDraft[];
  footnotes: FootnoteDraft[];
  warnings: string[];
}

function superscriptToDigits(s: string): string {
  return [...s].map((c) => String(SUPERSCRIPT_DIGIT_VALUES.indexOf(c))).join("");
}

/**
 * What a line of a section is as far as footnotes go: a footnote line (one
 * marked as a footnote anywhere, or, below a rule, any line before the next
 * numbered paragraph), which is added to `footnotes`; the numbered paragraph
 * that ends the footnotes below a rule; or other text.
 */
function readFootnoteLine(line: Line, belowRule: boolean, footnotes: FootnoteDraft[]): "footnote" | "paragraphBelowRule" | "text" {
  const marked = FOOTNOTE_MARKED.exec(line.raw);
  if (marked) {
    footnotes.push({ marker: marked[1] ?? marked[2] ?? superscriptToDigits(marked[3]), raw: marked[4] });
    return "footnote";
  }
  if (!belowRule) return "text";
  if (PARAGRAPH_START.test(line.bare)) return "paragraphBelowRule";
  const bare = FOOTNOTE_BARE.exec(line.bare);
  if (bare) footnotes.push({ marker: bare[1], raw: bare[2] });
  else if (footnotes.length) footnotes.at(-1)!.raw += ` ${line.raw}`;
  return "footnote";
}

/** Adds a line of paragraph text to the section: a new numbered paragraph, more of the last one, or a paragraph without a number. */
function addParagraphLine(section: SectionDraft, line: Line, warnings: string[]): void {
  const start = PARAGRAPH_START.exec(line.bare);
  if (start) {
    const ref = `${Number(start[1])}.${Number(start[2])}`;
    if (Number(start[1]) !== section.number) warnings.push(`paragraph ${ref} appears under section ${section.number}`);
    section.paragraphs.push({ ref, lines: [line], generatedRef: false });
    return;
  }
  const current = section.paragraphs.at(-1);
  const startsSentence = /^[A-Z"'(]/.test(line.bare);
  if (current && (!line.afterBlank || !current.generatedRef || !startsSentence)) {
    const previousText = current.lines.at(-1)?.raw ?? "";
    if (line.afterBlank && startsSentence && /[.!?]["')]*\**\s*$/.test(previousText)) {
      warnings.push(`text after paragraph ${current.ref} has no number; joined to ${current.ref}`);
    }
    current.lines.push(line);
    return;
  }
  // Paragraphs without numbers: number them in order, as the report would have.
  const ref = `${section.number}.${section.paragraphs.length + 1}`;
  if (!section.hasGeneratedRefs) {
    warnings.push(`paragraphs in section ${section.number} are not numbered; numbered in order from ${ref}`);
    section.hasGeneratedRefs = true;
  }
  section.paragraphs.push({ ref, lines: [line], generatedRef: true });
}

/**
 * Reads each findings section's lines into paragraphs and footnotes. A
 * footnote's text can run on from one section into the next, so the
 * sections are read together, in order.
 */
export function readFindings(blocks: { heading: SectionHeading; lines: Line[] }[]): FindingsDraft {
  const draft: FindingsDraft = { sections: [], footnotes: [], warnings: [] };
  for (const { heading, lines } of blocks) {
    // Field by field: in Node 20 a spread followed by more properties
    // (`{ ...heading, paragraphs }`) takes a call into V8's runtime, about
    // 3 µs an object, a tenth of the whole parse here; fields take nanoseconds.
    const section: SectionDraft = {
      number: heading.number,
      outcome: heading.outcome,
      title: heading.title,
      paragraphs: [],
      hasGeneratedRefs: false,
    };
    draft.sections.push(section);
    let belowRule = false;
    for (const line of lines) {
      if (line.bare === "") continue;
      if (SEPARATOR.test(line.raw)) {
        belowRule = true;
        continue;
      }
      const kind = readFootnoteLine(line, belowRule, draft.footnotes);
      if (kind === "paragraphBelowRule") belowRule = false;
      if (kind === "footnote" || (isShort(line) && PAGE_FURNITURE.test(line.bare))) continue;
      addParagraphLine(section, line, draft.warnings);
    }
  }
  return draft;
}

export function hasFindings(draft: FindingsDraft): boolean {
  return draft.sections.some((s) => s.paragraphs.length > 0);
}

export interface Findings {
  sections: FindingSection[];
  footnotes: Footnote[];
  warnings: string[];
}

/** The sections and footnotes of the report JSON: paragraphs as clean text, each footnote with the paragraph that cites it. */
export function findingsOf(draft: FindingsDraft): Findings {
  const warnings: string[] = [];
  const footnoteRefs = new Map<string, string>();
  const seenRefs = new Set<string>();
  const sections: FindingSection[] = draft.sections.map((s) => {
    const paragraphs: FindingParagraph[] = s.paragraphs.map((p) => {
      const cleaned = cleanLines(p.lines);
      for (const marker of cleaned.footnotes) if (!footnoteRefs.has(marker)) footnoteRefs.set(marker, p.ref);
      if (seenRefs.has(p.ref)) warnings.push(`paragraph ${p.ref} appears more than once`);
      seenRefs.add(p.ref);
      return { ref: p.ref, text: p.generatedRef ? cleaned.text : cleaned.text.replace(PARAGRAPH_START, "").trim() };
    });
    if (paragraphs.length === 0) warnings.push(`section ${s.number} (${s.title}) has no paragraphs`);
    return { number: s.number, outcome: s.outcome, title: s.title, paragraphs };
  });
  const footnotes: Footnote[] = draft.footnotes.map((f) => ({
    marker: f.marker,
    ref: footnoteRefs.get(f.marker) ?? null,
    text: plain(f.raw),
  }));
  for (const marker of footnoteRefs.keys()) {
    if (!footnotes.some((f) => f.marker === marker)) warnings.push(`footnote ${marker} is cited but its text was not found`);
  }
  return { sections, footnotes, warnings };
}
