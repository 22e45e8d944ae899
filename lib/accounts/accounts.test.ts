import { describe, expect, it } from "vitest";
import { canEditPlan, canReadPlan, isAdmin, type Person } from "./roles";
import { clientAddress } from "./sign-in-limit";
import { lockedMessage, safeNext } from "./sign-in";

const person = (role: Person["role"], authorityIds: number[]): Person => ({
  id: role,
  name: role,
  email: `${role}@x.org`,
  role,
  authorityIds,
});
const BARNET = 1;
const DUDLEY = 2;

describe("who may do what", () => {
  const cases: [string, Person | null, [boolean, boolean, boolean, boolean, boolean]][] = [
    // read Barnet, read Dudley, edit Barnet, edit Dudley, admin
    ["anonymous", null, [false, false, false, false, false]],
    ["viewer of Barnet", person("viewer", [BARNET]), [true, false, false, false, false]],
    ["editor of Barnet", person("editor", [BARNET]), [true, false, true, false, false]],
    ["editor of Dudley", person("editor", [DUDLEY]), [false, true, false, true, false]],
    ["admin", person("admin", []), [true, true, true, true, true]],
  ];
  for (const [name, who, expected] of cases) {
    it(name, () => {
      expect([
        canReadPlan(who, BARNET),
        canReadPlan(who, DUDLEY),
        canEditPlan(who, BARNET),
        canEditPlan(who, DUDLEY),
        isAdmin(who),
      ]).toEqual(expected);
    });
  }
});

describe("sign-in helpers", () => {
  it("says when to try again, in London time", () => {
    const now = new Date("2012-06-01T10:00:00Z");
    expect(lockedMessage(new Date("2012-06-01T10:15:00Z"), now)).toBe(
      "Too many failed attempts to sign in. Try again after 11:15 (in 15 minutes).",
    );
  });
  it("goes on only to a path of this site", () => {
    expect(safeNext("/authorities/barnet/actions?status=completed")).toBe("/authorities/barnet/actions?status=completed");
    for (const bad of ["//evil.example", "https://evil.example", "/\\evil.example", "", undefined]) expect(safeNext(bad)).toBe("/actions");
  });
  it("takes the address nginx added, not the client's own say", () => {
    expect(clientAddress("1.2.3.4, 10.0.0.7")).toBe("10.0.0.7");
    expect(clientAddress(null)).toBe("unknown");
  });
});
