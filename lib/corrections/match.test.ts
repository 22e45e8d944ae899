import { describe, expect, it } from "vitest";
import { matchCorrections, textHash } from "./match";

// Real paragraphs of the Barnet seed report (1.1 and 1.2, opening sentences).
const P11 =
  "Senior health and designated safeguarding staff are appropriately involved in leading and supporting the work of Barnet Children’s Safeguarding Board (BSCB).";
const P12 = "The contribution of health services to keeping children and young people safe is good.";

describe("textHash", () => {
  it("ignores runs of white space and line breaks, and nothing else", () => {
    expect(textHash(`  ${P12.replace(/ /g, "  \n")} `)).toBe(textHash(P12));
    expect(textHash(P12.replace("good", "adequate"))).not.toBe(textHash(P12));
  });
});

describe("matchCorrections", () => {
  const correction = (id: number, ref: string, text: string) => ({ id, ref, textHash: textHash(text) });

  it("ties a mark to the paragraph of the same number and text after a re-import gave it a new id", () => {
    const { byParagraph, unmatched } = matchCorrections(
      [
        { id: 501, ref: "1.1", text: P11 },
        { id: 502, ref: "1.2", text: P12 },
      ],
      [correction(7, "1.2", P12)],
    );
    expect(byParagraph.get(502)?.id).toBe(7);
    expect(byParagraph.has(501)).toBe(false);
    expect(unmatched).toEqual([]);
  });

  it("follows a paragraph renumbered with the same text, but not a reworded one", () => {
    const { byParagraph, unmatched } = matchCorrections(
      [
        { id: 1, ref: "1.3", text: P12 },
        { id: 2, ref: "1.1", text: `${P11} It was revised.` },
      ],
      [correction(7, "1.2", P12), correction(8, "1.1", P11)],
    );
    expect(byParagraph.get(1)?.id).toBe(7);
    expect(byParagraph.has(2)).toBe(false);
    expect(unmatched.map((c) => c.id)).toEqual([8]);
  });

  it("gives a paragraph one mark at most, preferring the one of its own number", () => {
    const { byParagraph, unmatched } = matchCorrections(
      [{ id: 1, ref: "2.4", text: P12 }],
      [correction(7, "1.2", P12), correction(8, "2.4", P12)],
    );
    expect(byParagraph.get(1)?.id).toBe(8);
    expect(unmatched.map((c) => c.id)).toEqual([7]);
  });
});
