/**
 * The end-of-run summary both test runners print (vitest through
 * test/unit-timings-reporter.ts, Playwright through e2e/timings-reporter.ts):
 * where the time went, by file and by test, so a slow suite says why.
 */
export interface Timed {
  name: string;
  ms: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);

/** Files by time spent, the slowest first, with each one's share of the total, then the slowest ten tests. */
export function timingSummary(title: string, files: Timed[], tests: Timed[], wallMs?: number): string {
  const total = files.reduce((sum, f) => sum + f.ms, 0);
  const lines = [``, `${title}: ${files.length} files, ${tests.length} tests, ${seconds(total).trim()} summed over files`];
  if (wallMs !== undefined) lines[1] += `, ${seconds(wallMs).trim()} wall clock`;
  for (const f of [...files].sort((a, b) => b.ms - a.ms)) {
    const share = total > 0 ? `${((100 * f.ms) / total).toFixed(0)}%`.padStart(4) : "";
    lines.push(`${seconds(f.ms)} ${share}  ${f.name}`);
  }
  lines.push(``, `Slowest ten tests:`);
  for (const t of [...tests].sort((a, b) => b.ms - a.ms).slice(0, 10)) lines.push(`${seconds(t.ms)}  ${t.name}`);
  return lines.join("\n");
}
