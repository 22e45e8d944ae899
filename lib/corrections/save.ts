/**
 * Saves a reviewer's mark of a finding paragraph: the mark, its paragraph's
 * stored assessment and a history entry, in one transaction. Admins only; a
 * form naming an older version of the mark is refused, so nobody's change is
 * silently overwritten.
 */
import type { Db, Tx } from "../db";
import { isAdmin, type Person } from "../accounts/roles";
import { withRetry } from "../import/save-report";
import { renewAuthorityPages } from "../document-layer/renew-pages";
import { setParagraphMark } from "./apply";
import { textHash } from "./match";
import type { MarkFormInput } from "./marks";

type SaveMarkResult =
  | { kind: "saved"; correctionId: number }
  | { kind: "unchanged" }
  /** Not an admin, or no such paragraph: the same answer. */
  | { kind: "refused" }
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
      correction: { select: { id: true, mark: true, reason: true, version: true } },
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

async function saveInTransaction(tx: Tx, person: Person, input: MarkFormInput, hooks: SaveMarkHooks): Promise<SaveMarkResult> {
  const paragraph = await paragraphOf(tx, input.paragraph);
  if (!paragraph) return { kind: "refused" };
  const existing = paragraph.correction;
  const version = existing?.version ?? 0;
  if (input.version !== version) return { kind: "conflict" };
  if (existing && existing.mark === input.mark && existing.reason === input.reason) return { kind: "unchanged" };

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
  return { kind: "saved", correctionId: saved.id };
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
 * The paragraph's first reviewer's mark. A mark left unmatched under the same
 * number and text (an import would have matched it, so only in odd cases) is
 * taken over rather than duplicated. Were another save to take the key
 * meanwhile, the unique key fails this transaction, withRetry runs it again,
 * and the second run sees the other mark's version: a conflict.
 */
async function createCorrection(tx: Tx, paragraph: NonNullable<Awaited<ReturnType<typeof paragraphOf>>>, input: MarkFormInput) {
  const key = {
    authorityId: paragraph.report.authorityId,
    reportDate: paragraph.report.reportDate,
    ref: paragraph.ref,
    textHash: textHash(paragraph.text),
  };
  const fields = { mark: input.mark, reason: input.reason, assessorMark: paragraph.assessment, paragraphId: paragraph.id };
  const left = await tx.markCorrection.findUnique({
    where: { authorityId_reportDate_ref_textHash: key },
    select: { id: true, paragraphId: true, version: true },
  });
  if (left && left.paragraphId !== null) throw new Conflict();
  if (left) {
    await tx.markCorrection.update({ where: { id: left.id }, data: { ...fields, version: left.version + 1 } });
    return { id: left.id, version: left.version + 1 };
  }
  const created = await tx.markCorrection.create({ data: { ...key, text: paragraph.text, ...fields }, select: { id: true } });
  return { id: created.id, version: 1 };
}
