import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { THEMES, assessParagraph, themeCues, themesOf } from "./index";
import { inPassing, THEME_VOCABULARY, themeScores } from "./themes";
import type { ThemeVocabulary } from "./types";
import { labelledTexts, seedReports } from "./testing/corpus";

/**
 * The exact output (assessment, sentences, cues, themes and theme cues) for
 * every labelled paragraph and every seed paragraph and recommendation,
 * against a committed snapshot: an optimisation must not change a word of
 * it. When a rule is changed on purpose, rewrite the snapshot with
 * FINDINGS_GOLDEN=write and review its diff in the commit.
 */
const GOLDEN = path.join(import.meta.dirname, "testing", "golden.json");

function output(text: string) {
  const themes = themesOf(text);
  return {
    text,
    assessment: assessParagraph(text),
    themes,
    themeCues: Object.fromEntries(themes.map((id) => [id, themeCues(id, text)])),
    // Every theme's cues, tagged or not, so the cue function is held too.
    untagged: THEMES.filter((t) => !themes.includes(t.id)).map((t) => themeCues(t.id, text).length),
  };
}

function current() {
  const entries: [string, ReturnType<typeof output>][] = labelledTexts().map(({ key, text }) => [key, output(text)]);
  for (const report of seedReports()) {
    for (const p of report.paragraphs) entries.push([`${report.name} parsed ${p.ref}`, output(p.text)]);
    report.recommendations.forEach((r, i) => entries.push([`${report.name} recommendation ${i + 1}`, output(r)]));
  }
  return Object.fromEntries(entries);
}

describe("findings golden output", () => {
  it("is exactly the committed snapshot", () => {
    const now = current();
    if (process.env.FINDINGS_GOLDEN === "write") fs.writeFileSync(GOLDEN, JSON.stringify(now, null, 1) + "\n");
    const golden = JSON.parse(fs.readFileSync(GOLDEN, "utf8"));
    expect(Object.keys(now).length).toBeGreaterThan(200);
    expect(now).toEqual(golden);
  }, 60_000);
});

/**
 * What a scan with each theme's own patterns gives, on the text with its
 * "not" phrases blanked: the plain reading the one combined pass of
 * theme-scan.ts must equal. A test oracle only (slow: 19 scans a text).
 */
function referenceScore(theme: ThemeVocabulary, text: string): number {
  const own = theme.not ? text.replace(theme.not, (phrase) => " ".repeat(phrase.length)) : text;
  const found = (pattern: RegExp | undefined) =>
    pattern ? [...own.matchAll(pattern)].filter((m) => !inPassing(own, m.index, theme.id)).slice(0, 20) : [];
  const terms = found(theme.terms).length;
  const hints = found(theme.hints);
  const distinct = new Set(hints.map((m) => m[0].toLowerCase())).size;
  return terms > 0 || (hints.length >= 3 && distinct >= 2) ? 2 * terms + hints.length : 0;
}

describe("the combined theme pass", () => {
  it("scores every theme exactly as a scan with its own patterns does, on every text we have", () => {
    const texts = [
      ...labelledTexts().map((t) => t.text),
      ...seedReports().flatMap((r) => [...r.paragraphs.map((p) => p.text), ...r.recommendations]),
    ];
    texts.push("Working Together share working together information; A&E, CAMHS; parents with mental health needs and CAMHS.");
    for (const text of texts) {
      expect(themeScores(text)).toEqual(THEME_VOCABULARY.map((theme) => referenceScore(theme, text)));
    }
  }, 60_000);
});
