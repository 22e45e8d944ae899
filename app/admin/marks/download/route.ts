import { isAdmin } from "@/lib/accounts/roles";
import { personOf } from "@/lib/accounts/session";
import { loadMarksDownload } from "@/lib/corrections/load-marks-page";
import { firstParam, fromSearchParams } from "@/lib/requests/params";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });

/** Reviewers' marks as labelled cases (JSON) or their history (`?what=history`, CSV): admins only; 404 for anyone else signed in. */
export async function GET(request: Request) {
  const person = await personOf(request.headers);
  if (!person) return text("Sign in as an admin to download reviewers’ marks.\n", 401);
  if (!isAdmin(person)) return text("Not found.\n", 404);
  const download = await loadMarksDownload(firstParam(fromSearchParams(new URL(request.url).searchParams).what));
  if (download.kind === "labels")
    return new Response(`${JSON.stringify(download.body, null, 2)}\n`, {
      headers: {
        ...PRIVATE,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="reviewed-marks.json"',
      },
    });
  return new Response(download.body, {
    headers: {
      ...PRIVATE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="reviewed-marks-history.csv"',
    },
  });
}
