/**
 * The next steps: what the commissioning PCT must send, and within how many
 * working days.
 */
import { plain } from "../text";
import type { NextSteps } from "../types";
import { joinRaw, looksLikeHeading, readCount, type Line } from "./lines";

/** The next steps run to the next line formatted as a heading. */
export function endsNextSteps(line: Line): boolean {
  return looksLikeHeading(line);
}

/** The next steps of the report JSON from the lines of its blocks, or null when they hold no text. */
export function readNextSteps(blocks: Line[][]): NextSteps | null {
  const parts = blocks
    .flat()
    .filter((line) => line.bare !== "")
    .map((line) => line.raw);
  if (parts.length === 0) return null;
  const text = plain(joinRaw(parts)).replace(/\s*\(mailto:[^)]*\)/g, "");
  const days = /within\s+(\d{1,3}|[a-z]+)\s+working\s+days/i.exec(text);
  return { workingDays: days ? readCount(days[1]) : null, text };
}

export function nextStepsWarnings(nextSteps: NextSteps | null, sawSection: boolean): string[] {
  if (nextSteps) return [];
  return [sawSection ? "next steps section is empty" : "no next steps section found"];
}
