import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addresseeOf, contextFigures, deadlineKey, parseDeadline, parseReport, ReportParseError, splitProviders } from "./parse-report";
import type { InspectionReport } from "./types";

const REPORTS = path.join(__dirname, "..", "..", "seed", "reports");
const barnetText = fs.readFileSync(path.join(REPORTS, "barnet.txt"), "utf8");
const dudleyText = fs.readFileSync(path.join(REPORTS, "dudley.txt"), "utf8");
const barnet = parseReport(barnetText);
const dudley = parseReport(dudleyText);

const refs = (r: InspectionReport) => r.sections.map((s) => [s.number, s.outcome, s.title, s.paragraphs.map((p) => p.ref).join(" ")]);
const paragraph = (r: InspectionReport, ref: string) => r.sections.flatMap((s) => s.paragraphs).find((p) => p.ref === ref)?.text;
const recSummary = (r: InspectionReport) =>
  r.recommendations.map((x) => [x.deadline.label, x.deadline.months, x.dueDate, x.addressee, x.source, x.attribution]);

describe("Barnet (marked-up report)", () => {
  it("reads the metadata", () => {
    expect(barnet.authority).toBe("Barnet");
    expect(barnet.inspection).toEqual({ start: "2012-01-09", end: "2012-01-20" });
    expect(barnet.reportDate).toBe("2012-02-24");
    expect(barnet.commissioningPct).toBe("NHS Barnet (North Central London PCT cluster)");
    expect(barnet.inspector).toBe("Sue Talbot");
    expect(barnet.providers).toEqual([
      "Central London Community Health NHS Trust",
      "Barnet and Chase Farm Hospital NHS Trust",
      "Barnet, Enfield and Haringey Mental Health Trust",
    ]);
    expect(barnet.region).toBe("London");
    expect(barnet.regionalDirector).toBe("Matthew Trainer");
    expect(barnet.warnings).toEqual([]);
  });

  it("reads all six ratings", () => {
    expect(barnet.ratings).toEqual([
      { inspection: "safeguarding", judgement: "Overall effectiveness of the safeguarding services", grade: "Good" },
      { inspection: "safeguarding", judgement: "Capacity for improvement", grade: "Good" },
      {
        inspection: "safeguarding",
        judgement: "The contribution of health agencies to keeping children and young people safe",
        grade: "Good",
      },
      {
        inspection: "looked-after",
        judgement: "Overall effectiveness of services for looked after children and young people",
        grade: "Good",
      },
      { inspection: "looked-after", judgement: "Capacity for improvement of the council and its partners", grade: "Good" },
      { inspection: "looked-after", judgement: "Being Healthy", grade: "Good" },
    ]);
  });

  it("reads the context figures and text", () => {
    expect(barnet.context.childrenPopulation).toBe(88700);
    expect(barnet.context.lookedAfterChildren).toBe(288);
    expect(barnet.context.childProtectionPlans).toBe(269);
    expect(barnet.context.text).toMatch(/^Approximately 88,700 children and young people aged 0 to 19 live in Barnet/);
    expect(barnet.context.text).toMatch(/delivered by the Central London Community Health NHS Trust\.$/);
    expect(barnet.context.text.split("\n\n")).toHaveLength(2);
  });

  it("reads every section with its outcome, title and paragraph refs", () => {
    expect(refs(barnet)).toEqual([
      [1, null, "General – leadership and management", "1.1 1.2 1.3"],
      [2, 1, "Involving Users", "2.1 2.2 2.3 2.4 2.5"],
      [3, 2, "Consent", "3.1 3.2"],
      [4, 4, "Care and welfare of people who use services", "4.1 4.2 4.3 4.4 4.5"],
      [5, 6, "Co-operating with others", "5.1 5.2 5.3 5.4 5.5"],
      [6, 7, "Safeguarding", "6.1 6.2 6.3 6.4 6.5 6.6 6.7"],
      [7, 11, "Safety, availability and suitability of equipment", "7.1"],
      [8, 12, "Staffing recruitment", "8.1"],
      [9, 13, "Staffing numbers", "9.1 9.2 9.3"],
      [10, 14, "Staffing support", "10.1 10.2 10.3"],
      [11, 16, "Audit and monitoring", "11.1 11.2 11.3 11.4"],
      [12, 20, "Notification of other incidents", "12.1 12.2"],
      [13, 21, "Records", "13.1"],
    ]);
  });

  it("gives paragraphs as plain text, with the footnote kept apart", () => {
    expect(paragraph(barnet, "1.1")).toMatch(/^Senior health and designated safeguarding staff are appropriately involved/);
    expect(paragraph(barnet, "2.4")).toMatch(/becoming a reference group of Barnet Healthwatch\.$/);
    expect(paragraph(barnet, "6.5")).toMatch(/^Safeguarding arrangements for children with disabilities, young people who self-harm/);
    expect(barnet.footnotes).toEqual([
      {
        marker: "1",
        ref: "2.4",
        text: "New national programme to enable local communities to have a stronger say about health and social care services",
      },
    ]);
    const allText = barnet.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(" ");
    expect(allText).not.toMatch(/<\/?(b|sup)>|\*|##/);
  });

  it("reads every recommendation", () => {
    expect(recSummary(barnet)).toEqual([
      ["Within 3 months", 3, "2012-05-24", "NHS Barnet and NHS providers", "CQC", null],
      ["Within 3 months", 3, "2012-05-24", "NHS Barnet and NHS providers", "CQC", null],
      ["Within 6 months", 6, "2012-08-24", "NHS Barnet and NHS providers", "Ofsted", null],
      ["Within 6 months", 6, "2012-08-24", "NHS Barnet and NHS providers", "Ofsted", null],
      ["Within 6 months", 6, "2012-08-24", "NHS Barnet and NHS providers", "Ofsted", "Ofsted, February 2012"],
    ]);
    expect(barnet.recommendations[0].text).toBe(
      "review and provide assurance that safeguarding arrangements for children with disabilities, young people who self-harm and families where parents have mental health needs are sufficiently robust.",
    );
    expect(barnet.recommendations[2].text).toBe(
      "ensure there is sufficient capacity to support planned changes to inter-agency strategic and commissioning work",
    );
    expect(barnet.recommendations[4].text).toBe(
      "appoint a designated doctor for looked after children to strengthen the capacity of health staff to support the work of the designated nurse for looked after children.",
    );
  });

  it("reads the next steps", () => {
    expect(barnet.nextSteps?.workingDays).toBe(20);
    expect(barnet.nextSteps?.text).toContain("through childrens-services-inspection@cqc.org.uk and it will be followed up");
  });
});

describe("Dudley (plain-text report)", () => {
  it("reads the metadata", () => {
    expect(dudley.authority).toBe("Dudley");
    expect(dudley.inspection).toEqual({ start: "2011-11-28", end: "2011-12-09" });
    expect(dudley.reportDate).toBe("2012-01-25");
    expect(dudley.commissioningPct).toBe("NHS Dudley");
    expect(dudley.inspector).toBe("Sue Talbot");
    expect(dudley.providers).toEqual([
      "Black Country Partnership NHS Foundation Trust",
      "Dudley Group NHS Foundation Trust",
      "Dudley and Walsall Mental Health Partnership NHS Trust",
    ]);
    expect(dudley.region).toBe("West Midlands");
    expect(dudley.regionalDirector).toBe("Dr Andrea Gordon");
    expect(dudley.warnings).toEqual([]);
  });

  it("reads all six ratings", () => {
    expect(dudley.ratings.map((r) => [r.inspection, r.judgement, r.grade])).toEqual([
      ["safeguarding", "Overall effectiveness of the safeguarding services", "Adequate"],
      ["safeguarding", "Capacity for improvement", "Good"],
      ["safeguarding", "The contribution of health agencies to keeping children and young people safe", "Adequate"],
      ["looked-after", "Overall effectiveness of services for looked after children and young people", "Good"],
      ["looked-after", "Capacity for improvement of the council and its partners", "Good"],
      ["looked-after", "Being Healthy", "Adequate"],
    ]);
  });

  it("reads the context figures, ignoring dates and percentages", () => {
    expect(dudley.context).toMatchObject({ childrenPopulation: 74830, lookedAfterChildren: 664, childProtectionPlans: 222 });
    expect(dudley.context.text).toMatch(/^Dudley Metropolitan Borough Council is a diverse council/);
  });

  it("reads every section with its outcome, title and paragraph refs", () => {
    expect(refs(dudley)).toEqual([
      [1, null, "General – leadership and management", "1.1 1.2 1.3"],
      [2, 1, "Involving Users", "2.1 2.2 2.3"],
      [3, 2, "Consent", "3.1"],
      [4, 4, "Care and welfare of people who use services", "4.1 4.2 4.3 4.4 4.5 4.6 4.7"],
      [5, 6, "Co-operating with others", "5.1 5.2 5.3 5.4 5.5 5.6"],
      [6, 7, "Safeguarding", "6.1 6.2 6.3 6.4"],
      [7, 11, "Safety, availability and suitability of equipment", "7.1"],
      [8, 12, "Staffing recruitment", "8.1"],
      [9, 13, "Staffing numbers", "9.1 9.2 9.3"],
      [10, 14, "Staffing support", "10.1 10.2 10.3"],
      [11, 16, "Audit and monitoring", "11.1 11.2 11.3 11.4 11.5"],
      [12, 20, "Notification of other incidents", "12.1"],
      [13, 21, "Records", "13.1 13.2 13.3"],
    ]);
    expect(paragraph(dudley, "11.4")).toMatch(
      /^Recent audits have identified some areas of under-performance in meeting the requirements of Working Together and/,
    );
    expect(paragraph(dudley, "4.7")).toContain("The work undertaken by The Zone with young people");
    expect(dudley.footnotes).toEqual([]);
  });

  it("reads every recommendation, telling Ofsted extracts from CQC's own", () => {
    const lead1 = "NHS Dudley together with NHS providers";
    const lead2 = "NHS Dudley and NHS providers together with other DSCB members";
    const ofsted = "Ofsted, January 2012";
    const three = "Within 3 months (from report)";
    const six = "Within 6 months (from report)";
    expect(recSummary(dudley)).toEqual([
      [three, 3, "2012-04-25", lead1, "Ofsted", ofsted],
      [three, 3, "2012-04-25", lead1, "Ofsted", ofsted],
      [three, 3, "2012-04-25", lead2, "Ofsted", ofsted],
      [three, 3, "2012-04-25", lead2, "Ofsted", ofsted],
      [three, 3, "2012-04-25", lead2, "Ofsted", ofsted],
      [three, 3, "2012-04-25", lead2, "Ofsted", ofsted],
      [three, 3, "2012-04-25", lead2, "Ofsted", ofsted],
      [three, 3, "2012-04-25", lead2, "Ofsted", ofsted],
      [three, 3, "2012-04-25", lead2, "CQC", null],
      [six, 6, "2012-07-25", lead2, "Ofsted", ofsted],
      [six, 6, "2012-07-25", lead2, "Ofsted", ofsted],
      [six, 6, "2012-07-25", "NHS Dudley and NHS providers", "CQC", null],
    ]);
    expect(dudley.recommendations[3].text).toBe("extend audit processes to routinely monitor the consistency and quality of practice");
    expect(dudley.recommendations[8].text).toBe(
      "actively engage young people in shaping the delivery of local health services to ensure they are 'child friendly'.",
    );
    expect(dudley.recommendations[11].text).toBe("address gaps in the staffing capacity of frontline health teams.");
    expect(dudley.nextSteps?.workingDays).toBe(20);
  });
});

describe("variations across the series", () => {
  const same = (variant: string, original: InspectionReport) => {
    const parsed = parseReport(variant);
    expect(parsed).toEqual(original);
  };

  it("reads CRLF and CR line endings", () => {
    same(barnetText.replace(/\n/g, "\r\n"), barnet);
    same(dudleyText.replace(/\n/g, "\r"), dudley);
  });

  it("ignores a byte-order mark and zero-width characters", () => {
    same(`\uFEFF${dudleyText}`, dudley);
    same(`\uFEFF${barnetText.replace("Barnet Healthwatch", "Barnet\u200B Healthwatch")}`, barnet);
  });

  it("reads curly quotes as straight ones", () => {
    same(dudleyText.replace(/'/g, "\u2019"), dudley);
  });

  it("reads non-breaking spaces and tabs flattened into spaces", () => {
    same(dudleyText.replace(/\t/g, "    ").replace(/ (?=\d)/g, "\u00A0"), dudley);
    same(barnetText.replace(/\t/g, "   "), barnet);
  });

  it("reads • and * bullets as well as -", () => {
    same(dudleyText.replace(/^- /gm, "• "), dudley);
    same(barnetText.replace(/^- /gm, "* "), barnet);
  });

  it("reads a report covering fewer outcomes", () => {
    const withoutOutcome11 = dudleyText.replace(/7\. Outcome 11[\s\S]*?(?=8\. Outcome 12)/, "");
    const parsed = parseReport(withoutOutcome11);
    expect(parsed.sections.map((s) => s.outcome)).toEqual([null, 1, 2, 4, 6, 7, 12, 13, 14, 16, 20, 21]);
    expect(parsed.warnings).toEqual([]);
  });

  it("joins paragraphs hard-wrapped over several lines", () => {
    const wrapped = dudleyText.replace(
      /^(\d+\.\d+ .{60,}?) (.*)$/gm,
      (_, a: string, b: string) => `${a}\n${b.replace(/(.{70,}?) /g, "$1\n")}`,
    );
    expect(wrapped.split("\n").length).toBeGreaterThan(dudleyText.split("\n").length + 100);
    same(wrapped, dudley);
  });

  it("reads tables exported one cell per line", () => {
    const cells = dudleyText.replace(/^(.+)\t(Good|Adequate)$/gm, "$1\n$2");
    same(cells, dudley);
  });

  it("reads spelled-out, week and immediate deadlines", () => {
    const text = dudleyText
      .replace("Within 3 months (from report)", "Within three months")
      .replace("Within 6 months (from report)", "Within 6 weeks");
    const parsed = parseReport(text);
    expect(parsed.recommendations[0].deadline).toEqual({ label: "Within three months", months: 3, days: null });
    expect(parsed.recommendations[0].dueDate).toBe("2012-04-25");
    expect(parsed.recommendations[11].deadline).toEqual({ label: "Within 6 weeks", months: 0, days: 42 });
    expect(parsed.recommendations[11].dueDate).toBe("2012-03-07");
    const immediate = parseReport(barnetText.replace("### **Within 3 months**", "### **Immediately**"));
    expect(immediate.recommendations[0].deadline).toEqual({ label: "Immediately", months: 0, days: 0 });
    expect(immediate.recommendations[0].dueDate).toBe("2012-02-24");
  });

  it("warns about what it expected and did not find", () => {
    const noRecs = dudleyText.slice(0, dudleyText.indexOf("Recommendations\n"));
    const parsed = parseReport(noRecs);
    expect(parsed.recommendations).toEqual([]);
    expect(parsed.warnings).toContain("no recommendations section found");
    expect(parsed.warnings).toContain("no next steps section found");
    const noContext = parseReport(barnetText.replace("**Context:**", "**Background**"));
    expect(noContext.warnings).toContain("no context section found");
    expect(noContext.context.childrenPopulation).toBeNull();
  });

  it("takes report text as data: markup it does not know stays as text", () => {
    const hostile = dudleyText.replace("1.1 The contribution", "1.1 <script>alert(1)</script> The contribution");
    expect(paragraph(parseReport(hostile), "1.1")).toMatch(/^<script>alert\(1\)<\/script> The contribution/);
  });
});

describe("inputs that are not reports", () => {
  const failure = (text: string) => {
    try {
      parseReport(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ReportParseError);
      return (error as ReportParseError).message;
    }
    throw new Error("expected a parse error");
  };

  it("rejects empty and blank text", () => {
    expect(failure("")).toBe("the file is empty");
    expect(failure(" \n\r\n\t ")).toBe("the file is empty");
  });

  it("rejects unrelated text, naming what is missing", () => {
    expect(failure("Minutes of the parish council meeting\n\nApologies were received.")).toBe(
      "not an inspection report: no title, ratings table or findings sections found",
    );
    expect(failure(fs.readFileSync(path.join(__dirname, "parse-report.ts"), "utf8"))).toMatch(/^not an inspection report/);
    expect(failure("Minutes of the parish council\n\nNothing to report.")).toBe(
      "not an inspection report: no title, ratings table or findings sections found",
    );
  });

  it("takes the authority from the ratings table when the title is missing", () => {
    const untitled = parseReport(dudleyText.replace(/^Report on the Outcome.*$/m, ""));
    expect(untitled.authority).toBe("Dudley");
    expect(untitled.warnings).toContain("no title line; authority taken from the ratings table");
  });

  it("names the missing parts of an incomplete report", () => {
    const noRatings = dudleyText.replace(/^(.+)\t(Good|Adequate)$/gm, "");
    expect(failure(noRatings)).toBe("incomplete inspection report: missing a ratings table");
    const noSections = dudleyText.slice(0, dudleyText.indexOf("1. General"));
    expect(failure(noSections)).toMatch(/^incomplete inspection report: missing findings sections/);
    const noDate = dudleyText.replace("Date of Joint Report\t25th January 2012\n", "");
    expect(failure(noDate)).toBe("incomplete inspection report: missing a report date ('Date of Joint Report')");
    const badDate = dudleyText.replace("25th January 2012", "sometime in 2012");
    expect(failure(badDate)).toBe("incomplete inspection report: missing a readable report date (found 'sometime in 2012')");
  });
});

describe("pieces", () => {
  it("splits providers run together on one line", () => {
    expect(splitProviders("A NHS Trust and B NHS Foundation Trust; C Community Services")).toEqual([
      "A NHS Trust",
      "B NHS Foundation Trust",
      "C Community Services",
    ]);
    expect(splitProviders("Tavistock and Portman NHS Foundation Trust")).toEqual(["Tavistock and Portman NHS Foundation Trust"]);
  });

  it("finds the addressee in a lead-in", () => {
    expect(addresseeOf("NHS Barnet and NHS providers take action to:")).toBe("NHS Barnet and NHS providers");
    expect(addresseeOf("Ensure that NHS Dudley together with NHS providers takes action to:")).toBe(
      "NHS Dudley together with NHS providers",
    );
    expect(addresseeOf("NHS Kent should:")).toBe("NHS Kent");
  });

  it("reads deadlines and their filter keys", () => {
    expect(parseDeadline("Within 3 months")).toEqual({ label: "Within 3 months", months: 3, days: null });
    expect(parseDeadline("Within twelve months")?.months).toBe(12);
    expect(parseDeadline("Within 28 days")).toEqual({ label: "Within 28 days", months: 0, days: 28 });
    expect(parseDeadline("Next steps")).toBeNull();
    expect(deadlineKey({ months: 3, days: null })).toBe("3");
    expect(deadlineKey({ months: 0, days: 42 })).toBe("6w");
    expect(deadlineKey({ months: 0, days: 10 })).toBe("10d");
    expect(deadlineKey({ months: 0, days: 0 })).toBe("0");
  });

  it("reads context figures in other wordings", () => {
    expect(
      contextFigures(
        "There are 350 looked after children and 41,200 children and young people aged under 18. 120 children are subject to a child protection plan.",
      ),
    ).toEqual({
      childrenPopulation: 41200,
      lookedAfterChildren: 350,
      childProtectionPlans: 120,
    });
  });
});
