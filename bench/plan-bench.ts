/**
 * Action plans under load (issue #25): an authority's plan page as a signed-in
 * admin sees it (per person, never kept: rendered every time), and saves of
 * actions through the plan's own form, as a browser without JavaScript sends
 * it. The person is added with `npm run users` and signs in through /sign-in,
 * as anyone would: no session is made by hand.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { cpuMs } from "./server";
import type { PlanFigures } from "./types";

const ROOT = path.join(import.meta.dirname, "..");
const EMAIL = "bench-admin@bench.test";
const PASSWORD = "bench-password-not-secret-0123";

const ENTITIES: Record<string, string> = { "&quot;": '"', "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const unescape = (value: string) => value.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity]);

/** Every form of a page that has this field, as the server rendered it (Next's action fields included). */
export function formsWith(html: string, field: string): Record<string, string>[] {
  const forms: Record<string, string>[] = [];
  for (const [, body] of html.matchAll(new RegExp(`<form[^>]*>((?:(?!</form>)[\\s\\S])*?name="${field}"[\\s\\S]*?)</form>`, "g"))) {
    const fields: Record<string, string> = {};
    // Each attribute on its own: React writes them in any order, the value often before the name.
    for (const [tag] of body.matchAll(/<input\b[^>]*>/g)) {
      const name = / name="([^"]+)"/.exec(tag)?.[1];
      if (name) fields[name] = unescape(/ value="([^"]*)"/.exec(tag)?.[1] ?? "");
    }
    forms.push(fields);
  }
  return forms;
}

function multipart(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** Adds the bench's admin to the database (once) and signs in through the sign-in form: the session cookie. */
async function signIn(baseUrl: string, databaseFile: string): Promise<string> {
  try {
    execFileSync(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      ["scripts/users.ts", "add", "--email", EMAIL, "--role", "admin", "--password-stdin"],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: databaseFile },
        input: PASSWORD,
        stdio: ["pipe", "ignore", "pipe"],
      },
    );
  } catch (error) {
    if (!String((error as { stderr?: Buffer }).stderr).includes("already has an account")) throw error;
  }
  const [form] = formsWith(await (await fetch(`${baseUrl}/sign-in`)).text(), "email");
  const answer = await fetch(`${baseUrl}/sign-in`, {
    method: "POST",
    body: multipart({ ...form, email: EMAIL, password: PASSWORD }),
    headers: { origin: baseUrl },
    redirect: "manual",
  });
  const cookie = answer.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session_token"));
  if (!cookie) throw new Error(`signing in to ${baseUrl} gave no session (status ${answer.status})`);
  return cookie;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/**
 * Saves for `seconds` from `connections` writers at once, each its own action
 * (one version after the other, a note each time), and their figures.
 */
async function loadSaves(baseUrl: string, plan: string, cookie: string, connections: number, seconds: number, pid: number) {
  const forms = formsWith(await (await fetch(baseUrl + plan, { headers: { cookie } })).text(), "recommendation");
  if (forms.length === 0) throw new Error(`${plan} shows no action form`);
  const latencies: number[] = [];
  let failed = 0;
  const deadline = Date.now() + seconds * 1000;
  const cpuBefore = cpuMs(pid);
  const writer = async (fields: Record<string, string>, n: number) => {
    let version = Number(fields.version);
    for (let i = 0; Date.now() < deadline; i++) {
      const started = performance.now();
      const body = multipart({ ...fields, status: "in-progress", version: String(version), note: `bench ${n}-${i}` });
      const answer = await fetch(baseUrl + plan, { method: "POST", body, headers: { cookie, origin: baseUrl } });
      const saved = answer.status === 200 && (await answer.text()).includes("Action saved.");
      latencies.push(performance.now() - started);
      if (saved) version++;
      else failed++;
    }
  };
  await Promise.all(forms.slice(0, connections).map((fields, n) => writer(fields, n)));
  const sorted = latencies.sort((a, b) => a - b);
  return {
    savesPerSecond: (latencies.length - failed) / seconds,
    cpuMsPerSave: (cpuMs(pid) - cpuBefore) / Math.max(1, latencies.length),
    p50: Math.round(percentile(sorted, 0.5)),
    p99: Math.round(percentile(sorted, 0.99)),
    writers: Math.min(connections, forms.length),
    failed,
  };
}

/** The plan page and saves of its actions, on a running server over a database with that authority. */
export async function benchPlan(
  baseUrl: string,
  databaseFile: string,
  slug: string,
  opts: { connections: number; seconds: number; pid: number },
): Promise<PlanFigures> {
  const cookie = await signIn(baseUrl, databaseFile);
  const plan = `/authorities/${slug}/actions`;
  const headers = { cookie, "accept-encoding": "gzip, deflate, br, zstd" };
  await autocannon({ url: baseUrl + plan, headers, connections: 2, duration: 1 });
  const cpuBefore = cpuMs(opts.pid);
  const page = await autocannon({ url: baseUrl + plan, headers, connections: opts.connections, duration: opts.seconds, timeout: 10 });
  const pageCpu = cpuMs(opts.pid) - cpuBefore;
  const saves = await loadSaves(baseUrl, plan, cookie, opts.connections, opts.seconds, opts.pid);
  return {
    path: plan,
    page: {
      requestsPerSecond: page.requests.total / page.duration,
      cpuMsPerRequest: pageCpu / Math.max(1, page.requests.total),
      p50: page.latency.p50,
      p99: page.latency.p99,
      errors: page.errors + page.non2xx,
    },
    saves,
  };
}
