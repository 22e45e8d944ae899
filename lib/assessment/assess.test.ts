import { describe, expect, it } from "vitest";
import barnet from "./labels/barnet.json";
import dudley from "./labels/dudley.json";
import heldOut1 from "./labels/held-out-1.json";
import heldOut2 from "./labels/held-out-2.json";
import development3 from "./labels/development-3.json";
import development4 from "./labels/development-4.json";
import development5 from "./labels/development-5.json";
import development6 from "./labels/development-6.json";
import development7 from "./labels/development-7.json";
import development8 from "./labels/development-8.json";
import development8B from "./labels/development-8.reader-b.json";
import development9 from "./labels/development-9.json";
import development9B from "./labels/development-9.reader-b.json";
import { assessParagraph, assessSentence, countAssessments } from "./assess";
import { agreement, type LabelledParagraph } from "./testing/agreement";

function figures(name: string, labelled: LabelledParagraph[]) {
  const a = agreement(labelled);
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(
    `findings ${name}: paragraph agreement ${a.agreed}/${a.paragraphs} = ${pct(a.agreed, a.paragraphs)}; ` +
      `concern recall ${a.flagged}/${a.withConcern} = ${pct(a.flagged, a.withConcern)}; ` +
      `sentence agreement ${a.sentencesAgreed}/${a.sentences} = ${pct(a.sentencesAgreed, a.sentences)}` +
      (a.disagreements.length ? `; disagreements: ${a.disagreements.map((d) => `${d.ref} ${d.want}→${d.got}`).join(", ")}` : ""),
  );
  return a;
}

/** A set of 40 paragraphs labelled by two readers, held against each: no fewer paragraphs agreed nor concerns flagged. */
function heldForEachReader(name: string, readers: [string, LabelledParagraph[], { agreed: number; flagged: number }][]) {
  for (const [reader, paragraphs, floor] of readers) {
    const a = figures(`${name} (reader ${reader})`, paragraphs);
    expect(a.paragraphs).toBe(40);
    expect(a.agreed).toBeGreaterThanOrEqual(floor.agreed);
    expect(a.flagged).toBeGreaterThanOrEqual(floor.flagged);
  }
}

