/**
 * The parser's output, pinned byte for byte: the SHA-256 of the JSON (or of
 * the parse error) for every input in lib/testing/parser-golden-inputs.ts.
 * A change to what the parser returns for any of them fails here by name.
 * After a deliberate change to the output, rewrite the hashes with
 * `UPDATE_GOLDEN=1 npx vitest run lib/report/parse-report.golden.test.ts`
 * and say why in the commit.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parserGoldenInputs } from "../testing/parser-golden-inputs";
import { parseReport, ReportParseError } from "./parse-report";

const HASHES_FILE = path.join(import.meta.dirname, "parse-report.golden.json");

/** What the parser makes of a text, as one string: its report JSON, or its error. */
function outcomeOf(text: string): string {
  try {
    return JSON.stringify(parseReport(text));
  } catch (error) {
    if (!(error instanceof ReportParseError)) throw error;
    return JSON.stringify({ error: error.message, missing: error.missing });
  }
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe("parseReport's output on every test input is unchanged", () => {
  const inputs = parserGoldenInputs();
  const outcomes = inputs.map(([, text]) => outcomeOf(text));
  const actual = Object.fromEntries(inputs.map(([name], i) => [name, sha256(outcomes[i])]));

  if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(HASHES_FILE, `${JSON.stringify(actual, null, 1)}\n`);
  const expected = JSON.parse(fs.readFileSync(HASHES_FILE, "utf8")) as Record<string, string>;

  it("has one input per name, and a hash for every input", () => {
    expect(new Set(inputs.map(([name]) => name)).size).toBe(inputs.length);
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  });

  it("covers reports, partial reports and refusals", () => {
    const errors = outcomes.filter((o) => o.startsWith('{"error"'));
    expect(errors.length).toBeGreaterThan(50);
    expect(outcomes.length - errors.length).toBeGreaterThan(80);
  });

  it.each(inputs.map(([name]) => name))("%s", (name) => {
    expect(actual[name]).toBe(expected[name]);
  });
});
