import { describe, expect, it } from "vitest";
import { ftsQueryFor, parseSearchTerms } from "./fts-query";

describe("ftsQueryFor", () => {
  it.each([
    ["CAMHS", '"CAMHS"'],
    ["designated doctor", '"designated" AND "doctor"'],
    ['"designated doctor"', '"designated doctor"'],
    ["supervis*", '"supervis"*'],
    ['"child prot"*', '"child prot"*'],
    ["CAMHS OR mental", '"CAMHS" OR "mental"'],
    ["CAMHS -adult", '"CAMHS" NOT "adult"'],
    ["CAMHS NOT adult", '"CAMHS" NOT "adult"'],
    ["self-harm", '"self-harm"'],
    ["children's", `"children's"`],
  ])("turns %s into %s", (input, expected) => {
    expect(ftsQueryFor(input)).toBe(expected);
  });

  it.each([
    ['"unbalanced quote', '"unbalanced quote"'],
    ['a "b', '"a" AND "b"'],
    ["OR CAMHS", '"CAMHS"'],
    ["CAMHS OR", '"CAMHS"'],
    ["NOT CAMHS", null],
    ["-CAMHS", null],
    ["AND AND", null],
    ["***", null],
    ['"', null],
    ["()", null],
    ["   ", null],
    ["(CAMHS", '"CAMHS"'],
    ['x" OR 1=1 --', '"x" AND "OR 1=1 --"'],
    ["NEAR(a b)", '"NEAR" AND "a" AND "b"'],
    ["col:value", '"col:value"'],
    ["^start", '"^start"'],
  ])("never passes raw syntax through: %s", (input, expected) => {
    expect(ftsQueryFor(input)).toBe(expected);
  });

  it("limits the number of terms", () => {
    expect(parseSearchTerms("a1 ".repeat(100))).toHaveLength(16);
  });
});