describe("agreement with the human labels", () => {
  it("on the seed reports: at least 90% of paragraphs, at least 95% of concerns flagged", () => {
    const a = figures("seeds (Barnet + Dudley)", [...barnet, ...dudley] as LabelledParagraph[]);
    expect(a.paragraphs).toBe(83);
    expect(a.agreed / a.paragraphs).toBeGreaterThanOrEqual(0.9);
    expect(a.flagged / a.withConcern).toBeGreaterThanOrEqual(0.95);
  });

  // Labelled before any rule ran on it; looked at once, then used to develop
  // the rules, so it is reported as a development set, not as unseen text.
  it("on held-out set 1 (Ofsted 2016/2019, since used for development): the same targets", () => {
    const a = figures("held-out 1, development (Ofsted Barnet 2019 odd, Dudley 2016)", heldOut1 as LabelledParagraph[]);
    expect(a.paragraphs).toBe(32);
    expect(a.agreed / a.paragraphs).toBeGreaterThanOrEqual(0.9);
    expect(a.flagged / a.withConcern).toBeGreaterThanOrEqual(0.95);
  });

  // Labelled before any rule ran on it; never used to change a rule until
  // issue 21, whose work looked at its errors: a development set since.
  it("on held-out set 2 (Ofsted 2016/2019, development since issue 21): the same targets", () => {
    const a = figures("held-out 2, development since issue 21 (Ofsted Barnet 2019 even, Dudley 2016)", heldOut2 as LabelledParagraph[]);
    expect(a.paragraphs).toBe(32);
    expect(a.agreed / a.paragraphs).toBeGreaterThanOrEqual(0.9);
    expect(a.flagged / a.withConcern).toBeGreaterThanOrEqual(0.95);
  });

  // Labelled before any rule ran on it (issue 21), from the same four Ofsted
  // 2013 reports as the frozen set, and then used to change rules.
  it("on development set 3 (Ofsted 2013 looked after children): the same targets", () => {
    const a = figures("development 3 (Ofsted 2013 Kent, Medway, Norfolk, Sandwell)", development3.paragraphs as LabelledParagraph[]);
    expect(a.paragraphs).toBe(28);
    expect(a.agreed / a.paragraphs).toBeGreaterThanOrEqual(0.9);
    expect(a.flagged / a.withConcern).toBeGreaterThanOrEqual(0.95);
  });

  // Labelled before any rule ran on it (issue 21, second round): Hillingdon
  // 2014, further 2013 and 2016 paragraphs by number, ten written from the guide.
  it("on development set 4 (Ofsted 2013, 2014, 2016 and written from the guide): the same targets", () => {
    const a = figures(
      "development 4 (Ofsted Hillingdon 2014, 2013 LAC, Dudley 2016, written)",
      development4.paragraphs as LabelledParagraph[],
    );
    expect(a.paragraphs).toBe(46);
    expect(a.agreed / a.paragraphs).toBeGreaterThanOrEqual(0.9);
    expect(a.flagged / a.withConcern).toBeGreaterThanOrEqual(0.95);
  });

  // Frozen set 1 until issue 21's third session (measured three times, totals
  // only), then retired to development: its errors were read to change rules.
  it("on development set 5, the retired frozen set 1 (Ofsted 2013 and written from the guide): at least 92%, 93% of concerns", () => {
    const a = figures("development 5, retired frozen 1 (Ofsted 2013 LAC, written)", development5.paragraphs as LabelledParagraph[]);
    expect(a.paragraphs).toBe(39);
    expect(a.agreed / a.paragraphs).toBeGreaterThanOrEqual(0.92);
    expect(a.flagged / a.withConcern).toBeGreaterThanOrEqual(0.93);
  });

  // Frozen set 2 until issue 21's fourth round (measured once, totals only:
  // 34/40, 34/36 concerns), then retired to development: its errors were read.
  it("on development set 6, the retired frozen set 2 (Ofsted 2013 and written from the guide): no lower than when retired", () => {
    const a = figures("development 6, retired frozen 2 (Ofsted 2013 LAC, written)", development6.paragraphs as LabelledParagraph[]);
    expect(a.paragraphs).toBe(40);
    expect(a.agreed).toBeGreaterThanOrEqual(34);
    expect(a.flagged).toBeGreaterThanOrEqual(34);
  });

  // Frozen set 3 until issue 21's fifth round (labelled by another reader;
  // measured once, totals only: 27/40, 29/32 concerns), then retired to development.
  it("on development set 7, the retired frozen set 3 (Ofsted 2013/14/16/19 and written; another reader): no lower than when retired", () => {
    const a = figures(
      "development 7, retired frozen 3 (Ofsted 2013/14/16/19, written; another reader)",
      development7.paragraphs as LabelledParagraph[],
    );
    expect(a.paragraphs).toBe(40);
    expect(a.agreed).toBeGreaterThanOrEqual(27);
    expect(a.flagged).toBeGreaterThanOrEqual(29);
  });

  // Frozen set 4 until issue 21's sixth round (two readers blind to the rules and
  // to each other, agreeing on all 40 paragraphs' labels; measured once, totals
  // only: 35/40, 27/27 concerns), then retired to development: its errors were
  // read. 37/40 after the sixth round.
  it("on development set 8, the retired frozen set 4 (two readers): no lower than after the sixth round", () => {
    heldForEachReader("development 8, retired frozen 4", [
      ["A", development8.paragraphs as LabelledParagraph[], { agreed: 37, flagged: 27 }],
      ["B", development8B.paragraphs as LabelledParagraph[], { agreed: 37, flagged: 27 }],
    ]);
  });

  // Measured once as frozen set 5 (36/40, 31/32 concerns against reader A; 37/40, 31/33 against B), then retired.
  it("on development set 9, the retired frozen set 5 (two readers): no lower than after the seventh round", () => {
    heldForEachReader("development 9, retired frozen 5", [
      ["A", development9.paragraphs as LabelledParagraph[], { agreed: 37, flagged: 32 }],
      ["B", development9B.paragraphs as LabelledParagraph[], { agreed: 38, flagged: 32 }],
    ]);
  });
});

