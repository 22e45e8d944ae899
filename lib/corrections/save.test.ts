import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFile } from "../database-file";
import { db, writer } from "../db";
import { addPerson } from "../accounts/people";
import { assessParagraph } from "../assessment";
import type { Person } from "../accounts/roles";
import { reassessStale } from "../import/reassess";
import { saveReport } from "../import/save-report";
import { getAuthorityReports } from "../queries/reports";
import { searchExport } from "../queries/search";
import { exportThemeEvidence, themeMatrix } from "../queries/themes";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";
import { createSeededDatabase } from "../testing/seeded-db";
import { loadMarkPage, loadMarksDownload } from "./load-marks-page";
import { parseMarkForm, parseWithdrawForm, type MarkFormInput, type WithdrawFormInput } from "./marks";
import { saveMark, withdrawMark } from "./save";

/**
 * Reviewers' marks on the real Barnet seed report: saved with their history
 * in one transaction by admins only, applied wherever the assessment is
 * stored, and kept through re-assessment and re-imports.
 */
let admin: Person;
let editor: Person;
/** What the rules make of Barnet 1.2 ("... safe is good."): not a concern, which the reviewer will say it is. */
let rulesMark: string;

const form = (fields: Record<string, string>): MarkFormInput => {
  const parsed = parseMarkForm({ version: "0", mark: "concern", reason: "A reviewer's reading.", ...fields });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};
const withdrawal = (fields: Record<string, string>): WithdrawFormInput => {
  const parsed = parseWithdrawForm({ reason: "The rules had it right.", ...fields });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};
const rows = async () => ({ marks: await db.markCorrection.count(), changes: await db.markCorrectionChange.count() });
const barnetParagraph = async (ref: string) => {
  const report = await db.report.findFirstOrThrow({ where: { authority: { slug: "barnet" } }, orderBy: { reportDate: "desc" } });
  return db.paragraph.findFirstOrThrow({ where: { reportId: report.id, ref }, include: { themes: true, correction: true } });
};
const reportParagraph = async (ref: string) =>
  (await getAuthorityReports("barnet"))!.current.report.sections.flatMap((s) => s.paragraphs).find((p) => p.ref === ref)!;
/** How Barnet 1.2 is shown by the lists built from the theme and search tables: the matrix's cells, a theme's and the search's exports. */
const listed = async () => {
  const paragraph = await barnetParagraph("1.2");
  const themes = paragraph.themes.map((t) => t.theme);
  const barnet = (await themeMatrix({ page: 1 })).rows.find((r) => r.slug === "barnet")!;
  const onTheme = (await exportThemeEvidence(themes[0], { authority: "barnet" })).find((i) => i.ref === "1.2")!;
  const searched = (await searchExport({ q: '"safe is good"', authority: "barnet" }))!.find((r) => r.ref === "1.2")!;
  return {
    cells: Object.fromEntries(themes.map((t) => [t, barnet.cells[t].reviewed ?? 0])),
    theme: [onTheme.assessment, onTheme.reviewed ?? false],
    search: [searched.assessment, searched.reviewed ?? false],
  };
};
const importBarnet = (text: string) => saveReport(writer(), parseReport(text), { name: "barnet.txt", text });

beforeAll(async () => {
  await createSeededDatabase(databaseFile());
  const add = async (email: string, role: "admin" | "editor") =>
    addPerson(writer(), { email, name: email, role, authorities: role === "editor" ? ["barnet"] : [] }, "a-long-enough-password");
  admin = { id: await add("a@x.org", "admin"), name: "a", email: "a@x.org", role: "admin", authorityIds: [] };
  const barnet = await db.authority.findUniqueOrThrow({ where: { slug: "barnet" } });
  editor = { id: await add("e@x.org", "editor"), name: "e", email: "e@x.org", role: "editor", authorityIds: [barnet.id] };
  rulesMark = (await barnetParagraph("1.2")).assessment;
});

afterAll(async () => {
  await writer().$disconnect();
});

