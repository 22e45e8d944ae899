import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";

/**
 * The accessibility standard every page is held to: WCAG 2.2 AA (which takes
 * in 2.0 and 2.1 A and AA, and target size), plus axe's best practices, which
 * the suite has always run and which catch landmark and heading mistakes.
 */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

interface Fixtures {
  /** Runs axe on the page as it stands and fails the test on any violation. */
  expectAccessible: () => Promise<void>;
}

export const test = base.extend<Fixtures>({
  expectAccessible: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations).toEqual([]);
    });
  },
});

export { expect };
