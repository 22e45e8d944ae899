import { addDays, addMonths, parseDate, parseDateRange } from "./dates";
import { cleanInline, foldSpaces, hasMarkup, isItalic, normalizeDocument, plain, type CleanText } from "./text";
import type {
  ContextFigures,
  Deadline,
  FindingParagraph,
  FindingSection,
  Footnote,
  Grade,
  Inspection,
  InspectionReport,
  NextSteps,
  RatingRow,
  Recommendation,
} from "./types";

/**
 * Raised when text is not a readable inspection report. `missing` names what
 * was looked for and not found, in words a user can act on.
 */
export class ReportParseError extends Error {
  readonly missing: string[];
  constructor(message: string, missing: string[] = []) {
    super(message);
    this.name = "ReportParseError";
    this.missing = missing;
  }
}

// Classification patterns only ever see lines up to this length: real
// headings, labels and table rows are short, and it bounds the work any
// pattern can do on hostile input.
const MAX_SHORT_LINE = 300;
/** The title is one of the first lines; later lines that mention "services in" are prose. */
const TITLE_SEARCH_LINES = 12;

const GRADE_WORDS: Record<string, Grade> = {
  outstanding: "Outstanding",
  good: "Good",
  adequate: "Adequate",
  inadequate: "Inadequate",
};

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};

function readCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

const TITLE = /\b(?:inspection|safeguarding|looked after)\b.*?\bservices?\s+(?:in|for)\s+(?:the\s+)?(\S.*)$/i;
const TITLE_BROKEN = /\b(?:inspection|safeguarding|looked after)\b.*?\bservices?\s+(?:in|for)(?:\s+the)?$/i;
const COUNCIL_LINE = /^(?:the\s+)?(.+?)\s+(?:metropolitan\s+borough\s+|borough\s+|city\s+|county\s+|district\s+)?council$/i;

// Each label is followed by a colon, white space or the end of the line (the value then sits on the next line).
const LABEL_END = String.raw`(?:\s*:\s*|\s+|$)(.*)$`;
const label = (body: string) => new RegExp(`^(?:${body})${LABEL_END}`, "i");
const META_LABELS: { key: MetaKey; pattern: RegExp }[] = [
  { key: "inspectionDates", pattern: label(String.raw`dates?\s+of\s+(?:the\s+)?(?:inspection|fieldwork)|inspection\s+dates?|fieldwork\s+dates?`) },
  { key: "reportDate", pattern: label(String.raw`date\s+of\s+(?:the\s+)?(?:joint\s+)?(?:inspection\s+)?report|(?:joint\s+)?report\s+date|date\s+of\s+publication|publication\s+date`) },
  { key: "commissioningPct", pattern: label(String.raw`commissioning\s+(?:pct|primary\s+care\s+trust|organi[sz]ation|body)s?`) },
  { key: "inspector", pattern: label(String.raw`(?:cqc\s+)?(?:lead\s+)?inspector(?:'?s)?(?:\s+name)?`) },
  { key: "providers", pattern: label(String.raw`provider\s+services?(?:\s+included)?|providers?(?:\s+included)?|nhs\s+providers?`) },
  { key: "regionalDirector", pattern: label(String.raw`(?:cqc\s+)?regional\s+director`) },
  { key: "region", pattern: label(String.raw`(?:cqc\s+)?region`) },
];
type MetaKey = "inspectionDates" | "reportDate" | "commissioningPct" | "inspector" | "providers" | "regionalDirector" | "region";

const META_WORDS: Record<MetaKey, string> = {
  inspectionDates: "inspection dates ('Date of Inspection')",
  reportDate: "report date ('Date of Joint Report')",
  commissioningPct: "commissioning PCT",
  inspector: "CQC inspector",
  providers: "provider services",
  region: "CQC region",
  regionalDirector: "CQC regional director",
};

