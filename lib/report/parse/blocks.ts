/**
 * The first stage of the parser: cutting a report into its blocks by their
 * landmarks (the headings of the ratings tables, context, findings sections,
 * recommendations and next steps), so each block can be read on its own.
 * Which landmarks count depends on the block they appear in: inside a findings
 * section a "Context" line is text, and inside the recommendations an
 * "Outcome 4" line is too.
 */
import type { Inspection } from "../types";
import { sectionHeading, type SectionHeading } from "./findings";
import { isShort, type Line } from "./lines";
import { endsNextSteps } from "./next-steps";
import { ratingsHeading } from "./ratings";
import { endsRecommendations } from "./recommendations";

const CONTEXT_HEADING = /^context\s*:?$/i;
const RECOMMENDATIONS_HEADING = /^(?:\d{1,2}\.?\s+)?recommendations(?:\s+for\s+improvement)?\s*:?$/i;
const NEXT_STEPS_HEADING = /^(?:\d{1,2}\.?\s+)?next\s+steps\s*:?$/i;

type Block =
  | { kind: "preamble"; lines: Line[] }
  | { kind: "ratings"; inspection: Inspection; lines: Line[] }
  | { kind: "context"; lines: Line[] }
  | { kind: "section"; heading: SectionHeading; lines: Line[] }
  | { kind: "recommendations"; lines: Line[] }
  | { kind: "nextSteps"; lines: Line[] };

/** Past the end of a recommendations or next steps block: lines up to the next landmark belong to no block. */
type Reading = Block["kind"] | "nothing";

/** Each kind of block in document order, its heading line left out; blank lines kept, as readers split at them. */
export interface ReportBlocks {
  /** From the start to the first landmark: metadata, and perhaps a ratings table without its headers. */
  preamble: Line[];
  ratings: { inspection: Inspection; lines: Line[] }[];
  context: Line[][];
  sections: { heading: SectionHeading; lines: Line[] }[];
  recommendations: Line[][];
  nextSteps: Line[][];
}

/** The block a line opens when it is a landmark while reading `reading`, or null. */
function landmark(line: Line, reading: Reading, previousSectionNumber: number): Block | null {
  if (reading !== "recommendations" && reading !== "nextSteps") {
    const heading = sectionHeading(line, previousSectionNumber);
    if (heading) return { kind: "section", heading, lines: [] };
  }
  if (!isShort(line)) return null;
  if (RECOMMENDATIONS_HEADING.test(line.bare)) return { kind: "recommendations", lines: [] };
  if (NEXT_STEPS_HEADING.test(line.bare)) return { kind: "nextSteps", lines: [] };
  if (reading === "section") return null;
  if (CONTEXT_HEADING.test(line.bare)) return { kind: "context", lines: [] };
  if (reading === "recommendations") return null;
  const inspection = ratingsHeading(line);
  return inspection ? { kind: "ratings", inspection, lines: [] } : null;
}

function endsBlock(line: Line, reading: Reading): boolean {
  return (reading === "recommendations" && endsRecommendations(line)) || (reading === "nextSteps" && endsNextSteps(line));
}

/** Cuts the document's lines into blocks, leaving out the title's lines (see `findTitle`). */
export function cutIntoBlocks(lines: Line[], titleLineIndexes: readonly number[]): ReportBlocks {
  let current: Block = { kind: "preamble", lines: [] };
  const blocks: Block[] = [current];
  let reading: Reading = "preamble";
  let previousSectionNumber = 0;
  for (const line of lines) {
    const blank = line.bare === "";
    if (!blank && titleLineIndexes.includes(line.index)) continue;
    const opened: Block | null = blank ? null : landmark(line, reading, previousSectionNumber);
    if (opened) {
      blocks.push((current = opened));
      reading = opened.kind;
      if (opened.kind === "section") previousSectionNumber = opened.heading.number;
    } else if (reading !== "nothing") {
      if (!blank && endsBlock(line, reading)) reading = "nothing";
      else current.lines.push(line);
    }
  }
  return groupByKind(blocks);
}

function groupByKind(blocks: Block[]): ReportBlocks {
  const grouped: ReportBlocks = { preamble: [], ratings: [], context: [], sections: [], recommendations: [], nextSteps: [] };
  for (const block of blocks) {
    if (block.kind === "preamble") grouped.preamble = block.lines;
    else if (block.kind === "ratings") grouped.ratings.push(block);
    else if (block.kind === "context") grouped.context.push(block.lines);
    else if (block.kind === "section") grouped.sections.push(block);
    else if (block.kind === "recommendations") grouped.recommendations.push(block.lines);
    else grouped.nextSteps.push(block.lines);
  }
  return grouped;
}