describe("the three sentences of issue 21", () => {
  it.each([
    ["The contribution of health services to keeping children and young people safe is inadequate.", "concern", ["is inadequate"]],
    [
      "Immunisation rates for looked after children are above the national average.",
      "strength",
      ["Immunisation … above the national average"],
    ],
    ["There is no programme of audit of safeguarding records.", "concern", ["There is no programme of audit of safeguarding records"]],
  ])("%s → %s, by the words that decided it", (sentence, label, cues) => {
    const s = assessSentence(sentence);
    expect(s.assessment).toBe(label);
    expect(s.cues).toEqual(cues);
  });
});

describe("assessSentence on real sentences", () => {
  it("reads a comparison after an opening 'Although …,' clause as said of the main clause's measure", () => {
    // Written w12 of development set 9: the repeat terminations are higher, not the screening.
    const s = assessSentence(
      "Although the number of young people accepting chlamydia screening has increased, the rate of repeat terminations of pregnancy among young women under 19 is higher than the regional average.",
    );
    expect(s.assessment).toBe("mixed");
    expect(s.cues).toContain("pregnancy … higher than the regional average");
  });

  it("reads 'but no … is' and 'too brief' as shortfalls", () => {
    // Ofsted Norfolk 2013, 35 and Sandwell 2013, 35 (development set 9).
    const a = assessSentence(
      "Individual children’s needs for support are quickly identified but no overview of looked after children’s progress is collated and tracked by the virtual school.",
    );
    expect(a.assessment).toBe("mixed");
    expect(a.cues).toContain("no overview of looked after children’s progress is collated");
    expect(assessSentence("In some cases tracked, the information was too brief.").assessment).toBe("concern");
    expect(assessSentence("Plans are in place to help the virtual school identify gaps from September 2013.").assessment).toBe("neutral");
  });

  it("reads an outcome's name ('to make a positive contribution') as no praise", () => {
    // Ofsted Medway 2013, 35 (development set 9).
    const s = assessSentence("Opportunities for children, young people and care leavers to make a positive contribution are adequate.");
    expect(s.assessment).toBe("neutral");
    expect(assessSentence("Opportunities to make a positive contribution are good.").assessment).toBe("strength");
  });

  it("reads a shortfall that a process is there to find ('to identify any … shortfalls') as no shortfall", () => {
    // Ofsted Barnet 2019, 43 (development set 8).
    const s = assessSentence(
      "This data not only provides senior managers with aggregated data across the service but also provides team level data, which enables team and service managers to identify any performance shortfalls emerging in their area of responsibility, and to respond accordingly.",
    );
    expect(s.assessment).toBe("strength");
    expect(assessSentence("The audit identified delays in the allocation of cases.").assessment).toBe("concern");
  });

  it("reads what 'ensures that' brings about, when it is a shortfall, as the finding: the 'ensures' is not praise", () => {
    // Ofsted Kent 2013, 51 (development set 8).
    const s = assessSentence(
      "The practice of not allocating a social worker to those care leavers considered to have dis-engaged and holding them on a duty team basis effectively ensures that little proactive work is undertaken.",
    );
    expect(s.assessment).toBe("concern");
    expect(s.cues).toEqual(["little proactive work"]);
  });

  it("reads a softened shortfall as a concern and shows the words", () => {
    const s = assessSentence(
      "Children and young people are not yet consistently involved in planning, commissioning, delivery and evaluation of local health services, although there are examples of positive practice in some areas.",
    );
    expect(s.assessment).toBe("mixed");
    expect(s.cues).toEqual(["are not yet consistently involved in planning", "positive"]);
  });

  it("reads 'improving, but is below that of similar councils' as both", () => {
    const s = assessSentence(
      "Performance in meeting the health care needs of children who are looked after is improving, but is below that of similar councils.",
    );
    expect(s.assessment).toBe("mixed");
    // The clause rules name the measure the comparison and the change are said of.
    expect(s.cues).toEqual(["Performance … below that of similar councils", "Performance … is improving"]);
  });

  it("reads 'remains higher than the England average' as a concern, as the measure is conceptions", () => {
    const s = assessSentence(
      "The teenage conception rate in Dudley has significantly reduced, but remains higher than the England average.",
    );
    expect(s.assessment).toBe("mixed");
    expect(s.cues).toEqual(["conception … higher than the England average", "conception … has significantly reduced"]);
  });

  it.each([
    [
      "Local health services could be more 'child friendly' and inclusive through wider implementation of 'You're Welcome' quality standards.",
      "could be more 'child friendly",
    ],
    [
      "However, the health needs of children placed at home with their families would benefit from tighter review.",
      "would benefit from tighter review",
    ],
    [
      "The CAMHS strategy is out of date and work has recently begun to identify gaps and commission a wider range of emotional and mental health services.",
      "out of date",
    ],
    ["Parents of children with disabilities reported variable access to Direct Payments and short breaks provision.", "variable access"],
    ["There was limited use made of chronologies to inform analysis of risk.", "limited use"],
    ["The focus on outcomes is not sufficiently robust in some cases.", "is not sufficiently robust in some cases"],
    [
      "Health review arrangements are not sufficiently aligned to children's statutory review arrangements.",
      "are not sufficiently aligned to children's statutory review arrangements",
    ],
  ])("finds the concern in %s", (sentence, cue) => {
    const s = assessSentence(sentence);
    expect(s.assessment).toBe("concern");
    expect(s.cues).toContain(cue);
  });

  it("does not praise a negated strength word", () => {
    expect(assessSentence("The focus on outcomes is not sufficiently robust in some cases.").cues).not.toContain("robust");
  });

  it("reads domain vocabulary as description, not as the inspectors' concern", () => {
    expect(
      assessSentence(
        "Consent procedures have been reviewed and there is clear guidance for health staff to follow if consent is not given or withdrawn.",
      ).assessment,
    ).toBe("strength");
    const noNeed = assessSentence(
      "There has not been a need to use formal procedures as most issues are addressed promptly through inter-agency discussion and challenge.",
    );
    expect(noNeed.assessment).toBe("strength");
    expect(noNeed.cues).toContain("There has not been a need");
    expect(
      assessSentence("Professionals meetings are promptly held where there are concerns about risks to a young person's wellbeing.")
        .assessment,
    ).toBe("strength");
    expect(
      assessSentence("Frontline health staff are vigilant in identifying the risk of sexual exploitation of young people.").assessment,
    ).toBe("strength");
    expect(assessSentence("There is a clear system for following up people who do not attend their appointments.").assessment).toBe(
      "strength",
    );
  });

  it("does not let a domain phrase swallow the concern after it", () => {
    const s = assessSentence("Children at risk of harm have not been seen by a health visitor.");
    expect(s.assessment).toBe("concern");
    expect(s.cues).toEqual(["have not been seen by a health visitor"]);
  });

  it("reads an aim as an aim: praise inside 'to ensure …' is not a finding", () => {
    const s = assessSentence("Work is progressing to ensure all young people have a comprehensive health history when leaving care.");
    expect(s).toEqual({ text: s.text, assessment: "neutral", cues: [] });
    expect(
      assessSentence(
        "Joint commissioning and service delivery arrangements to support children with complex health and behavioural needs are working well.",
      ).cues,
    ).toEqual(["well"]);
  });

  it("leaves description and plans neutral", () => {
    expect(
      assessSentence(
        "The school health advisory service is currently being re-designed to ensure a better fit with emerging Clinical Commissioning Group arrangements.",
      ).assessment,
    ).toBe("neutral");
    expect(assessSentence("The health of looked after children is adequate.").assessment).toBe("neutral");
  });
});