const RATINGS_HEADER_SAFEGUARDING = /^safeguarding\s+(?:services\s+)?inspection\s+outcomes?\b/i;
const RATINGS_HEADER_LOOKED_AFTER = /^looked\s+after\s+children(?:'s)?\s+(?:services\s+)?inspection\s+outcomes?\b/i;
const RATING_ROW = /^(\S.*?)\s*[:|]?\s+(outstanding|good|adequate|inadequate)\s*\.?$/i;
const GRADE_ONLY = /^(outstanding|good|adequate|inadequate)\.?$/i;
const KNOWN_JUDGEMENT = /^(?:overall effectiveness|capacity for improvement|the contribution of health|being healthy)/i;

const SECTION_NUMBERED = /^(\d{1,2})\.?\s+(general\b.*|outcome\s*\d{1,2}\b.*)$/i;
const SECTION_UNNUMBERED = /^(general\s*[-–—:]\s*\S.*|general\s+leadership\b.*|outcome\s*\d{1,2}\b.*)$/i;
const OUTCOME_TITLE = /^outcome\s*(\d{1,2})\b\s*[-–—:.]?\s*(.*)$/i;
const PARAGRAPH_START = /^(\d{1,2})\.(\d{1,3})\.?(?:\s+|$)/;
const SEPARATOR = /^\s*(?:[-*_]\s*){3,}$/;
const PAGE_FURNITURE = /^(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,3})$/i;

const CONTEXT_HEADING = /^context\s*:?$/i;
const RECOMMENDATIONS_HEADING = /^(?:\d{1,2}\.?\s+)?recommendations(?:\s+for\s+improvement)?\s*:?$/i;
const NEXT_STEPS_HEADING = /^(?:\d{1,2}\.?\s+)?next\s+steps\s*:?$/i;
const DEADLINE = /^(?:(?:to\s+be\s+(?:completed|achieved)\s+)?within\s+(\d{1,2}|[a-z]+)\s+(months?|weeks?|(?:working\s+)?days?)\b.*|immediate(?:ly)?\b.*)$/i;
const LEAD_IN_ACTION = /^(?:ensure\s+that\s+)?(.*?)\s+(?:should\s+|must\s+|to\s+|will\s+)?takes?\s+action\s+to\s*:?$/i;
const BULLET = /^\s*(?:[-•*–·▪◦‣⁃○●]|\d{1,2}[.)]|\(?[a-z]\))\s+(\S.*)$/;
const FOOTNOTE_MARKED = /^\s*(?:<sup>\s*([0-9a-z]{1,3})\s*<\/sup>|\[\^([0-9a-z]{1,3})\]:?|([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]{1,3}))\s*(\S.*)$/i;
const FOOTNOTE_BARE = /^\s*(\d{1,2})[.)]?\s+(\S.*)$/;
const OFSTED_ATTRIBUTION = /\(\s*(ofsted)\s*,?\s*((?:[a-z]+\s+)?\d{4})\s*\)/i;
const SUPERSCRIPT_DIGIT_VALUES = "⁰¹²³⁴⁵⁶⁷⁸⁹";

interface Line {
  raw: string;
  /** The line as plain text, heading markers and inline markup removed. */
  bare: string;
  /**
   * True when no heading marker or markup was removed: `bare` is `raw` with
   * only its white space folded, and can stand for it in a paragraph's text
   * (see `cleanLines`).
   */
  asIs: boolean;
}

interface ParagraphDraft {
  ref: string;
  lines: Line[];
  generatedRef: boolean;
}

interface SectionDraft {
  number: number;
  outcome: number | null;
  title: string;
  paragraphs: ParagraphDraft[];
  hasGeneratedRefs: boolean;
}

interface RecommendationDraft {
  deadline: Deadline;
  addressee: string | null;
  rawParts: string[];
}

type Mode = "preamble" | "ratings" | "context" | "other" | "section" | "recommendations" | "nextSteps";

