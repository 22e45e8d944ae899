/**
 * The context section: a few paragraphs about the area, from which the
 * three headline figures are read.
 */
import type { ContextFigures } from "../types";
import { cleanLines, isShort, looksLikeHeading, type Line } from "./lines";

/**
 * Where the context ends inside its block: after a blank line, a short line
 * that does not end like a sentence and is formatted as a heading, or any
 * such line once the context has some text (the next, unmarked, heading).
 */
function endsContext(line: Line, hasText: boolean): boolean {
  if (!line.afterBlank || !isShort(line) || line.bare.length >= 60) return false;
  if (!/[.,;:]$/.test(line.bare) && looksLikeHeading(line)) return true;
  return !/[.,;]$/.test(line.bare) && hasText;
}

/**
 * The context text: each context block's paragraphs (split at blank lines),
 * cleaned, joined with blank lines. Blocks are the lines after each
 * "Context" heading, in order.
 */
export function readContext(blocks: Line[][]): string {
  const parts: Line[][] = [];
  let hasText = false;
  for (const lines of blocks) {
    parts.push([]);
    for (const line of lines) {
      if (line.bare === "") {
        if (parts.at(-1)!.length) parts.push([]);
        continue;
      }
      if (endsContext(line, hasText)) break;
      parts.at(-1)!.push(line);
      hasText = true;
    }
  }
  return parts
    .filter((p) => p.length)
    .map((p) => cleanLines(p).text)
    .join("\n\n");
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

export function contextWarnings(figures: Omit<ContextFigures, "text">, sawContext: boolean): string[] {
  if (!sawContext) return ["no context section found"];
  const warnings: string[] = [];
  if (figures.childrenPopulation === null) warnings.push("no number of children and young people found in the context");
  if (figures.lookedAfterChildren === null) warnings.push("no number of looked after children found in the context");
  if (figures.childProtectionPlans === null) warnings.push("no number of children on a child protection plan found in the context");
  return warnings;
}
