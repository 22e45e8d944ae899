import type { Reporter, TestModule } from "vitest/node";
import { timingSummary, type Timed } from "./timings";

/**
 * Prints, at the end of every vitest run, each test file's time (importing it
 * and running its tests) and the slowest ten tests. Added to the default
 * reporter in vitest.config.ts.
 */
export default class UnitTimingsReporter implements Reporter {
  private started = Date.now();

  onTestRunStart() {
    this.started = Date.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const files: Timed[] = [];
    const tests: Timed[] = [];
    for (const file of modules) {
      const d = file.diagnostic();
      files.push({ name: file.relativeModuleId, ms: d.collectDuration + d.duration });
      for (const test of file.children.allTests()) {
        const ms = test.diagnostic()?.duration;
        if (ms !== undefined) tests.push({ name: `${file.relativeModuleId} › ${test.fullName}`, ms });
      }
    }
    console.log(timingSummary("Unit test timings", files, tests, Date.now() - this.started));
  }
}