describe("saving a reviewer's mark", () => {
  it("refuses anyone but an admin, even an editor of the authority, and writes nothing", async () => {
    const paragraph = await barnetParagraph("1.2");
    const before = { ...(await rows()), assessment: paragraph.assessment };
    expect(await saveMark(writer(), editor, form({ paragraph: String(paragraph.id) }))).toEqual({ kind: "refused" });
    expect({ ...(await rows()), assessment: (await barnetParagraph("1.2")).assessment }).toEqual(before);
  });

  it("writes the mark, the paragraph's and its themes' assessment, and the history together, or none of them", async () => {
    const paragraph = await barnetParagraph("1.2");
    expect(rulesMark).not.toBe("concern");
    const before = await rows();
    const interrupted = saveMark(writer(), admin, form({ paragraph: String(paragraph.id) }), {
      afterCorrectionRow: () => {
        throw new Error("killed between the mark and its history");
      },
    });
    await expect(interrupted).rejects.toThrow("killed");
    expect(await rows()).toEqual(before);
    expect((await barnetParagraph("1.2")).assessment).toBe(rulesMark);

    const saved = await saveMark(writer(), admin, form({ paragraph: String(paragraph.id), reason: "Says <b>nothing</b> is audited." }));
    expect(saved.kind).toBe("saved");
    const after = await barnetParagraph("1.2");
    expect(after.assessment).toBe("concern");
    expect(after.themes.length).toBeGreaterThan(0);
    expect(after.themes.every((t) => t.assessment === "concern")).toBe(true);
    expect(after.correction).toMatchObject({
      mark: "concern",
      assessorMark: rulesMark,
      version: 1,
      reason: "Says <b>nothing</b> is audited.",
    });
    const history = await db.markCorrectionChange.findMany({ where: { correctionId: after.correction!.id } });
    expect(history).toMatchObject([
      { userId: admin.id, version: 1, from: rulesMark, to: "concern", reason: "Says <b>nothing</b> is audited." },
    ]);
    expect(await reportParagraph("1.2")).toMatchObject({
      assessment: "concern",
      review: { reason: "Says <b>nothing</b> is audited.", assessorMark: rulesMark },
    });
  });

  it("renews the kept pages of the paragraph's authority and the lists, in the same transaction", async () => {
    const versions = async () =>
      Object.fromEntries(
        (await db.pageVersion.findMany({ where: { scope: { in: ["authority:barnet", "lists"] } } })).map((v) => [v.scope, v.version]),
      );
    const before = await versions();
    const paragraph = await barnetParagraph("2.1");
    expect(await saveMark(writer(), admin, form({ paragraph: String(paragraph.id), mark: "mixed" }))).toMatchObject({ kind: "saved" });
    const after = await versions();
    expect(after["authority:barnet"]).toBe((before["authority:barnet"] ?? 0) + 1);
    expect(after.lists).toBe((before.lists ?? 0) + 1);
  });

  it("refuses a form opened before someone else's change, and says nothing changed when nothing did", async () => {
    const paragraph = await barnetParagraph("1.2");
    const before = await rows();
    expect(await saveMark(writer(), admin, form({ paragraph: String(paragraph.id), mark: "mixed" }))).toEqual({ kind: "conflict" });
    expect(
      await saveMark(writer(), admin, form({ paragraph: String(paragraph.id), version: "1", reason: "Says <b>nothing</b> is audited." })),
    ).toEqual({ kind: "unchanged", version: 1 });
    expect(await rows()).toEqual(before);
    expect(await saveMark(writer(), admin, form({ paragraph: "99999999" }))).toEqual({ kind: "refused" });
  });

  it("keeps the history read-only whatever the app does", async () => {
    await expect(db.markCorrectionChange.updateMany({ data: { reason: "rewritten" } })).rejects.toThrow(/read-only/);
    await expect(db.markCorrectionChange.deleteMany({})).rejects.toThrow(/read-only/);
    // A mark is held by its history (a restricting key) and by a trigger of its own.
    await expect(db.markCorrection.deleteMany({})).rejects.toThrow(/never deleted|Foreign key/);
    await db.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
    try {
      await expect(db.markCorrection.deleteMany({})).rejects.toThrow(/never deleted/);
    } finally {
      await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    }
  });
});

