import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { fullOptions, PRODUCTION_ENV, PRODUCTION_NODE_OPTIONS, smokeOptions } from "./run";

describe("benchmark options", () => {
  it("run the server with the node options npm run up uses", () => {
    const start = fs.readFileSync(new URL("../scripts/start.sh", import.meta.url), "utf8");
    expect(start).toContain(`NODE_OPTIONS="\${NODE_OPTIONS:-${PRODUCTION_NODE_OPTIONS.join(" ")}}"`);
    for (const [name, value] of Object.entries(PRODUCTION_ENV)) expect(start).toContain(`export ${name}="\${${name}:-${value}}"`);
    expect(fullOptions().serverNodeArgs).toEqual(PRODUCTION_NODE_OPTIONS);
    expect(smokeOptions().serverNodeArgs).toEqual(PRODUCTION_NODE_OPTIONS);
  });
});
