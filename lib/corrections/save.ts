/**
 * Saves a reviewer's mark of a finding paragraph, or withdraws it: the mark,
 * its paragraph's stored assessment and a history entry, in one transaction.
 * Admins only; a form naming an older version of the mark is refused, so
 * nobody's change is silently overwritten.
 */
import type { Db, Tx } from "../db";
import { isAdmin, type Person } from "../accounts/roles";
import { withRetry } from "../import/save-report";
import { renewAuthorityPages } from "../document-layer/renew-pages";
import { setParagraphMark } from "./apply";
import { textHash } from "./match";
import { type MarkFormInput, WITHDRAWN, withdrawnTo, type WithdrawFormInput } from "./marks";

type SaveMarkResult =
  | { kind: "saved"; correctionId: number; version: number }
  | { kind: "unchanged"; version: number }
  /** Not an admin, or no such paragraph: the same answer. */
  | { kind: "refused" }
  /** Someone changed the mark after the form was opened: nothing was written. */
  | { kind: "conflict" };

type WithdrawMarkResult =
  | { kind: "withdrawn"; correctionId: number; version: number }
  /** Not an admin, or no such paragraph: the same answer. */
  | { kind: "refused" }
  /** The paragraph has no reviewer's mark, and had none at the version the form names. */
  | { kind: "nothing" }
  /** Someone changed the mark after the form was opened: nothing was written. */
  | { kind: "conflict" };

/** Lets tests interrupt a save between the mark and its history, to prove neither is kept alone. */
interface SaveMarkHooks {
  afterCorrectionRow?: () => void | Promise<void>;
}

class Conflict extends Error {}

async function paragraphOf(tx: Tx, id: number) {
  return tx.paragraph.findUnique({
    where: { id },
    select: {
      id: true,
      ref: true,
      text: true,
      assessment: true,
      report: { select: { authorityId: true, reportDate: true, authority: { select: { slug: true, laNumber: true } } } },
      correction: { select: { id: true, mark: true, reason: true, version: true, assessorMark: true } },
    },
  });
}

export async function saveMark(db: Db, person: Person, input: MarkFormInput, hooks: SaveMarkHooks = {}): Promise<SaveMarkResult> {
  if (!isAdmin(person)) return { kind: "refused" };
  try {
    return await withRetry(() =>
      db.$transaction((tx) => saveInTransaction(tx, person, input, hooks), { timeout: 10_000, maxWait: 10_000 }),
    );
  } catch (error) {
    if (error instanceof Conflict) return { kind: "conflict" };
    throw error;
  }
}

type ParagraphToMark = NonNullable<Awaited<ReturnType<typeof paragraphOf>>>;

/** What a paragraph's mark is keyed by: its report, number and text (a withdrawn or unmatched mark is found by it). */
function keyOf(paragraph: ParagraphToMark) {
  return {
    authorityId: paragraph.report.authorityId,
    reportDate: paragraph.report.reportDate,
    ref: paragraph.ref,
    textHash: textHash(paragraph.text),
  };
}

/** A mark withdrawn from this paragraph, whose version a form opened after the withdrawal names; null if none. */
async function withdrawnOf(tx: Tx, paragraph: ParagraphToMark) {
  const row = await tx.markCorrection.findUnique({
    where: { authorityId_reportDate_ref_textHash: keyOf(paragraph) },
    select: { id: true, version: true, mark: true, paragraphId: true },
  });
  return row && row.mark === WITHDRAWN && row.paragraphId === null ? row : null;
}

/**
 * The version a form for this paragraph must name: its reviewer's mark's, else
 * the withdrawn mark's (so a form opened before a mark was set and withdrawn
 * is refused too), else 0.
 */
async function currentVersion(tx: Tx, paragraph: ParagraphToMark): Promise<number> {
  return paragraph.correction?.version ?? (await withdrawnOf(tx, paragraph))?.version ?? 0;
}

async function saveInTransaction(tx: Tx, person: Person, input: MarkFormInput, hooks: SaveMarkHooks): Promise<SaveMarkResult> {
  const paragraph = await paragraphOf(tx, input.paragraph);
  if (!paragraph) return { kind: "refused" };
  const existing = paragraph.correction;
  const version = existing?.version ?? 0;
  if (input.version !== (await currentVersion(tx, paragraph))) return { kind: "conflict" };
  if (existing && existing.mark === input.mark && existing.reason === input.reason) return { kind: "unchanged", version };

  const from = existing?.mark ?? paragraph.assessment;
  const saved = existing
    ? { id: await updateCorrection(tx, existing.id, version, input), version: version + 1 }
    : await createCorrection(tx, paragraph, input);
  await hooks.afterCorrectionRow?.();
  await setParagraphMark(tx, paragraph.id, input.mark);
  // The authority's pages, the comparisons and the themes show the mark: kept copies made before it are renewed.
  await renewAuthorityPages(tx, paragraph.report.authority.slug, paragraph.report.authority.laNumber);
  await tx.markCorrectionChange.create({
    data: { correctionId: saved.id, userId: person.id, version: saved.version, from, to: input.mark, reason: input.reason },
  });
  return { kind: "saved", correctionId: saved.id, version: saved.version };
}

