import { cutIntoBlocks, type ReportBlocks } from "../report/parse/blocks";
import { documentLines, type Line } from "../report/parse/lines";
import { findTitle } from "../report/parse/metadata";
import { seedReportText } from "./reports";

/** A report's lines and blocks, as the parser's first stage gives them to the readers. */
export function blocksOf(text: string): { document: Line[]; blocks: ReportBlocks } {
  const document = documentLines(text);
  return { document, blocks: cutIntoBlocks(document, findTitle(document)?.lineIndexes ?? []) };
}

export function seedBlocks(name: "barnet" | "dudley"): { document: Line[]; blocks: ReportBlocks } {
  return blocksOf(seedReportText(name));
}

/** The non-blank lines' plain text: what a test can compare with the report as read. */
export const bareLines = (lines: Line[]) => lines.filter((l) => l.bare !== "").map((l) => l.bare);