function toLine(raw: string): Line {
  const withoutHeading = raw.replace(/^\s{0,3}#{1,6}\s+/, "");
  // Most lines are plain text: folding their white space is all plain() would do.
  if (withoutHeading === raw && !hasMarkup(raw)) return { raw, bare: foldSpaces(raw), asIs: true };
  return { raw, bare: plain(withoutHeading), asIs: false };
}

/**
 * The clean text of lines read as one paragraph: `cleanInline` of their raw
 * text, trimmed and joined with spaces. When every line is `asIs` that is
 * their bare texts joined with spaces (folding white space within each
 * trimmed line is the same as folding it in the whole, since the joins are
 * single spaces between non-space characters), so the lines, the bulk of a
 * report, are not cleaned a second time.
 */
function cleanLines(lines: Line[]): CleanText {
  if (lines.every((l) => l.asIs)) return { text: lines.map((l) => l.bare).join(" "), footnotes: [] };
  return cleanInline(joinRaw(lines.map((l) => l.raw)));
}

function isShort(line: Line): boolean {
  return line.bare.length > 0 && line.bare.length <= MAX_SHORT_LINE;
}

/** A line formatted as a heading: Markdown `#`, or wholly bold. */
function looksLikeHeading(line: Line): boolean {
  const r = line.raw.trim();
  return /^#{1,6}\s/.test(r) || /^(?:\*\*|<b>|__)[^*<_].*(?:\*\*|<\/b>|__):?$/i.test(r);
}

function sectionHeading(line: Line, previousNumber: number): { number: number; outcome: number | null; title: string } | null {
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

function ratingRow(bare: string): { judgement: string; grade: Grade } | null {
  if (bare.length > MAX_SHORT_LINE) return null;
  const m = RATING_ROW.exec(bare);
  if (!m) return null;
  return { judgement: m[1].replace(/[\s:|]+$/, ""), grade: GRADE_WORDS[m[2].toLowerCase()] };
}

function inferInspection(judgement: string): Inspection {
  return /looked after|being healthy|council and its partners/i.test(judgement) ? "looked-after" : "safeguarding";
}

/**
 * Providers come run together on one line ("…NHS Trust Barnet and Chase Farm
 * Hospital NHS Trust…"): a name ends at "Trust" when another starts after it.
 */
export function splitProviders(value: string): string[] {
  return value
    .split(/\s*(?:;|\s\/\s)\s*|(?<=\bTrusts?)\s*(?:,|&|\band\b)?\s+(?=[A-Z(])/)
    .map((p) => p.replace(/^(?:and|&)\s+/i, "").replace(/[.,]$/, "").trim())
    .filter((p) => p !== "");
}

/** Who a recommendation is for, from its lead-in ("NHS Barnet and NHS providers take action to:"). */
export function addresseeOf(leadIn: string): string | null {
  const s = leadIn.trim().replace(/\s*:$/, "");
  const m = LEAD_IN_ACTION.exec(s);
  if (m && m[1].trim()) return m[1].replace(/^ensure\s+that\s+/i, "").trim();
  const should = /^(?:ensure\s+that\s+)?(.*?)\s+(?:should|must|will)$/i.exec(s);
  if (should) return should[1].trim();
  return s.replace(/^ensure\s+that\s+/i, "").trim() || null;
}

export function parseDeadline(label: string): Deadline | null {
  const m = DEADLINE.exec(label);
  if (!m) return null;
  if (m[1] === undefined) return { label, months: 0, days: 0 };
  const count = readCount(m[1]);
  if (count === null) return null;
  const unit = m[2].toLowerCase();
  if (unit.startsWith("month")) return { label, months: count, days: null };
  if (unit.startsWith("week")) return { label, months: 0, days: count * 7 };
  // Working days are rounded up to calendar days: five working days a week.
  if (unit.startsWith("working")) return { label, months: 0, days: Math.ceil(count / 5) * 7 };
  return { label, months: 0, days: count };
}

export function dueDateOf(reportDate: string, deadline: Deadline): string {
  return deadline.days === null ? addMonths(reportDate, deadline.months) : addDays(reportDate, deadline.days);
}

/** The filter key of a deadline: "3" (months), "6w" (weeks), "10d" (days), "0" (immediately). */
export function deadlineKey(deadline: Pick<Deadline, "months" | "days">): string {
  if (deadline.days === null) return String(deadline.months);
  if (deadline.days === 0) return "0";
  return deadline.days % 7 === 0 ? `${deadline.days / 7}w` : `${deadline.days}d`;
}

const NUMBER_IN_TEXT = /\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g;
const LOOKED_AFTER = /looked[- ]after|in care\b|children in the care/i;
const PROTECTION_PLAN = /protection\s+plans?|subject\s+(?:of|to)\s+(?:a\s+)?(?:child\s+)?protection/i;
const POPULATION = /children\s+and\s+young\s+(?:people|persons)|young\s+people\s+aged|children\s+aged|population\s+of\s+children/i;

/**
 * The three context figures, read from the sentence after each number:
 * "288 children and young people were looked after" is the looked-after count.
 */
export function contextFigures(text: string): Omit<ContextFigures, "text"> {
  const figures: Omit<ContextFigures, "text"> = { childrenPopulation: null, lookedAfterChildren: null, childProtectionPlans: null };
  const numbers = [...text.matchAll(NUMBER_IN_TEXT)];
  numbers.forEach((m, i) => {
    const raw = m[0];
    if (raw.includes(".")) return;
    const end = m.index + raw.length;
    const nextStart = i + 1 < numbers.length ? numbers[i + 1].index : text.length;
    const sentenceEnd = text.slice(end).search(/[.;](?:\s|$)/);
    const windowEnd = Math.min(nextStart, sentenceEnd === -1 ? text.length : end + sentenceEnd, end + 160);
    const window = text.slice(end, windowEnd);
    if (/^\s*(?:per\s*cent|%)/i.test(window)) return;
    const value = Number(raw.replace(/,/g, ""));
    if (LOOKED_AFTER.test(window)) {
      figures.lookedAfterChildren ??= value;
    } else if (PROTECTION_PLAN.test(window)) {
      figures.childProtectionPlans ??= value;
    } else if (POPULATION.test(window) && value >= 1000) {
      figures.childrenPopulation ??= value;
    }
  });
  return figures;
}

function attributionOf(text: string): { text: string; attribution: string | null } {
  const m = OFSTED_ATTRIBUTION.exec(text);
  if (!m) return { text, attribution: null };
  const attribution = `Ofsted, ${m[2].replace(/\s+/g, " ").replace(/^[a-z]/, (c) => c.toUpperCase())}`;
  const without = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/\s+([.;,])/g, "$1").replace(/([.;,])\1+/g, "$1").trim();
  return { text: without, attribution };
}

function joinRaw(parts: string[]): string {
  return parts.map((p) => p.trim()).join(" ");
}

function nextNonBlank(lines: Line[], index: number): Line | undefined {
  for (let j = index + 1; j < lines.length; j++) if (lines[j].bare !== "") return lines[j];
  return undefined;
}

function superscriptToDigits(s: string): string {
  return [...s].map((c) => String(SUPERSCRIPT_DIGIT_VALUES.indexOf(c))).join("");
}

/**
 * Parses the text of one CQC integrated inspection report (safeguarding and
 * looked after children's services, 2011–12 series).
 *
 * @throws ReportParseError when the text is not an inspection report.
 */
export function parseReport(input: string): InspectionReport {
  if (typeof input !== "string" || input.trim() === "") {
    throw new ReportParseError("the file is empty", ["any text"]);
  }
  const lines = normalizeDocument(input).split("\n").map(toLine);
  const warnings: string[] = [];

  let authority: string | null = null;
  const meta: Partial<Record<MetaKey, string>> = {};
  let pendingLabel: MetaKey | null = null;
  let councilName: string | null = null;

  const ratings: RatingRow[] = [];
  let inspection: Inspection | null = null;
  let pendingJudgement: string | null = null;
  let sawRatingsHeader = false;

  const contextParts: Line[][] = [];
  let sawContext = false;
  let contextHasText = false;

  const sections: SectionDraft[] = [];
  const footnoteDrafts: { marker: string; raw: string }[] = [];
  let afterSeparator = false;
  let blankBefore = false;

  let sawRecommendations = false;
  const recommendations: RecommendationDraft[] = [];
  let deadline: Deadline | null = null;
  let addressee: string | null = null;
  let lastLineWasItem = false;
  let skippedUndated = 0;

  let sawNextSteps = false;
  const nextStepsParts: string[] = [];

  let mode: Mode = "preamble";
  let nonBlankLines = 0;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.bare === "") {
      blankBefore = true;
      lastLineWasItem = false;
      if (mode === "context" && contextParts.at(-1)?.length) contextParts.push([]);
      continue;
    }
    const wasBlankBefore = blankBefore;
    blankBefore = false;

    // The title comes first; everything before it is ignored.
    nonBlankLines++;
    if (authority === null && nonBlankLines <= TITLE_SEARCH_LINES) {
      const title = isShort(line) && !/\.$/.test(line.bare) ? TITLE.exec(line.bare) : null;
      if (title) {
        authority = title[1].replace(/[.:]+$/, "").trim();
        continue;
      }
      const next = lines[i + 1];
      if (isShort(line) && TITLE_BROKEN.test(line.bare) && next && isShort(next)) {
        authority = next.bare.replace(/[.:]+$/, "").trim();
        i++;
        continue;
      }
    }

    // Landmarks that switch what we are reading, wherever they appear.
    const heading = mode !== "recommendations" && mode !== "nextSteps" ? sectionHeading(line, sections.at(-1)?.number ?? 0) : null;
    if (heading) {
      sections.push({ ...heading, paragraphs: [], hasGeneratedRefs: false });
      mode = "section";
      afterSeparator = false;
      continue;
    }
    if (isShort(line) && RECOMMENDATIONS_HEADING.test(line.bare)) {
      mode = "recommendations";
      sawRecommendations = true;
      continue;
    }
    if (isShort(line) && NEXT_STEPS_HEADING.test(line.bare)) {
      mode = "nextSteps";
      sawNextSteps = true;
      continue;
    }
    if (isShort(line) && CONTEXT_HEADING.test(line.bare) && mode !== "section") {
      mode = "context";
      sawContext = true;
      contextParts.push([]);
      continue;
    }
    if (isShort(line) && mode !== "section" && mode !== "recommendations") {
      const safeguarding = RATINGS_HEADER_SAFEGUARDING.test(line.bare);
      if (safeguarding || RATINGS_HEADER_LOOKED_AFTER.test(line.bare)) {
        inspection = safeguarding ? "safeguarding" : "looked-after";
        sawRatingsHeader = true;
        mode = "ratings";
        pendingJudgement = null;
        continue;
      }
    }

    switch (mode) {
      case "preamble": {
        if (isShort(line) && line.bare.length <= 500) {
          const label = META_LABELS.find((l) => l.pattern.test(line.bare));
          if (label) {
            const value = label.pattern.exec(line.bare)![1].trim();
            if (meta[label.key] === undefined) {
              if (value) meta[label.key] = value;
              else pendingLabel = label.key;
            }
            continue;
          }
          if (pendingLabel) {
            meta[pendingLabel] = line.bare;
            pendingLabel = null;
            continue;
          }
          // "Barnet Council" heads the ratings table: a fallback name when the title is missing.
          const council = line.bare.length < 80 ? COUNCIL_LINE.exec(line.bare) : null;
          if (council && RATINGS_HEADER_SAFEGUARDING.test(nextNonBlank(lines, i)?.bare ?? "")) councilName = council[1];
          const row = ratingRow(line.bare);
          if (row && KNOWN_JUDGEMENT.test(row.judgement)) {
            // A table without its header rows: tell the inspections apart by wording.
            mode = "ratings";
            ratings.push({ inspection: inferInspection(row.judgement), ...row });
          }
        }
        break;
      }
      case "ratings": {
        const row = ratingRow(line.bare);
        if (row) {
          ratings.push({ inspection: inspection ?? inferInspection(row.judgement), ...row });
          pendingJudgement = null;
        } else if (GRADE_ONLY.test(line.bare) && pendingJudgement) {
          // Tables exported one cell per line: judgement, then grade.
          const grade = GRADE_WORDS[line.bare.replace(/\.$/, "").toLowerCase()];
          ratings.push({ inspection: inspection ?? inferInspection(pendingJudgement), judgement: pendingJudgement, grade });
          pendingJudgement = null;
        } else if (isShort(line) && line.bare.length < 160 && !/[.]$/.test(line.bare) && !/aggregated inspection finding/i.test(line.bare)) {
          pendingJudgement = KNOWN_JUDGEMENT.test(line.bare) || pendingJudgement === null ? line.bare : null;
          if (pendingJudgement === null) mode = "other";
        } else if (!/aggregated inspection finding/i.test(line.bare)) {
          mode = "other";
        }
        break;
      }
      case "context": {
        if (wasBlankBefore && isShort(line) && line.bare.length < 60 && !/[.,;:]$/.test(line.bare) && looksLikeHeading(line)) {
          mode = "other";
          break;
        }
        if (wasBlankBefore && isShort(line) && line.bare.length < 60 && !/[.,;]$/.test(line.bare) && contextHasText) {
          mode = "other";
          break;
        }
        (contextParts.at(-1) ?? contextParts[contextParts.push([]) - 1]).push(line);
        contextHasText = true;
        break;
      }
      case "section": {
        const section = sections.at(-1)!;
        if (SEPARATOR.test(line.raw)) {
          afterSeparator = true;
          break;
        }
        const marked = FOOTNOTE_MARKED.exec(line.raw);
        if (marked) {
          const marker = marked[1] ?? marked[2] ?? superscriptToDigits(marked[3]);
          footnoteDrafts.push({ marker, raw: marked[4] });
          break;
        }
        if (afterSeparator) {
          // Below a rule, unnumbered lines are footnotes until the next numbered paragraph.
          if (PARAGRAPH_START.test(line.bare)) {
            afterSeparator = false;
          } else {
            const bare = FOOTNOTE_BARE.exec(line.bare);
            if (bare) footnoteDrafts.push({ marker: bare[1], raw: bare[2] });
            else if (footnoteDrafts.length) footnoteDrafts.at(-1)!.raw += ` ${line.raw}`;
            break;
          }
        }
        if (isShort(line) && PAGE_FURNITURE.test(line.bare)) break;
        const start = PARAGRAPH_START.exec(line.bare);
        if (start) {
          const ref = `${Number(start[1])}.${Number(start[2])}`;
          if (Number(start[1]) !== section.number) {
            warnings.push(`paragraph ${ref} appears under section ${section.number}`);
          }
          section.paragraphs.push({ ref, lines: [line], generatedRef: false });
          break;
        }
        const current = section.paragraphs.at(-1);
        const startsSentence = /^[A-Z"'(]/.test(line.bare);
        if (current && (!wasBlankBefore || !current.generatedRef || !startsSentence)) {
          const previousText = current.lines.at(-1)?.raw ?? "";
          if (wasBlankBefore && startsSentence && /[.!?]["')]*\**\s*$/.test(previousText)) {
            warnings.push(`text after paragraph ${current.ref} has no number; joined to ${current.ref}`);
          }
          current.lines.push(line);
        } else {
          // Paragraphs without numbers: number them in order, as the report would have.
          const ref = `${section.number}.${section.paragraphs.length + 1}`;
          if (!section.hasGeneratedRefs) {
            warnings.push(`paragraphs in section ${section.number} are not numbered; numbered in order from ${ref}`);
            section.hasGeneratedRefs = true;
          }
          section.paragraphs.push({ ref, lines: [line], generatedRef: true });
        }
        break;
      }
      case "recommendations": {
        if (isShort(line)) {
          const parsed = BULLET.test(line.raw) ? null : parseDeadline(line.bare);
          if (parsed && line.bare.length < 80) {
            deadline = parsed;
            addressee = null;
            lastLineWasItem = false;
            break;
          }
        }
        const bullet = BULLET.exec(line.raw);
        const isLeadIn = !bullet && isShort(line) && (LEAD_IN_ACTION.test(line.bare) || /:$/.test(line.bare));
        if (isLeadIn) {
          addressee = addresseeOf(line.bare);
          lastLineWasItem = false;
          break;
        }
        if (looksLikeHeading(line) && !bullet) {
          mode = "other";
          break;
        }
        if (!bullet && lastLineWasItem) {
          recommendations.at(-1)!.rawParts.push(line.raw);
          break;
        }
        if (!bullet && deadline === null) break; // introductory text
        if (deadline === null) {
          skippedUndated++;
          break;
        }
        recommendations.push({ deadline, addressee, rawParts: [bullet ? bullet[1] : line.raw] });
        lastLineWasItem = true;
        break;
      }
      case "nextSteps":
        if (looksLikeHeading(line)) mode = "other";
        else nextStepsParts.push(line.raw);
        break;
      case "other":
        break;
    }
  }

  if (authority === null && councilName !== null) {
    authority = councilName;
    warnings.push("no title line; authority taken from the ratings table");
  }
  const reportDate = meta.reportDate ? parseDate(meta.reportDate) : null;

  const missing: string[] = [];
  if (authority === null) missing.push("a title naming the authority ('…Services in <authority>')");
  if (ratings.length === 0) missing.push("a ratings table");
  if (!sections.some((s) => s.paragraphs.length > 0)) missing.push("findings sections ('2. Outcome 1 Involving Users' and numbered paragraphs)");
  if (missing.length === 3) {
    throw new ReportParseError("not an inspection report: no title, ratings table or findings sections found", missing);
  }
  if (reportDate === null) {
    missing.push(meta.reportDate ? `a readable report date (found '${meta.reportDate.slice(0, 60)}')` : "a report date ('Date of Joint Report')");
  }
  if (missing.length > 0) {
    throw new ReportParseError(`incomplete inspection report: missing ${missing.join("; ")}`, missing);
  }

  // Metadata
  let inspectionDates: { start: string | null; end: string | null } = { start: null, end: null };
  if (meta.inspectionDates) {
    const range = parseDateRange(meta.inspectionDates);
    if (range) inspectionDates = range;
    else warnings.push(`inspection dates not understood: '${meta.inspectionDates.slice(0, 80)}'`);
  }
  for (const key of Object.keys(META_WORDS) as MetaKey[]) {
    if (!meta[key] && key !== "reportDate") warnings.push(`no ${META_WORDS[key]} found`);
  }
  if (!sawRatingsHeader) warnings.push("ratings table has no inspection headings; inspections inferred from the judgements");
  if (ratings.length !== 6) warnings.push(`ratings table has ${ratings.length} rows; expected 6`);

  // Context
  const contextText = contextParts.filter((p) => p.length).map((p) => cleanLines(p).text).join("\n\n");
  const figures = contextFigures(contextText);
  if (!sawContext) warnings.push("no context section found");
  else {
    if (figures.childrenPopulation === null) warnings.push("no number of children and young people found in the context");
    if (figures.lookedAfterChildren === null) warnings.push("no number of looked after children found in the context");
    if (figures.childProtectionPlans === null) warnings.push("no number of children on a child protection plan found in the context");
  }

  // Findings
  const footnoteRefs = new Map<string, string>();
  const seenRefs = new Set<string>();
  const findingSections: FindingSection[] = sections.map((s) => {
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
  const footnotes: Footnote[] = footnoteDrafts.map((f) => ({ marker: f.marker, ref: footnoteRefs.get(f.marker) ?? null, text: plain(f.raw) }));
  for (const marker of footnoteRefs.keys()) {
    if (!footnotes.some((f) => f.marker === marker)) warnings.push(`footnote ${marker} is cited but its text was not found`);
  }

  // Recommendations
  const recs: Recommendation[] = recommendations.map((r) => {
    const raw = joinRaw(r.rawParts);
    const { text, attribution } = attributionOf(plain(raw));
    return {
      deadline: r.deadline,
      dueDate: dueDateOf(reportDate!, r.deadline),
      addressee: r.addressee,
      text,
      source: attribution !== null || isItalic(raw) ? "Ofsted" : "CQC",
      attribution,
    };
  });
  if (!sawRecommendations) warnings.push("no recommendations section found");
  else if (recs.length === 0) warnings.push("recommendations section has no recommendations");
  if (skippedUndated > 0) warnings.push(`${skippedUndated} recommendation(s) before any deadline heading were skipped`);

  let nextSteps: NextSteps | null = null;
  if (nextStepsParts.length) {
    const text = plain(joinRaw(nextStepsParts)).replace(/\s*\(mailto:[^)]*\)/g, "");
    const days = /within\s+(\d{1,3}|[a-z]+)\s+working\s+days/i.exec(text);
    nextSteps = { workingDays: days ? readCount(days[1]) : null, text };
  } else warnings.push(sawNextSteps ? "next steps section is empty" : "no next steps section found");

  return {
    authority: authority!,
    inspection: inspectionDates,
    reportDate: reportDate!,
    commissioningPct: meta.commissioningPct ?? null,
    inspector: meta.inspector ?? null,
    providers: meta.providers ? splitProviders(meta.providers) : [],
    region: meta.region ?? null,
    regionalDirector: meta.regionalDirector ?? null,
    ratings,
    context: { ...figures, text: contextText },
    sections: findingSections,
    footnotes,
    recommendations: recs,
    nextSteps,
    warnings,
  };
}
