import { describe, expect, it } from "vitest";
import { COUNCILS, councilByCode, matchCouncil, statisticalNeighbours } from ".";

/** How councils commonly write their own names, by the lookup's type of authority. */
function commonForms(name: string, type: string | null): string[] {
  const forms = [`${name} Council`];
  if (type === "London Borough") forms.push(`London Borough of ${name}`, `${name} London Borough Council`);
  if (type === "Metropolitan District")
    forms.push(
      `${name} MBC`,
      `${name} Metropolitan Borough Council`,
      `Metropolitan Borough of ${name}`,
      `${name} Metropolitan District Council`,
    );
  if (type === "County") forms.push(`${name} County Council`);
  if (type === "Unitary Authority") forms.push(`${name} Borough Council`, `${name} City Council`, `${name} UA`);
  const withAmpersand = forms.filter((f) => / and /.test(f)).map((f) => f.replace(/ and /g, " & "));
  const withSaint = forms.filter((f) => /\bSt\. /.test(f)).flatMap((f) => [f.replace(/\bSt\. /g, "St "), f.replace(/\bSt\. /g, "Saint ")]);
  return [...forms, ...withAmpersand, ...withSaint, name.toUpperCase(), `  ${name.toLowerCase()}  `];
}

describe("matchCouncil: every council of the lookup", () => {
  for (const council of COUNCILS) {
    it(`${council.name} (${council.laNumber}) by its own name, other names and common forms`, () => {
      for (const form of [council.name, ...council.otherNames, ...commonForms(council.name, council.type)]) {
        expect(matchCouncil(form)?.laNumber, form).toBe(council.laNumber);
      }
    });
  }
});

// Frozen: written by hand from councils' own usage before the rules were; never tuned against.
const HELD_OUT: [string, string][] = [
  ["London Borough of Barnet", "302"],
  ["Barnet Council", "302"],
  ["Dudley MBC", "332"],
  ["Dudley Metropolitan Borough Council", "332"],
  ["Bristol, City of", "801"],
  ["Bristol City Council", "801"],
  ["City of Bristol", "801"],
  ["Royal Borough of Kensington and Chelsea", "207"],
  ["Royal Borough of Kingston upon Thames", "314"],
  ["The Royal Borough of Windsor & Maidenhead", "868"],
  ["Royal Borough of Greenwich", "203"],
  ["London Borough of Hammersmith & Fulham", "205"],
  ["City of York Council", "816"],
  ["City of Bradford Metropolitan District Council", "380"],
  ["Westminster City Council", "213"],
  ["City of London", "201"],
  ["City of London Corporation", "201"],
  ["Kingston upon Hull City Council", "810"],
  ["Hull City Council", "810"],
  ["Herefordshire, County of", "884"],
  ["Durham County Council", "840"],
  ["County Durham", "840"],
  ["Council of the Isles of Scilly", "420"],
  ["St Helens Council", "342"],
  ["Saint Helens", "342"],
  ["Brighton & Hove City Council", "846"],
  ["Bath & North East Somerset Council", "800"],
  ["Telford & Wrekin Council", "894"],
  ["Stoke-on-Trent City Council", "861"],
  ["Southend-on-Sea Borough Council", "882"],
  ["Newcastle City Council", "391"],
  ["Bedford Borough Council", "822"],
  ["Bournemouth, Christchurch and Poole Council", "839"],
  ["BCP Council", "839"],
  ["Cumbria County Council", "909"],
  ["Northamptonshire County Council", "928"],
  ["Borough of Poole", "836"],
  ["Bournemouth Borough Council", "837"],
  ["Wirral Metropolitan Borough Council", "344"],
  ["Cheshire West and Chester Council", "896"],
];

describe("matchCouncil: names written by councils (held out)", () => {
  it.each(HELD_OUT)("%s → %s", (name, laNumber) => {
    expect(matchCouncil(name)?.laNumber).toBe(laNumber);
  });
});

describe("matchCouncil: no false match", () => {
  it.each([
    ["Bristol", "801"],
    ["Somerset", "933"],
    ["North Somerset", "802"],
    ["Lincolnshire", "925"],
    ["North Lincolnshire", "813"],
    ["Bedford", "822"],
    ["Central Bedfordshire", "823"],
    ["Northamptonshire", "928"],
    ["North Northamptonshire", "940"],
    ["Cumbria", "909"],
    ["Cumberland", "942"],
    ["Kingston upon Thames", "314"],
    ["Nottingham", "892"],
    ["Nottinghamshire", "891"],
    ["Leicester", "856"],
    ["Poole", "836"],
  ])("%s is %s and no other", (name, laNumber) => {
    expect(matchCouncil(name)?.laNumber).toBe(laNumber);
  });

  it.each([
    "Bath",
    "Kingston",
    "North",
    "London",
    "Yorkshire",
    "Sussex",
    "Council",
    "County Council",
    "Borough of",
    "",
    "Bristo",
    "Barnett",
    "Wales",
  ])("%j matches nothing", (name) => {
    expect(matchCouncil(name)).toBeNull();
  });

  it("never matches Bristol to Bath and North East Somerset, nor the reverse", () => {
    expect(matchCouncil("Bristol")?.name).toBe("Bristol, City of");
    expect(matchCouncil("Bath and North East Somerset")?.name).toBe("Bath and North East Somerset");
  });
});

describe("councilByCode", () => {
  it("reads an LA number or an ONS code of any case", () => {
    expect(councilByCode("302")?.name).toBe("Barnet");
    expect(councilByCode("E09000003")?.name).toBe("Barnet");
    expect(councilByCode("e09000003")?.name).toBe("Barnet");
    expect(councilByCode("999")).toBeNull();
    expect(councilByCode("barnet")).toBeNull();
  });

  it("gives the lookup's 153 authorities of 2023 and Barnet's ten neighbours in its order", () => {
    expect(COUNCILS.filter((c) => c.current)).toHaveLength(153);
    expect(statisticalNeighbours(councilByCode("302")!).map((c) => c.laNumber)).toEqual([
      "320",
      "870",
      "310",
      "317",
      "315",
      "306",
      "209",
      "312",
      "309",
      "307",
    ]);
  });
});