/** Changes the mark only if it is still at the version read (else throws Conflict, rolling the transaction back). */
async function updateCorrection(tx: Tx, id: number, version: number, input: MarkFormInput): Promise<number> {
  const { count } = await tx.markCorrection.updateMany({
    where: { id, version },
    data: { mark: input.mark, reason: input.reason, version: version + 1 },
  });
  if (count !== 1) throw new Conflict();
  return id;
}

/**
 * The paragraph's first reviewer's mark, or its first since one was withdrawn.
 * A mark withdrawn, or left unmatched under the same number and text (an import
 * would have matched it, so only in odd cases), is taken over rather than
 * duplicated, its history going on. Were another save to take the key
 * meanwhile, the unique key (or the version) fails this transaction, withRetry
 * runs it again, and the second run sees the other mark's version: a conflict.
 */
async function createCorrection(tx: Tx, paragraph: ParagraphToMark, input: MarkFormInput) {
  const key = keyOf(paragraph);
  const fields = { mark: input.mark, reason: input.reason, assessorMark: paragraph.assessment, paragraphId: paragraph.id };
  const left = await tx.markCorrection.findUnique({
    where: { authorityId_reportDate_ref_textHash: key },
    select: { id: true, paragraphId: true, version: true },
  });
  if (left && left.paragraphId !== null) throw new Conflict();
  if (left) {
    const { count } = await tx.markCorrection.updateMany({
      where: { id: left.id, version: left.version, paragraphId: null },
      data: { ...fields, version: left.version + 1 },
    });
    if (count !== 1) throw new Conflict();
    return { id: left.id, version: left.version + 1 };
  }
  const created = await tx.markCorrection.create({ data: { ...key, text: paragraph.text, ...fields }, select: { id: true } });
  return { id: created.id, version: 1 };
}

/**
 * Withdraws a paragraph's reviewer's mark: the rules' mark (kept on the row,
 * `assessorMark`) is its paragraph's and its themes' assessment again, the row
 * lets go of the paragraph and says it is withdrawn (it is never deleted, and
 * never put back by a re-import), and the history says who, when, why, and
 * from which mark to the rules'. One transaction; admins only; a form naming
 * an older version is refused.
 */
export async function withdrawMark(
  db: Db,
  person: Person,
  input: WithdrawFormInput,
  hooks: SaveMarkHooks = {},
): Promise<WithdrawMarkResult> {
  if (!isAdmin(person)) return { kind: "refused" };
  try {
    return await withRetry(() =>
      db.$transaction((tx) => withdrawInTransaction(tx, person, input, hooks), { timeout: 10_000, maxWait: 10_000 }),
    );
  } catch (error) {
    if (error instanceof Conflict) return { kind: "conflict" };
    throw error;
  }
}

async function withdrawInTransaction(tx: Tx, person: Person, input: WithdrawFormInput, hooks: SaveMarkHooks): Promise<WithdrawMarkResult> {
  const paragraph = await paragraphOf(tx, input.paragraph);
  if (!paragraph) return { kind: "refused" };
  if (input.version !== (await currentVersion(tx, paragraph))) return { kind: "conflict" };
  const existing = paragraph.correction;
  if (!existing) return { kind: "nothing" };
  // The rules' mark at the last assessment, which re-assessments keep up to date on the row.
  const rulesMark = existing.assessorMark;
  const { count } = await tx.markCorrection.updateMany({
    where: { id: existing.id, version: existing.version },
    data: { mark: WITHDRAWN, reason: input.reason, paragraphId: null, version: existing.version + 1 },
  });
  if (count !== 1) throw new Conflict();
  await hooks.afterCorrectionRow?.();
  await setParagraphMark(tx, paragraph.id, rulesMark);
  await renewAuthorityPages(tx, paragraph.report.authority.slug, paragraph.report.authority.laNumber);
  await tx.markCorrectionChange.create({
    data: {
      correctionId: existing.id,
      userId: person.id,
      version: existing.version + 1,
      from: existing.mark,
      to: withdrawnTo(rulesMark),
      reason: input.reason,
    },
  });
  return { kind: "withdrawn", correctionId: existing.id, version: existing.version + 1 };
}
