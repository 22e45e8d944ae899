import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading underscore marks a value left unused on purpose (a destructured
      // field skipped, a handler's unused argument), as TypeScript's own convention.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Imports run one way: app/ uses components/ and lib/, components/ uses lib/,
    // lib/ uses only lib/ (and packages). bench/ and scripts/ may use lib/, never the reverse.
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)(app|components|bench|scripts|e2e)(/|$)",
              message: "lib/ is the core: it must not import from app/, components/, bench/, scripts/ or e2e/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(@/|(\\.\\./)+)app(/|$)", message: "components/ must not import from app/: move what both need into lib/." },
          ],
        },
      ],
    },
  },
  {
    // A function a reader can hold in mind: at most 80 lines of code in app/, components/ and
    // lib/ (tests' describe blocks are lists of cases, not functions to read through).
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    // Playwright hands each fixture a function named \`use\`: not React's.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "lib/generated/**",
    "next-env.d.ts",
    "bench/tmp/**",
    "test-results*/**",
    "playwright-report/**",
    "data/**",
  ]),
]);
