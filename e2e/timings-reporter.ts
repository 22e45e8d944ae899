import path from "node:path";
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";
import { timingSummary, type Timed } from "../test/timings";

/**
 * Prints, at the end of every Playwright run, each spec file's time (the sum
 * of its tests', hooks and fixtures included) and the slowest ten tests, so
 * the run says where its minutes went. Listed in playwright.config.ts.
 */
export default class TimingsReporter implements Reporter {
  private readonly files = new Map<string, number>();
  private readonly tests: Timed[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    const file = path.relative(process.cwd(), test.location.file);
    this.files.set(file, (this.files.get(file) ?? 0) + result.duration);
    this.tests.push({ name: `${file} › ${test.titlePath().slice(3).join(" › ")}`, ms: result.duration });
  }

  onEnd(result: FullResult) {
    if (this.tests.length === 0) return; // --list, or nothing matched
    const files = [...this.files].map(([name, ms]) => ({ name, ms }));
    console.log(timingSummary("End-to-end test timings", files, this.tests, result.duration));
  }

  printsToStdio() {
    return false;
  }
}
