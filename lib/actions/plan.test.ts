import { describe, expect, it } from "vitest";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";
import { changedFields, fieldsOf, parseActionForm } from "./form";
import { matchActions } from "./match";
import { addMonths, defaultFields, filterRows, planCounts, planRows, type PlanRecommendation, type StoredAction } from "./plan";

// Barnet's real recommendations, as the plan sees them.
const barnet = parseReport(seedReportText("barnet"));
const recommendations: PlanRecommendation[] = barnet.recommendations.map((r, i) => ({
  id: 100 + i,
  number: i + 1,
  text: r.text,
  deadlineLabel: r.deadline.label,
  dueDate: r.dueDate,
  addressee: r.addressee,
}));

const stored = (number: number, text: string, extra: Partial<StoredAction> = {}): StoredAction => ({
  id: number * 10,
  number,
  recommendationText: text,
  status: "in-progress",
  notAcceptedReason: "",
  owner: "NHS Barnet",
  targetDate: "2012-05-24",
  evidence: "",
  evidenceLinks: "",
  completedOn: "",
  version: 2,
  ...extra,
});

describe("matching actions to recommendations", () => {
  it("keeps an action on its recommendation by number and text, or by text when renumbered", () => {
    const [first, second] = recommendations;
    const renumbered = [
      { ...second, id: 1, number: 1 },
      { ...first, id: 2, number: 2 },
    ];
    const actions = [stored(1, first.text), stored(2, second.text.replace(/ /g, "  "))];
    const { byRecommendation, unmatched } = matchActions(renumbered, actions);
    expect(byRecommendation.get(2)?.id).toBe(10);
    expect(byRecommendation.get(1)?.id).toBe(20);
    expect(unmatched).toEqual([]);
  });

  it("leaves an action whose text is no longer in the report unmatched, never dropped", () => {
    const { byRecommendation, unmatched } = matchActions(recommendations, [
      stored(1, "A recommendation the re-imported report no longer has"),
    ]);
    expect(byRecommendation.size).toBe(0);
    expect(unmatched.map((a) => a.id)).toEqual([10]);
  });
});

describe("the plan", () => {
  it("defaults each target date to the report date plus the deadline", () => {
    expect(barnet.reportDate).toBe("2012-02-24");
    expect(recommendations.map((r) => defaultFields(r).targetDate)).toEqual(barnet.recommendations.map((r) => r.dueDate));
    expect(addMonths("2012-01-31", 1)).toBe("2012-02-29");
    expect(addMonths("2011-11-30", 3)).toBe("2012-02-29");
    expect(addMonths("2012-02-24", 6)).toBe("2012-08-24");
  });

  it("sorts by target date, marks overdue and due soon, counts and filters", () => {
    const actions = [
      stored(1, recommendations[0].text, { targetDate: "2012-03-01" }),
      stored(2, recommendations[1].text, { status: "completed", targetDate: "2012-03-01", completedOn: "2012-02-28" }),
    ];
    const { rows } = planRows(recommendations, actions, "2012-04-01");
    expect(rows.map((r) => r.fields.targetDate)).toEqual([...rows.map((r) => r.fields.targetDate)].sort());
    const byNumber = new Map(rows.map((r) => [r.recommendation.number, r]));
    expect(byNumber.get(1)).toMatchObject({ overdue: true, version: 2, actionId: 10 });
    expect(byNumber.get(2)).toMatchObject({ overdue: false, dueSoon: false });
    const counts = planCounts(rows);
    expect(counts.total).toBe(recommendations.length);
    expect(counts.byStatus.completed).toBe(1);
    expect(counts.overdue).toBe(rows.filter((r) => r.fields.status !== "completed" && r.fields.targetDate < "2012-04-01").length);
    expect(filterRows(rows, { overdue: true }).every((r) => r.overdue)).toBe(true);
    expect(
      filterRows(rows, { owner: "nhs barnet" })
        .map((r) => r.recommendation.number)
        .sort(),
    ).toEqual([1, 2]);
    expect(filterRows(rows, { status: "completed" }).map((r) => r.recommendation.number)).toEqual([2]);
  });
});

describe("the action form", () => {
  const valid = {
    recommendation: "101",
    version: "0",
    status: "completed",
    owner: " Head of Safeguarding ",
    targetDate: "2012-08-24",
    completedOn: "",
    evidence: "",
    evidenceLinks: "https://example.org/a\n\n",
    note: "",
    notAcceptedReason: "",
  };

  it("reads a valid form and dates a completed action today when no date is given", () => {
    const parsed = parseActionForm(valid);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const fields = fieldsOf(parsed.value, "2012-09-01");
    expect(fields).toMatchObject({
      status: "completed",
      owner: "Head of Safeguarding",
      completedOn: "2012-09-01",
      evidenceLinks: "https://example.org/a",
    });
    expect(changedFields(defaultFields(recommendations[1]), fields)).toEqual([
      { field: "Status", from: "Not started", to: "Completed" },
      { field: "Owner", from: "", to: "Head of Safeguarding" },
      { field: "Target date", from: recommendations[1].dueDate, to: "2012-08-24" },
      { field: "Evidence links", from: "", to: "https://example.org/a" },
      { field: "Date completed", from: "", to: "2012-09-01" },
    ]);
  });

  it("lists each error against its field, in the form's order", () => {
    const parsed = parseActionForm({ ...valid, status: "not-accepted", targetDate: "2012-02-30", evidenceLinks: "javascript:alert(1)" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.param)).toEqual(["not-accepted-reason", "target-date", "evidence-links"]);
    expect(parsed.errors[0].message).toBe("Enter why the recommendation is not accepted");
  });

  it("refuses a form without a recommendation or version, without naming a field", () => {
    const parsed = parseActionForm({ ...valid, recommendation: "abc" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual([{ param: "", message: "The form could not be read: reload the page and try again" }]);
  });
});
