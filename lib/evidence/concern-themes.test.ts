import { describe, expect, it } from "vitest";
import { concernThemes, sentenceThemes } from "./concern-themes";

// Sentences from the seed reports (seed/reports/barnet.txt, dudley.txt).
describe("sentenceThemes", () => {
  it("finds the themes a sentence names, not those of its paragraph", () => {
    expect(
      sentenceThemes(
        "Safeguarding arrangements for children with disabilities, young people who self-harm and families where parents have mental health needs require further review in conjunction with independent schools and health care providers to strengthen preventative capacity.",
      ),
    ).toEqual(["emotional-health", "parents-needs", "disability-transition"]);
    expect(sentenceThemes("There are some gaps in the training of local dentists, optometrists and community pharmacists.")).toEqual([
      "primary-care",
    ]);
    expect(
      sentenceThemes(
        "Children's health records generally identified their ethnicity, but recording of their faith needs was inconsistent.",
      ),
    ).toEqual(["records", "diversity"]);
  });

  it("names no theme for a sentence without its words", () => {
    expect(sentenceThemes("However, work is required to ensure they are consistently informed of the outcome of referrals made.")).toEqual(
      [],
    );
  });
});

describe("concernThemes", () => {
  it("takes a concern's themes from its own sentence: Barnet 11.3 praises and worries about no records", () => {
    expect(
      concernThemes([
        {
          text: "The mental health trust conducts monthly audits of its case management system to ensure records clearly identify children on child protection plans and risks to their wellbeing.",
          assessment: "strength",
        },
        { text: "This is being refined to include new multi agency indicators and commissioner requirements.", assessment: "neutral" },
      ]),
    ).toEqual([]);
  });

  it("reads a concern that points back as about the sentence before it (Dudley 9.3)", () => {
    expect(
      concernThemes([
        {
          text: "The gaps in capacity to address the health needs of children who are looked after have been recognised.",
          assessment: "concern",
        },
        {
          text: "This requires further review to ensure children and young people placed out of area benefit from robust health plans.",
          assessment: "concern",
        },
      ]),
    ).toEqual(["health-assessments", "staffing"]);
  });

  it("does not lend a concern the theme of praise before it unless it points back (Barnet 5.3)", () => {
    expect(
      concernThemes([
        {
          text: "A and E and ward staff reported good joint working relationships with children's social care staff.",
          assessment: "strength",
        },
        {
          text: "However, work is required to ensure they are consistently informed of the outcome of referrals made.",
          assessment: "concern",
        },
      ]),
    ).toEqual([]);
  });
});
