import { describe, expect, it } from "vitest";
import barnet from "./labels/barnet.json";
import dudley from "./labels/dudley.json";
import heldOut1 from "./labels/held-out-1.json";
import heldOut2 from "./labels/held-out-2.json";
import { splitSentences } from "./sentences";

/** The standard: Intl.Segmenter, joined back where it splits after an abbreviation or before a lower-case word. */
function segmenterSentences(text: string): string[] {
  const segmenter = new Intl.Segmenter("en-GB", { granularity: "sentence" });
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const piece = segment.trim();
    const last = sentences[sentences.length - 1];
    if (!piece) continue;
    if (last !== undefined && (/(?:^|\s)(?:e\.g|i\.e|Dr|etc)\.$/.test(last) || /^[a-z0-9)\],;:]/.test(piece)))
      sentences[sentences.length - 1] = `${last} ${piece}`;
    else sentences.push(piece);
  }
  return sentences;
}

const labelled = [...barnet, ...dudley, ...heldOut1, ...heldOut2];

describe("splitSentences", () => {
  it("splits every labelled real paragraph into the labelled sentences, as Intl.Segmenter does", () => {
    expect(labelled).toHaveLength(147);
    for (const paragraph of labelled) {
      const want = paragraph.sentences.map((s) => s.text);
      const text = want.join(" ");
      expect(splitSentences(text)).toEqual(want);
      expect(segmenterSentences(text)).toEqual(want);
    }
  });

  it("splits a real paragraph (Dudley 4.3) into its five sentences", () => {
    const text =
      "Health management plans in schools provide good information about children's care needs and risks to their wellbeing. There is appropriate handover from health visitors to school health advisers to enable ongoing monitoring of the health and welfare of young people where there are concerns. However, the health care plans of some older children do not consistently identify their diverse needs, or have clear actions to address areas of concern. There are gaps and delays in addressing the emotional and mental health needs of young people between the ages of sixteen and eighteen who do not meet the criteria for CAMHS services. The CAMHS strategy is out of date and work has recently begun to identify gaps and commission a wider range of emotional and mental health services.";
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(5);
    expect(sentences[2]).toMatch(/^However, the health care plans/);
  });

  it("keeps abbreviations, numbered references and times inside their sentence", () => {
    expect(splitSentences("Some services, e.g. the walk in clinic, are open late. Others are not.")).toEqual([
      "Some services, e.g. the walk in clinic, are open late.",
      "Others are not.",
    ]);
    expect(splitSentences("Dr. Smith leads the team, i.e. the named doctor. She is new.")).toHaveLength(2);
    expect(splitSentences("Cover is currently available 8am to 2.30am. Plans are in place.")).toHaveLength(2);
    expect(splitSentences("As set out in paragraph 4.3. above, cover is partial.")).toHaveLength(1);
  });

  it("keeps a semicolon list as one sentence", () => {
    const text =
      "Areas for improvement include; being given explanations about the help available, the quality and accessibility of facilities, and the timing of appointments.";
    expect(splitSentences(text)).toEqual([text]);
  });

  it("joins a stray full stop before a lower-case word (Barnet 4.2)", () => {
    expect(
      splitSentences(
        "There is a positive focus on young people's interests, confidence and achievements. and healthy lifestyles are encouraged.",
      ),
    ).toHaveLength(1);
  });

  it("does not join after 'A and E.'", () => {
    expect(splitSentences("Children are seen promptly in A and E. Staff are trained.")).toHaveLength(2);
  });

  it("splits a long text the same way, in linear time", () => {
    const sentence = "Consent is well managed by staff, e.g. in A and E. ";
    const sentences = splitSentences(sentence.repeat(500));
    expect(sentences).toHaveLength(500);
    expect(new Set(sentences)).toEqual(new Set([sentence.trim()]));
  });
});
