import { describe, expect, it } from "vitest";
import { changeMarkWords, parseMarkForm, parseWithdrawForm, reviewedExplanation, reviewedLabel, withdrawnTo } from "./marks";

const form = (fields: Record<string, unknown>) =>
  parseMarkForm({ paragraph: "12", version: "0", mark: "concern", reason: "Says it is inadequate.", ...fields });

describe("the mark form", () => {
  it("takes a mark and a reason, trimmed", () => {
    expect(form({ reason: "  Immunisation below target.\n" })).toEqual({
      ok: true,
      value: { paragraph: 12, version: 0, mark: "concern", reason: "Immunisation below target." },
    });
  });

  it("requires a reason, and says so by the field", () => {
    expect(form({ reason: "   " })).toEqual({ ok: false, errors: [{ param: "reason", message: "Enter why the paragraph has this mark" }] });
  });

  it("lists the errors in the form's order, and refuses marks that are not one of the four", () => {
    const result = form({ mark: "excellent", reason: "x".repeat(2001) });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        { param: "mark", message: "Select the paragraph’s mark" },
        { param: "reason", message: "The reason must be 2,000 characters or fewer" },
      ]);
  });

  it("keeps markup in a reason as the text it is", () => {
    const result = form({ reason: "<script>alert(1)</script>" });
    expect(result.ok && result.value.reason).toBe("<script>alert(1)</script>");
  });

  it("refuses a form whose hidden fields were tampered with, without naming a field", () => {
    const result = form({ paragraph: "-3", version: "x" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.every((e) => e.param === "" && /reload the page/.test(e.message))).toBe(true);
  });
});

describe("a reviewer's mark in words", () => {
  it("says the mark, and whether the reviewer corrected or checked the rules'", () => {
    expect(reviewedLabel("concern", "strength")).toBe("Concern — corrected by a reviewer");
    expect(reviewedLabel("neutral", "neutral")).toBe("Neutral — checked by a reviewer");
    expect(reviewedExplanation("concern", "strength")).toBe("The rules marked this paragraph Strength; a reviewer changed it to Concern.");
  });
});

describe("the form withdrawing a reviewer's mark", () => {
  const withdraw = (fields: Record<string, unknown>) =>
    parseWithdrawForm({ paragraph: "12", version: "3", reason: "The rules had it right.", ...fields });

  it("takes a reason, trimmed, and the paragraph and version it was opened at", () => {
    expect(withdraw({ reason: " Marked by mistake.\n" })).toEqual({
      ok: true,
      value: { paragraph: 12, version: 3, reason: "Marked by mistake." },
    });
  });

  it("requires a reason, said by its own field (the mark form's is `reason`)", () => {
    expect(withdraw({ reason: " " })).toEqual({
      ok: false,
      errors: [{ param: "withdraw-reason", message: "Enter why the reviewer’s mark is withdrawn" }],
    });
    expect(withdraw({ reason: "x".repeat(2001) })).toEqual({
      ok: false,
      errors: [{ param: "withdraw-reason", message: "The reason must be 2,000 characters or fewer" }],
    });
  });

  it("refuses tampered hidden fields without naming a field, and ignores a mark sent with it", () => {
    const result = withdraw({ version: "-1" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ param: "", message: "The form could not be read: reload the page and try again" }]);
    expect(withdraw({ mark: "concern" })).toEqual({ ok: true, value: { paragraph: 12, version: 3, reason: "The rules had it right." } });
  });
});

describe("a mark's history in words", () => {
  it("says a mark as its tag, and a withdrawal as one, with the rules' mark shown again", () => {
    expect(withdrawnTo("strength")).toBe("withdrawn:strength");
    expect(changeMarkWords("concern")).toBe("Concern");
    expect(changeMarkWords(withdrawnTo("strength"))).toBe("Withdrawn: the rules’ Strength shown again");
    expect(changeMarkWords(withdrawnTo("mixed"))).toBe("Withdrawn: the rules’ Mixed shown again");
  });
});