describe("a reviewer's mark outlives", () => {
  it("re-assessment: the rules' mark is read again, the reviewer's stays on top", async () => {
    await db.paragraph.updateMany({ where: { ref: "1.2" }, data: { assessment: "neutral" } });
    expect((await reassessStale(writer(), { all: true })).reassessed).toBe(2);
    const paragraph = await barnetParagraph("1.2");
    expect(paragraph.assessment).toBe("concern");
    expect(paragraph.themes.every((t) => t.assessment === "concern")).toBe(true);
    expect(paragraph.correction).toMatchObject({ assessorMark: rulesMark });
  });

  it("a re-import of the same report that changed other paragraphs: it follows its paragraph to its new row", async () => {
    const before = await barnetParagraph("1.2");
    const text = seedReportText("barnet").replace(
      "Recent changes to membership have strengthened",
      "Recent changes to membership strengthened",
    );
    expect((await importBarnet(text)).outcome).toBe("replaced");
    const after = await barnetParagraph("1.2");
    expect(after.id).not.toBe(before.id);
    expect(after.assessment).toBe("concern");
    expect(after.correction?.id).toBe(before.correction?.id);
    expect((await reportParagraph("1.2")).review?.reason).toBe("Says <b>nothing</b> is audited.");
  });

  it("but not a rewording of its own paragraph: then it is unmatched, kept, and the rules' mark is shown", async () => {
    const correctionId = (await barnetParagraph("1.2")).correction!.id;
    const text = seedReportText("barnet").replace("safe is good. Local NHS Trusts", "safe is good overall. Local NHS Trusts");
    expect((await importBarnet(text)).outcome).toBe("replaced");
    const paragraph = await barnetParagraph("1.2");
    expect(paragraph.correction).toBeNull();
    expect(paragraph.assessment).toBe(assessParagraph(paragraph.text).assessment);
    expect(await db.markCorrection.findUniqueOrThrow({ where: { id: correctionId } })).toMatchObject({
      paragraphId: null,
      mark: "concern",
    });
    expect((await reportParagraph("1.2")).review).toBeUndefined();
    // The original text again: the mark finds its paragraph once more.
    expect((await importBarnet(seedReportText("barnet"))).outcome).toBe("replaced");
    expect((await barnetParagraph("1.2")).correction?.id).toBe(correctionId);
  });
});

