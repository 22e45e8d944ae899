import { notFound } from "../_lib/responses";

export const dynamic = "force-dynamic";

/** Any other path under /api/: a JSON 404 rather than the HTML page. */
function handler(request: Request): Response {
  return notFound(`No API endpoint at ${new URL(request.url).pathname}`);
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
