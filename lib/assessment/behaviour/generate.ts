/**
 * Sentences from the behavioural suite's templates (suite.json): a small
 * generator of templates × fillers, in the manner of CheckList (Ribeiro et
 * al., ACL 2020). Pure, so the suite is data and the test only reads it.
 */
import type { Assessment } from "../types";

type Filler = string | Record<string, string>;
type Expected = Assessment | Assessment[];

interface SuiteTemplate {
  t: string;
  label: Expected;
}
interface DirectionalTemplate {
  base: string;
  from: Expected;
  edit: string;
  to: Expected;
}
interface Phenomenon {
  id: string;
  name: string;
  floor: number;
  mft: SuiteTemplate[];
  inv: SuiteTemplate[];
  dir: DirectionalTemplate[];
}
export interface Suite {
  fillers: Record<string, Filler[]>;
  phenomena: Phenomenon[];
}

/** At most this many sentences from one template: enough variants, not a flood of near-copies. */
const MOST_VARIANTS = 6;
const SLOT = /\{(\w+)(?:\.(\w+))?\}/g;
const ALTERNATIVES = /\[([^\]]*)\]/g;

/** The fillers and alternative groups one template (or pair) uses: how many variants it has. */
function variantCount(texts: readonly string[], fillers: Suite["fillers"]): number {
  let count = 1;
  for (const text of texts) {
    for (const m of text.matchAll(SLOT)) count = Math.max(count, fillers[m[1]]?.length ?? 1);
    for (const m of text.matchAll(ALTERNATIVES)) count = Math.max(count, m[1].split("|").length);
  }
  return Math.min(count, MOST_VARIANTS);
}

function fill(filler: Filler, field: string | undefined, slot: string): string {
  if (typeof filler === "string") return filler;
  const value = filler[field ?? "np"];
  if (value === undefined) throw new Error(`filler of {${slot}} has no field ${field}`);
  return value;
}

/**
 * Variant k of a template: every slot and every [a|b] group takes its k-th
 * choice (cycling), so all of them vary in step and a pair of templates
 * (base and edit) gets the same fillers. The first letter is capitalised.
 */
function expand(template: string, fillers: Suite["fillers"], k: number): string {
  const text = template
    .replace(ALTERNATIVES, (_, body: string) => {
      const options = body.split("|");
      return options[k % options.length];
    })
    .replace(SLOT, (_, slot: string, field: string | undefined) => {
      const list = fillers[slot];
      if (!list) throw new Error(`no fillers for {${slot}}`);
      return fill(list[k % list.length], field, slot);
    });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function variants(template: string, fillers: Suite["fillers"]): string[] {
  const n = variantCount([template], fillers);
  return Array.from({ length: n }, (_, k) => expand(template, fillers, k));
}

function pairs(template: DirectionalTemplate, fillers: Suite["fillers"]): { base: string; edit: string }[] {
  const n = variantCount([template.base, template.edit], fillers);
  return Array.from({ length: n }, (_, k) => ({ base: expand(template.base, fillers, k), edit: expand(template.edit, fillers, k) }));
}

const accepts = (expected: Expected, got: Assessment) => (Array.isArray(expected) ? expected.includes(got) : expected === got);

interface CaseResult {
  kind: "mft" | "inv" | "dir";
  text: string;
  want: Expected;
  got: Assessment;
  pass: boolean;
}

/** Every case of a phenomenon, run through assess (one sentence in, its label out). */
export function runPhenomenon(phenomenon: Phenomenon, fillers: Suite["fillers"], assess: (s: string) => Assessment): CaseResult[] {
  const results: CaseResult[] = [];
  const one = (kind: CaseResult["kind"], text: string, want: Expected) => {
    const got = assess(text);
    results.push({ kind, text, want, got, pass: accepts(want, got) });
  };
  for (const c of phenomenon.mft) for (const text of variants(c.t, fillers)) one("mft", text, c.label);
  for (const c of phenomenon.inv) {
    const texts = variants(c.t, fillers);
    const labels = texts.map(assess);
    // Invariance: each variant must get the expected label, and so all the same one.
    texts.forEach((text, i) => results.push({ kind: "inv", text, want: c.label, got: labels[i], pass: accepts(c.label, labels[i]) }));
  }
  for (const c of phenomenon.dir) {
    for (const { base, edit } of pairs(c, fillers)) {
      const from = assess(base);
      const to = assess(edit);
      results.push({ kind: "dir", text: `${base} → ${edit}`, want: c.to, got: to, pass: accepts(c.from, from) && accepts(c.to, to) });
    }
  }
  return results;
}
