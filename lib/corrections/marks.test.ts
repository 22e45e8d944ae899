import { describe, expect, it } from "vitest";
import { parseMarkForm, reviewedExplanation, reviewedLabel } from "./marks";

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
