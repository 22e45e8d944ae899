import type { Db, Tx } from "../db";
import { canEditPlan, type Person } from "../accounts/roles";
import { withRetry } from "../import/save-report";
import { changedFields, fieldsOf, type ActionFormInput, type FieldChange } from "./form";
import { matchActions } from "./match";
import { defaultFields, storedFields } from "./plan";

/** One entry of an action's history, as shown and downloaded. */
interface HistoryEntry {
  at: string;
  who: string;
  field: string;
  from: string;
  to: string;
}

export type SaveActionResult =
  | { kind: "saved"; actionId: number; changes: number }
  | { kind: "unchanged" }
  /** Not found, or not this person's to change: the same answer, so ids cannot be probed. */
  | { kind: "refused" }
  /** Someone saved the action after the form was opened: their changes, none of the form's. */
  | { kind: "conflict"; changes: HistoryEntry[] };

/** Lets tests interrupt a save between the action's row and its history, to prove neither is kept alone. */
export interface SaveActionHooks {
  afterActionRow?: () => void | Promise<void>;
}

class Conflict extends Error {}

/** The recommendation the form names, with its report's authority and date. */
async function recommendationOf(tx: Tx, id: number) {
  return tx.recommendation.findUnique({
    where: { id },
    select: {
      id: true,
      reportId: true,
      authorityId: true,
      position: true,
      text: true,
      dueDate: true,
      deadlineLabel: true,
      addressee: true,
      report: { select: { reportDate: true } },
    },
  });
}

/** The stored action of a recommendation (matched by number and text among its plan's actions), or null. */
async function actionOf(tx: Tx, recommendation: NonNullable<Awaited<ReturnType<typeof recommendationOf>>>) {
  const [siblings, actions] = await Promise.all([
    tx.recommendation.findMany({ where: { reportId: recommendation.reportId }, select: { id: true, position: true, text: true } }),
    tx.action.findMany({ where: { authorityId: recommendation.authorityId, reportDate: recommendation.report.reportDate } }),
  ]);
  const keys = siblings.map((r) => ({ id: r.id, number: r.position + 1, text: r.text }));
  return matchActions(keys, actions).byRecommendation.get(recommendation.id) ?? null;
}

/** The changes made to an action after a version, oldest first. */
async function changesSince(client: Db | Tx, actionId: number, version: number): Promise<HistoryEntry[]> {
  const rows = await client.actionChange.findMany({
    where: { actionId, version: { gt: version } },
    orderBy: { id: "asc" },
    select: { at: true, field: true, from: true, to: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ at: r.at.toISOString(), who: r.user.name, field: r.field, from: r.from, to: r.to }));
}

/**
 * Saves one action's form: its fields and note, and a history entry for each
 * change, in one transaction. The form names the version it was opened at;
 * if the action has moved on since, nothing is written and the caller is
 * given the other changes.
 */
export async function saveAction(
  db: Db,
  person: Person,
  input: ActionFormInput,
  today: string,
  hooks: SaveActionHooks = {},
): Promise<SaveActionResult> {
  try {
    return await withRetry(() =>
      db.$transaction((tx) => saveInTransaction(tx, person, input, today, hooks), { timeout: 10_000, maxWait: 10_000 }),
    );
  } catch (error) {
    if (!(error instanceof Conflict) && !isUniqueViolation(error)) throw error;
    const recommendation = await recommendationOf(db as unknown as Tx, input.recommendation);
    const action = recommendation ? await actionOf(db as unknown as Tx, recommendation) : null;
    return { kind: "conflict", changes: action ? await changesSince(db, action.id, input.version) : [] };
  }
}

function isUniqueViolation(error: unknown): boolean {
  return /P2002|Unique constraint failed/i.test(`${(error as { code?: string }).code ?? ""} ${(error as Error).message ?? ""}`);
}

async function saveInTransaction(
  tx: Tx,
  person: Person,
  input: ActionFormInput,
  today: string,
  hooks: SaveActionHooks,
): Promise<SaveActionResult> {
  const recommendation = await recommendationOf(tx, input.recommendation);
  if (!recommendation || !canEditPlan(person, recommendation.authorityId)) return { kind: "refused" };
  const action = await actionOf(tx, recommendation);
  const version = action?.version ?? 0;
  if (input.version !== version) return { kind: "conflict", changes: action ? await changesSince(tx, action.id, input.version) : [] };

  const before = action ? storedFields(action) : defaultFields({ ...recommendation, number: recommendation.position + 1 });
  const after = fieldsOf(input, today);
  const changes: FieldChange[] = changedFields(before, after);
  if (input.note !== "") changes.push({ field: "Progress note", from: "", to: input.note });
  if (changes.length === 0) return { kind: "unchanged" };

  const actionId = action
    ? await updateAction(tx, action.id, version, after)
    : (
        await tx.action.create({
          data: {
            authorityId: recommendation.authorityId,
            reportDate: recommendation.report.reportDate,
            number: recommendation.position + 1,
            recommendationText: recommendation.text,
            ...after,
            version: 1,
          },
          select: { id: true },
        })
      ).id;
  await hooks.afterActionRow?.();
  if (input.note !== "") await tx.actionNote.create({ data: { actionId, authorId: person.id, text: input.note } });
  await tx.actionChange.createMany({ data: changes.map((c) => ({ actionId, userId: person.id, version: version + 1, ...c })) });
  return { kind: "saved", actionId, changes: changes.length };
}

/** Updates the action only if it is still at the version read (else throws Conflict, rolling the transaction back). */
async function updateAction(tx: Tx, id: number, version: number, fields: ReturnType<typeof fieldsOf>): Promise<number> {
  const { count } = await tx.action.updateMany({ where: { id, version }, data: { ...fields, version: version + 1 } });
  if (count !== 1) throw new Conflict();
  return id;
}
