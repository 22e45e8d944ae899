/**
 * The title and the metadata of the preamble: who was inspected, when, by whom.
 */
import { parseDate, parseDateRange } from "../dates";
import { isShort, nextNonBlank, type Line } from "./lines";
import { isSafeguardingRatingsHeading, startsHeaderlessRatingsTable } from "./ratings";

/** The title is one of the first lines; later lines that mention "services in" are prose. */
const TITLE_SEARCH_LINES = 12;
const TITLE = /\b(?:inspection|safeguarding|looked after)\b.*?\bservices?\s+(?:in|for)\s+(?:the\s+)?(\S.*)$/i;
const TITLE_BROKEN = /\b(?:inspection|safeguarding|looked after)\b.*?\bservices?\s+(?:in|for)(?:\s+the)?$/i;
const COUNCIL_LINE = /^(?:the\s+)?(.+?)\s+(?:metropolitan\s+borough\s+|borough\s+|city\s+|county\s+|district\s+)?council$/i;

// Each label is followed by a colon, white space or the end of the line (the value then sits on the next line).
const LABEL_END = String.raw`(?:\s*:\s*|\s+|$)(.*)$`;
const label = (body: string) => new RegExp(`^(?:${body})${LABEL_END}`, "i");
const META_LABELS: { key: MetaKey; pattern: RegExp }[] = [
  {
    key: "inspectionDates",
    pattern: label(String.raw`dates?\s+of\s+(?:the\s+)?(?:inspection|fieldwork)|inspection\s+dates?|fieldwork\s+dates?`),
  },
  {
    key: "reportDate",
    pattern: label(
      String.raw`date\s+of\s+(?:the\s+)?(?:joint\s+)?(?:inspection\s+)?report|(?:joint\s+)?report\s+date|date\s+of\s+publication|publication\s+date`,
    ),
  },
  { key: "commissioningPct", pattern: label(String.raw`commissioning\s+(?:pct|primary\s+care\s+trust|organi[sz]ation|body)s?`) },
  { key: "inspector", pattern: label(String.raw`(?:cqc\s+)?(?:lead\s+)?inspector(?:'?s)?(?:\s+name)?`) },
  { key: "providers", pattern: label(String.raw`provider\s+services?(?:\s+included)?|providers?(?:\s+included)?|nhs\s+providers?`) },
  { key: "regionalDirector", pattern: label(String.raw`(?:cqc\s+)?regional\s+director`) },
  { key: "region", pattern: label(String.raw`(?:cqc\s+)?region`) },
];
/**
 * A metadata row can be longer than the parser's short lines (MAX_SHORT_LINE): five or six
 * provider trusts with their full names run past 300 characters. Its patterns are anchored
 * and linear, so a longer bound costs nothing on hostile input; past it a line is prose.
 */
const MAX_META_LINE = 2_000;
type MetaKey = "inspectionDates" | "reportDate" | "commissioningPct" | "inspector" | "providers" | "regionalDirector" | "region";
export type MetaValues = Partial<Record<MetaKey, string>>;

const META_WORDS: Record<MetaKey, string> = {
  inspectionDates: "inspection dates ('Date of Inspection')",
  reportDate: "report date ('Date of Joint Report')",
  commissioningPct: "commissioning PCT",
  inspector: "CQC inspector",
  providers: "provider services",
  region: "CQC region",
  regionalDirector: "CQC regional director",
};

export interface Title {
  authority: string;
  /** Indexes of the lines it takes: one, or two when the name is broken onto the next line. */
  lineIndexes: number[];
}

