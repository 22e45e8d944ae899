import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFile } from "../database-file";
import { db, writer } from "../db";
import { addPerson } from "../accounts/people";
import type { Person } from "../accounts/roles";
import { createSeededDatabase } from "../testing/seeded-db";
import { parseActionForm, type ActionFormInput } from "./form";
import { saveAction } from "./save";

let editorOfBarnet: Person;
let editorOfDudley: Person;
let barnetRecommendation: number;

const form = (fields: Record<string, string>): ActionFormInput => {
  const parsed = parseActionForm({
    version: "0",
    status: "in-progress",
    owner: "",
    targetDate: "2012-08-24",
    completedOn: "",
    evidence: "",
    evidenceLinks: "",
    note: "",
    notAcceptedReason: "",
    ...fields,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};
const rows = async () => ({ actions: await db.action.count(), changes: await db.actionChange.count(), notes: await db.actionNote.count() });

beforeAll(async () => {
  await createSeededDatabase(databaseFile());
  const barnet = await db.authority.findUniqueOrThrow({
    where: { slug: "barnet" },
    include: { recommendations: { orderBy: { position: "asc" } } },
  });
  const dudley = await db.authority.findUniqueOrThrow({ where: { slug: "dudley" } });
  barnetRecommendation = barnet.recommendations[0].id;
  const add = async (email: string, slug: string) =>
    addPerson(writer(), { email, name: email, role: "editor", authorities: [slug] }, "a-long-enough-password");
  editorOfBarnet = { id: await add("b@x.org", "barnet"), name: "b", email: "b@x.org", role: "editor", authorityIds: [barnet.id] };
  editorOfDudley = { id: await add("d@x.org", "dudley"), name: "d", email: "d@x.org", role: "editor", authorityIds: [dudley.id] };
});

afterAll(async () => {
  await writer().$disconnect();
});

describe("saving an action", () => {
  it("refuses an editor of another authority and writes nothing", async () => {
    const before = await rows();
    expect(
      await saveAction(writer(), editorOfDudley, form({ recommendation: String(barnetRecommendation), owner: "Dudley" }), "2012-06-01"),
    ).toEqual({ kind: "refused" });
    expect(await rows()).toEqual(before);
  });

  it("writes the action and its history together, or neither when interrupted between them", async () => {
    const before = await rows();
    const interrupted = saveAction(
      writer(),
      editorOfBarnet,
      form({ recommendation: String(barnetRecommendation), owner: "NHS Barnet", note: "Begun" }),
      "2012-06-01",
      {
        afterActionRow: () => {
          throw new Error("killed between the action and its history");
        },
      },
    );
    await expect(interrupted).rejects.toThrow("killed between");
    expect(await rows()).toEqual(before);

    const saved = await saveAction(
      writer(),
      editorOfBarnet,
      form({ recommendation: String(barnetRecommendation), owner: "NHS Barnet", note: "Begun" }),
      "2012-06-01",
    );
    // Status, owner, target date (Barnet's first is due in 3 months, 2012-05-24) and the note.
    expect(saved).toMatchObject({ kind: "saved", changes: 4 });
    expect(await rows()).toEqual({ actions: before.actions + 1, changes: before.changes + 4, notes: before.notes + 1 });
  });

  it("refuses a save made from an older version and returns the other changes", async () => {
    const stale = await saveAction(
      writer(),
      editorOfBarnet,
      form({ recommendation: String(barnetRecommendation), owner: "Someone else" }),
      "2012-06-01",
    );
    expect(stale.kind).toBe("conflict");
    if (stale.kind === "conflict") expect(stale.changes.map((c) => [c.field, c.to])).toContainEqual(["Owner", "NHS Barnet"]);
    expect((await db.action.findFirstOrThrow()).owner).toBe("NHS Barnet");
  });

  it("keeps the history read-only in the database itself", async () => {
    await expect(db.actionChange.deleteMany({})).rejects.toThrow(/read-only/);
    await expect(db.actionNote.updateMany({ data: { text: "rewritten" } })).rejects.toThrow(/read-only/);
  });
});