describe("withdrawing a reviewer's mark", () => {
  /** Barnet 1.2 carries the reviewer's Concern (version 1) from the tests above; the rules say otherwise. */
  const everything = async () => ({
    ...(await rows()),
    paragraph: await barnetParagraph("1.2"),
    versions: await db.pageVersion.findMany({ orderBy: { scope: "asc" } }),
  });

  it("refuses anyone but an admin, a form opened before another change, and an interrupted write: each writes nothing", async () => {
    const paragraph = await barnetParagraph("1.2");
    expect(paragraph.correction).toMatchObject({ mark: "concern", version: 1 });
    const before = await everything();
    const input = withdrawal({ paragraph: String(paragraph.id), version: "1" });
    expect(await withdrawMark(writer(), editor, input)).toEqual({ kind: "refused" });
    expect(await withdrawMark(writer(), { ...editor, role: "viewer" }, input)).toEqual({ kind: "refused" });
    expect(await withdrawMark(writer(), admin, { ...input, version: 0 })).toEqual({ kind: "conflict" });
    expect(await withdrawMark(writer(), admin, { ...input, paragraph: 99999999 })).toEqual({ kind: "refused" });
    const interrupted = withdrawMark(writer(), admin, input, {
      afterCorrectionRow: () => {
        throw new Error("killed between the mark and its history");
      },
    });
    await expect(interrupted).rejects.toThrow("killed");
    expect(await everything()).toEqual(before);
  });

  it("shows the rules' mark again, on the paragraph and its themes, keeps the mark's row and says so in the history, in one transaction", async () => {
    const paragraph = await barnetParagraph("1.2");
    const correctionId = paragraph.correction!.id;
    const versions = async () =>
      Object.fromEntries(
        (await db.pageVersion.findMany({ where: { scope: { in: ["authority:barnet", "lists"] } } })).map((v) => [v.scope, v.version]),
      );
    const pagesBefore = await versions();
    const before = await listed();
    expect(Object.values(before.cells).every((n) => n >= 1)).toBe(true);
    expect(before).toMatchObject({ theme: ["concern", true], search: ["concern", true] });
    const result = await withdrawMark(
      writer(),
      admin,
      withdrawal({ paragraph: String(paragraph.id), version: "1", reason: "Good is <i>good</i>." }),
    );
    expect(result).toEqual({ kind: "withdrawn", correctionId, version: 2 });

    const after = await barnetParagraph("1.2");
    expect(after.assessment).toBe(rulesMark);
    expect(after.assessment).toBe(assessParagraph(after.text).assessment);
    expect(after.themes.length).toBeGreaterThan(0);
    expect(after.themes.every((t) => t.assessment === rulesMark)).toBe(true);
    expect(after.correction).toBeNull();
    expect(await db.markCorrection.findUniqueOrThrow({ where: { id: correctionId } })).toMatchObject({
      mark: "withdrawn",
      paragraphId: null,
      version: 2,
      reason: "Good is <i>good</i>.",
    });
    const history = await db.markCorrectionChange.findMany({ where: { correctionId }, orderBy: { id: "desc" } });
    expect(history[0]).toMatchObject({
      userId: admin.id,
      version: 2,
      from: "concern",
      to: `withdrawn:${rulesMark}`,
      reason: "Good is <i>good</i>.",
    });
    expect(await reportParagraph("1.2")).toMatchObject({ assessment: rulesMark });
    expect((await reportParagraph("1.2")).review).toBeUndefined();
    // The themes matrix's cells count it as reviewed no more (2.1, reviewed, may share a theme), and the theme's and the search's exports say the rules marked it.
    expect(await listed()).toEqual({
      cells: Object.fromEntries(Object.entries(before.cells).map(([t, n]) => [t, n - 1])),
      theme: [rulesMark, false],
      search: [rulesMark, false],
    });

    const pagesAfter = await versions();
    expect(pagesAfter["authority:barnet"]).toBe((pagesBefore["authority:barnet"] ?? 0) + 1);
    expect(pagesAfter.lists).toBe((pagesBefore.lists ?? 0) + 1);
  });

  it("is no longer exported as a labelled case, and stays in the histories, the paragraph's page naming its version", async () => {
    const labels = await loadMarksDownload(undefined);
    expect(labels.kind === "labels" && labels.body.paragraphs.map((p) => p.ref)).toEqual(["2.1"]);
    const csv = await loadMarksDownload("history");
    expect(csv.kind === "history" && csv.body.split("\r\n")[1]).toMatch(
      new RegExp(`,a@x\\.org,Barnet,\\d{4}-\\d{2}-\\d{2},1\\.2,concern,withdrawn:${rulesMark},Good is <i>good</i>\\.$`),
    );
    const page = await loadMarkPage(String((await barnetParagraph("1.2")).id));
    expect(page).toMatchObject({ correction: null, version: 2, rulesMark });
    expect(page!.history.map((h) => [h.from, h.to])).toEqual([
      ["concern", `withdrawn:${rulesMark}`],
      [rulesMark, "concern"],
    ]);
  });

  it("is not put back by re-assessment or a re-import, and a second withdrawal finds nothing to withdraw", async () => {
    const before = await rows();
    const paragraph = await barnetParagraph("1.2");
    expect(await withdrawMark(writer(), admin, withdrawal({ paragraph: String(paragraph.id), version: "1" }))).toEqual({
      kind: "conflict",
    });
    expect(await withdrawMark(writer(), admin, withdrawal({ paragraph: String(paragraph.id), version: "2" }))).toEqual({ kind: "nothing" });
    expect((await reassessStale(writer(), { all: true })).reassessed).toBe(2);
    const otherParagraphChanged = seedReportText("barnet").replace(
      "Recent changes to membership have strengthened",
      "Recent changes to membership strengthened",
    );
    expect((await importBarnet(otherParagraphChanged)).outcome).toBe("replaced");
    const after = await barnetParagraph("1.2");
    expect(after.correction).toBeNull();
    expect(after.assessment).toBe(rulesMark);
    expect(await rows()).toEqual(before);
  });

  it("a mark set again takes up the withdrawn row, its history going on, from a form naming the withdrawn mark's version only", async () => {
    const paragraph = await barnetParagraph("1.2");
    const { id: correctionId } = await db.markCorrection.findFirstOrThrow({ where: { mark: "withdrawn" } });
    expect(await saveMark(writer(), admin, form({ paragraph: String(paragraph.id), version: "0" }))).toEqual({ kind: "conflict" });
    const saved = await saveMark(writer(), admin, form({ paragraph: String(paragraph.id), version: "2", mark: "mixed" }));
    expect(saved).toEqual({ kind: "saved", correctionId, version: 3 });
    const after = await barnetParagraph("1.2");
    expect(after.assessment).toBe("mixed");
    expect(after.correction).toMatchObject({ id: correctionId, mark: "mixed", assessorMark: rulesMark, version: 3 });
    const latest = await db.markCorrectionChange.findFirstOrThrow({ where: { correctionId }, orderBy: { id: "desc" } });
    expect(latest).toMatchObject({ version: 3, from: rulesMark, to: "mixed" });
  });
});