/** The title line ("…Services in Barnet"), looked for among the first non-blank lines. */
export function findTitle(lines: Line[]): Title | null {
  let nonBlankLines = 0;
  for (let i = 0; i < lines.length && nonBlankLines < TITLE_SEARCH_LINES; i++) {
    const line = lines[i];
    if (line.bare === "") continue;
    nonBlankLines++;
    const title = isShort(line) && !/\.$/.test(line.bare) ? TITLE.exec(line.bare) : null;
    if (title) return { authority: title[1].replace(/[.:]+$/, "").trim(), lineIndexes: [i] };
    const next = lines[i + 1];
    if (isShort(line) && TITLE_BROKEN.test(line.bare) && next && isShort(next)) {
      return { authority: next.bare.replace(/[.:]+$/, "").trim(), lineIndexes: [i, i + 1] };
    }
  }
  return null;
}

export interface Preamble {
  meta: MetaValues;
  /** "Barnet" from a "Barnet Council" line heading the ratings table: a fallback name when the title is missing. */
  councilName: string | null;
  /** Where in the preamble's lines a ratings table without its header rows starts; -1 when none does. */
  tableStart: number;
}

/**
 * Reads the labelled values of the preamble ("Date of Joint Report  24 February
 * 2012", or the label on one line and the value on the next). `document` is
 * every line, for looking past the end of the preamble.
 */
export function readPreamble(lines: Line[], document: Line[]): Preamble {
  const meta: MetaValues = {};
  let pendingLabel: MetaKey | null = null;
  let councilName: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.bare === "" || line.bare.length > MAX_META_LINE) continue;
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
    const council = line.bare.length < 80 ? COUNCIL_LINE.exec(line.bare) : null;
    if (council && isSafeguardingRatingsHeading(nextNonBlank(document, line.index)?.bare ?? "")) councilName = council[1];
    if (startsHeaderlessRatingsTable(line)) return { meta, councilName, tableStart: i };
  }
  return { meta, councilName, tableStart: -1 };
}

/** The report date, or null when there is none or it cannot be read. */
export function reportDateOf(meta: MetaValues): string | null {
  return meta.reportDate ? parseDate(meta.reportDate) : null;
}

/** What the completeness check says about the report date when it is missing or unreadable. */
export function missingReportDate(meta: MetaValues): string {
  return meta.reportDate ? `a readable report date (found '${meta.reportDate.slice(0, 60)}')` : "a report date ('Date of Joint Report')";
}

export interface Metadata {
  inspection: { start: string | null; end: string | null };
  commissioningPct: string | null;
  inspector: string | null;
  providers: string[];
  region: string | null;
  regionalDirector: string | null;
  warnings: string[];
}

/** The metadata fields of the report JSON, with a warning for each value missing or not understood. */
export function metadataOf(meta: MetaValues): Metadata {
  const warnings: string[] = [];
  let inspection: { start: string | null; end: string | null } = { start: null, end: null };
  if (meta.inspectionDates) {
    const range = parseDateRange(meta.inspectionDates);
    if (range) inspection = range;
    else warnings.push(`inspection dates not understood: '${meta.inspectionDates.slice(0, 80)}'`);
  }
  for (const key of Object.keys(META_WORDS) as MetaKey[]) {
    if (!meta[key] && key !== "reportDate") warnings.push(`no ${META_WORDS[key]} found`);
  }
  return {
    inspection,
    commissioningPct: meta.commissioningPct ?? null,
    inspector: meta.inspector ?? null,
    providers: meta.providers ? splitProviders(meta.providers) : [],
    region: meta.region ?? null,
    regionalDirector: meta.regionalDirector ?? null,
    warnings,
  };
}

/**
 * Providers come run together on one line ("…NHS Trust Barnet and Chase Farm
 * Hospital NHS Trust…"): a name ends at "Trust" when another starts after it.
 */
export function splitProviders(value: string): string[] {
  return value
    .split(/\s*(?:;|\s\/\s)\s*|(?<=\bTrusts?)\s*(?:,|&|\band\b)?\s+(?=[A-Z(])/)
    .map((p) =>
      p
        .replace(/^(?:and|&)\s+/i, "")
        .replace(/[.,]$/, "")
        .trim(),
    )
    .filter((p) => p !== "");
}