describe("assessParagraph", () => {
  it("assesses Dudley 4.3 as mixed, sentence by sentence", () => {
    const dudley43 = dudley.find((p) => p.ref === "4.3")!;
    const result = assessParagraph(dudley43.sentences.map((s) => s.text).join(" "));
    expect(result.assessment).toBe("mixed");
    // As labelled: "do not consistently identify … or have clear actions" is a
    // concern throughout (the clear actions are what is missing, not praise).
    expect(result.sentences.map((s) => s.assessment)).toEqual(["strength", "strength", "concern", "concern", "concern"]);
    expect(result.sentences[3].cues).toEqual(["gaps", "delays"]);
  });

  it("an empty paragraph is neutral with no sentences", () => {
    expect(assessParagraph("")).toEqual({ assessment: "neutral", sentences: [] });
  });

  it("finishes a 1 MB paragraph quickly (bounded, linear)", () => {
    const sentence =
      "However, the health care plans of some older children do not consistently identify their diverse needs, or have clear actions to address areas of concern. ";
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const unpunctuated = "to support the work of the designated nurse and ".repeat(20_000);
    const start = performance.now();
    expect(assessParagraph(text).sentences.length).toBeGreaterThan(6000);
    expect(assessParagraph(unpunctuated).sentences).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe("countAssessments", () => {
  it("counts each assessment over a report's paragraphs", () => {
    const assessed = barnet.map((p) => assessParagraph(p.sentences.map((s) => s.text).join(" ")));
    const counts = countAssessments(assessed);
    expect(counts.strength + counts.concern + counts.mixed + counts.neutral).toBe(42);
    expect(counts.mixed).toBeGreaterThanOrEqual(8);
  });
});

describe("issue 21, third round: rules suggested by the development sets' errors (real and written sentences)", () => {
  it.each([
    // A comparison told by length reads the measure (waiting times: longer is worse).
    ["Waiting times for a first CAMHS appointment are longer than the national average, at 18 weeks.", "concern"],
    // The cases a service is for, and what an understanding covers, are not shortfalls.
    [
      "The Sensory Children and Families team provides support and information for children and young people where there are difficulties related to hearing impairment.",
      "neutral",
    ],
    // What an aim is to prevent is not a shortfall.
    [
      "Provision is in place to ensure young people are not detained unnecessarily by the police when they are arrested and remanded into the care of the local authority.",
      "neutral",
    ],
    ["Paediatric liaison meetings have been cancelled on several occasions since March.", "concern"],
    ["The majority of children experience stable placements.", "strength"],
    // "only" before an amount of change: not enough.
    [
      "A recent review of the thresholds for bringing children and young people into care has resulted in only a 4% reduction from 740 children and young people looked after since 31 March 2015.",
      "concern",
    ],
    // A clause that opens with "No": absence of a thing is a concern, of a shortfall good news.
    ["No multi-agency audit activity took place in 2014–15.", "concern"],
    ["For example, no data is monitored in relation to permanence.", "concern"],
    ["No looked after children have been permanently excluded from school this year.", "strength"],
  ])("%s → %s", (sentence, label) => {
    expect(assessSentence(sentence).assessment).toBe(label);
  });
});

describe("issue 21, fourth round: rules suggested by the development sets' errors (written sentences)", () => {
  it.each([
    // An absence with an adverb between "there is" and "no".
    ["There is as yet no agreed protocol for sharing information with schools.", "concern"],
    ["Health visiting is well established, although there is currently no named lead.", "mixed"],
    // A change in the right direction called too small.
    ["The number of re-referrals has only reduced from 40 to 38.", "concern"],
    // A need stated is a shortfall.
    ["Further work is needed to improve the quality of health plans.", "concern"],
    ["Young people are proud of the council they have set up.", "strength"],
    // Attendance at emergency care is a use of it: fewer is better.
    ["Attendance at A and E by children under five is below the regional average.", "strength"],
    ["School attendance of looked after children is below the national average.", "concern"],
    // What is needed is not praise; a need of the cases a service is for is not a shortfall.
    ["However, a greater focus on outcomes is required.", "concern"],
    ["The team works closely with paediatricians where more specialist advice is required.", "strength"],
    // A size set against praise by a contrast.
    ["The youth forum is an active, yet small group.", "concern"],
    // A past shortfall put right by something done; one being addressed is still a concern.
    ["In response to identified weaknesses in assessments, managers established a weekly panel.", "strength"],
    ["Work is in progress to address gaps in provision.", "concern"],
    // A step recognised as needed to get more of something: not enough of it now.
    ["The next step recognised by the council is to secure more stability in the workforce.", "concern"],
    // An emphatic present "do" before a contrast concedes a good.
    ["Health plans do include the child's views, but they are not reviewed.", "mixed"],
    ["Health plans include the child's views, but they are not reviewed.", "concern"],
    // A negation's scope reads on from its own words ("has not yet had …": "yet" is not a new clause).
    ["This has not yet had sufficient impact on ensuring that plans are consistently reviewed.", "concern"],
    // What a shortfall holds back is not praise.
    ["Frequent changes of social worker have hindered the building of positive relationships.", "concern"],
    // How sure the inspectors are is not praise.
    ["There was clear evidence of drift in a small number of cases.", "concern"],
    ["It is clear that staff have yet to feel the impact of the changes.", "concern"],
    ["Records provide clear evidence of supervision.", "strength"],
    // "but this is yet to have an impact": what "this" points back to is a step, not a finding.
    ["The service has been recommissioned, with an increased target, but this is yet to have an impact.", "concern"],
    // Negation in a relative clause on children describes them; on staff it is a shortfall.
    ["Effective action is taken to locate children who have not taken up their school places.", "strength"],
    ["Health visitors who have not completed training are supervised closely.", "concern"],
    // A transitive change reads the measure it acts on; a gap closing or widening says which way.
    ["Monitoring by the panel is reducing some drift and delay.", "strength"],
    ["Staff shortages are increasing waiting times.", "concern"],
    ["The attainment gap has narrowed.", "strength"],
    ["The gap between looked after children's attainment and that of their peers has widened.", "concern"],
    // An absence after "and no"; an aim ends at "and there".
    ["Most homes are judged good and no home is judged inadequate.", "strength"],
    ["However, action is being taken to address this and there is evidence of some improvement.", "strength"],
    // A shortfall as what a working process handles (present tense) is the process's finding.
    ["Areas of poorer performance are considered in more depth.", "strength"],
    ["Managers take accountability for performance, with poor practice challenged through monthly surgeries.", "strength"],
    ["Gaps in provision have been identified.", "concern"],
    ["Weaknesses identified at the last inspection remain.", "concern"],
    // More of a practice is praise; more of a shortfall is not.
    ["There has recently been more scrutiny of the quality of personal education plans.", "strength"],
    ["There have been more delays in health assessments this year.", "concern"],
    // A need recognised or still to meet; "not being"; feedback reported as a worry; harm done.
    ["The council's strategy recognises the need to eliminate the use of bed and breakfast accommodation.", "concern"],
    ["The model is beginning to improve plans, but still needs to be embedded.", "mixed"],
    ["This results in children not being allocated to a named worker.", "concern"],
    ["Foster carers report concern over changes of social worker.", "concern"],
    ["Care leavers have expressed their dissatisfaction with the duty system.", "concern"],
    ["This is seriously impacting the quality of monitoring.", "concern"],
    ["This leaves young people unaware of their health histories.", "concern"],
    ["This represents a significant challenge for the council.", "concern"],
    // A want of more, as felt by those served.
    ["Most parents were satisfied with the service, but they required better information about it.", "mixed"],
    // Drift is a shortfall; what an aim is to avoid is not.
    ["Plans are regularly reviewed to avoid drift.", "strength"],
  ])("%s → %s", (sentence, label) => {
    expect(assessSentence(sentence).assessment).toBe(label);
  });
});

describe("issue 21, fifth round: general rules read on development set 7's errors", () => {
  it.each([
    // Change over time told by "-ing" or by a noun, read by the measure it is in.
    ["The number of remands, although declining, remains high.", "mixed"],
    ["While there has been a slight dip in performance in the last year, performance is above that of statistical neighbours.", "mixed"],
    ["There has been a rise in waiting times for CAMHS.", "concern"],
    ["There has been an increase in the uptake of immunisations.", "strength"],
    ["There has been a reduction in the number of admissions to hospital.", "strength"],
    // Smoking is a measure for which more is worse.
    ["The proportion of women who smoke at the time of delivery is below the England average.", "strength"],
    ["The proportion of women who smoke at the time of delivery is above the England average.", "concern"],
    // A backlog cleared, however it is named.
    ["The backlog in scanning paper records onto the electronic system has been cleared.", "strength"],
    // A negated comparison of degree, an excess, a contraction with a curly apostrophe.
    ["Performance reports were not as clear as they could be.", "concern"],
    ["Reports were overly technical.", "concern"],
    ["Reports did not say what wasn’t working well.", "concern"],
    // A need stated of a thing, not of the people a service is for.
    ["The approach is well received but needs to be further embedded.", "mixed"],
    ["The terms of reference are clear but need to be refreshed.", "mixed"],
    ["The panel decides whether a child needs to be looked after.", "neutral"],
    ["Managers recognise the necessity for more local provision.", "concern"],
    // Less of a good thing; fewer of a bad one is not said here.
    ["Older care leavers have far fewer opportunities and less support.", "concern"],
    // An importance says what a role is for, not what it achieves.
    ["Given the weaknesses in practice, the role of the IRO is even more critical in maintaining consistent oversight.", "concern"],
    // An absence told of people in a relative clause describes them.
    ["For young people who arrive with no one holding parental responsibility, legal advice is consistently sought.", "strength"],
    // What an act is to minimise is not a shortfall; knowing the areas for improvement is knowledge.
    ["The frequency of panels helps to minimise the potential for delay.", "strength"],
    ["Senior managers know their services well, including the strengths and areas requiring further improvement.", "strength"],
    // Praise told by an attainment or a conceded improvement; named faults; manageable caseloads.
    ["The team has achieved You're Welcome accreditation.", "strength"],
    ["Despite some recent improvement, the number of children without a care plan remains high.", "mixed"],
    ["Inspectors found significant failings.", "concern"],
    ["Staff have manageable caseloads.", "strength"],
    // A good said not to have taken hold is not praise, wherever it is named in the clause.
    ["Practice improvements identified from a previous case review have not been wholly embedded.", "concern"],
    ["Staff are well trained, but new procedures have not been embedded.", "mixed"],
    ["Although supervision is well led, new procedures are not yet embedded.", "mixed"],
    // Sufficiency, breadth, a renewed focus and "rightly" are praise; "not sufficiently" is not.
    ["Legal services are sufficiently resourced.", "strength"],
    ["Legal services are not sufficiently resourced.", "concern"],
    ["Young people have a wide range of pursuits outside school.", "strength"],
    ["The new strategy has introduced a renewed focus.", "strength"],
    ["Audits have rightly had a focus on compliance.", "strength"],
  ])("%s → %s", (sentence, label) => {
    expect(assessSentence(sentence).assessment).toBe(label);
  });
});
