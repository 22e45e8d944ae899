import { describe, expect, it } from "vitest";
import { parseRecommendationFilters } from "../requests/params";
import type { RecommendationRow } from "../queries/recommendations";
import {
  appliedFilters,
  countText,
  downloadHref,
  filterErrorMessages,
  filterQuery,
  inFilterOrder,
  recommendationsCsv,
  REGISTER_RESULTS_ID,
  registerHref,
  unknownAuthorityError,
  withoutEmptyParams,
} from "./register";

describe("filterQuery and links", () => {
  const filters = { deadline: "6", authority: "barnet", source: "Ofsted" as const, q: "designated doctor" };

  it("keeps every filter in a fixed order and leaves out page 1", () => {
    expect(filterQuery({ q: "x", deadline: "3" })).toBe("?deadline=3&q=x");
    expect(registerHref(filters)).toBe("/recommendations?deadline=6&authority=barnet&source=Ofsted&q=designated+doctor");
    expect(registerHref(filters, { page: 1 })).toBe(registerHref(filters));
    expect(registerHref(filters, { page: 2 })).toMatch(/&page=2$/);
    expect(registerHref({})).toBe("/recommendations");
  });

  it("leads to an anchor when asked: page links keep the reader at the results", () => {
    expect(registerHref({ group: "council" }, { page: 2, anchor: REGISTER_RESULTS_ID })).toBe(
      "/recommendations?group=council&page=2#results-count",
    );
    expect(registerHref({}, { anchor: REGISTER_RESULTS_ID })).toBe("/recommendations#results-count");
  });

  it("drops one filter, or adds a download format", () => {
    expect(registerHref(filters, { without: "authority" })).toBe("/recommendations?deadline=6&source=Ofsted&q=designated+doctor");
    expect(downloadHref({ deadline: "6" }, "csv")).toBe("/api/recommendations?deadline=6&format=csv");
    expect(downloadHref({}, "json")).toBe("/api/recommendations?format=json");
  });

  it("round-trips through the parser", () => {
    const parsed = parseRecommendationFilters(Object.fromEntries(new URLSearchParams(filterQuery(filters))));
    expect(parsed).toEqual({ ok: true, value: { ...filters, page: 1 } });
  });
});

describe("appliedFilters", () => {
  it("describes each filter in words, with a link that removes only it", () => {
    const applied = appliedFilters(
      { deadline: "6", authority: "barnet", source: "Ofsted", dueAfter: "2012-05-01", dueBefore: "2012-08-24", q: "doctor" },
      (slug) => (slug === "barnet" ? "Barnet" : undefined),
    );
    expect(applied.map((a) => `${a.label}: ${a.value}`)).toEqual([
      "Deadline: Within 6 months",
      "Authority: Barnet",
      "Source: Ofsted",
      "Due on or after: 1 May 2012",
      "Due on or before: 24 August 2012",
      "Containing: “doctor”",
    ]);
    expect(applied[1].removeHref).toBe("/recommendations?deadline=6&source=Ofsted&dueAfter=2012-05-01&dueBefore=2012-08-24&q=doctor");
  });

  it("shows an unknown authority's slug, and nothing when no filters are set", () => {
    expect(appliedFilters({ authority: "nowhere" })[0]).toMatchObject({ value: "nowhere", removeHref: "/recommendations" });
    expect(appliedFilters({})).toEqual([]);
  });
});

describe("countText", () => {
  it("counts all recommendations, or those that match", () => {
    expect(countText(17, false)).toBe("17 recommendations");
    expect(countText(1, false)).toBe("1 recommendation");
    expect(countText(0, false)).toBe("No recommendations");
    expect(countText(6, true)).toBe("6 recommendations match");
    expect(countText(1, true)).toBe("1 recommendation matches");
    expect(countText(0, true)).toBe("No recommendations match");
  });
});

describe("withoutEmptyParams", () => {
  it("drops what a GET form sends empty", () => {
    expect(withoutEmptyParams({ q: "", deadline: ["6"], authority: [""], source: " " })).toBe("?deadline=6");
    expect(withoutEmptyParams({ q: [""] })).toBe("");
  });

  it("is null when nothing is empty, so the page does not redirect", () => {
    expect(withoutEmptyParams({ deadline: "6", q: ["a b"] })).toBeNull();
    expect(withoutEmptyParams({})).toBeNull();
  });

  it("keeps invalid and repeated values for the page to report", () => {
    expect(withoutEmptyParams({ deadline: ["abc", ""], x: "1", q: "" })).toBe("?deadline=abc&x=1");
  });
});

describe("filterErrorMessages", () => {
  const messages = (raw: Record<string, string>) => {
    const parsed = parseRecommendationFilters(raw);
    if (parsed.ok) throw new Error("expected errors");
    return filterErrorMessages(parsed.errors, raw);
  };

  it("words each error for the form and names the value given", () => {
    expect(messages({ deadline: "abc", source: "nope", dueBefore: "2012-13-45" })).toEqual([
      { param: "deadline", message: "Select a deadline from the list: ‘abc’ is not a deadline" },
      { param: "source", message: "Select CQC or Ofsted as the source: ‘nope’ is not a source" },
      { param: "dueBefore", message: "Enter a real date for ‘Due on or before’, like 2012-05-24: ‘2012-13-45’ is not a date" },
    ]);
    expect(messages({ authority: "Barnet!" })[0].message).toBe("Select an authority from the list: ‘Barnet!’ is not an authority");
    expect(messages({ q: "x".repeat(201) })[0].message).toBe("Search text must be 200 characters or fewer");
  });

  it("explains dates the wrong way round", () => {
    expect(messages({ dueAfter: "2012-09-01", dueBefore: "2012-01-01" })).toEqual([
      { param: "dueAfter", message: "‘Due on or after’ must be the same as or before ‘Due on or before’" },
    ]);
  });

  it("gives page errors no field link, and shortens long values", () => {
    expect(messages({ page: "abc" })).toEqual([{ param: "", message: "Enter a page number of 1 or more: ‘abc’ is not a page number" }]);
    expect(messages({ deadline: "x".repeat(60) })[0].message).toContain(`‘${"x".repeat(40)}…’`);
  });
});

describe("recommendationsCsv", () => {
  const row = (over: Partial<RecommendationRow>): RecommendationRow => ({
    id: 1,
    authority: { slug: "barnet", name: "Barnet", laNumber: "302", onsCode: "E09000003", onsRegion: "London" },
    reportDate: "2012-02-24",
    deadline: { key: "6", label: "Within 6 months" },
    dueDate: "2012-08-24",
    addressee: "NHS Barnet and NHS providers",
    text: "appoint a designated doctor",
    source: "Ofsted",
    attribution: "Ofsted, February 2012",
    ...over,
  });

  it("has a header row and one row per recommendation, quoting commas and quotes", () => {
    const csv = recommendationsCsv([row({}), row({ source: "CQC", attribution: null, addressee: null, text: 'say "no", then =SUM(1)' })]);
    expect(csv.split("\r\n")).toEqual([
      "authority,authority_slug,la_number,ons_code,ons_region,report_date,deadline,deadline_key,due_date,addressee,text,source,attribution",
      'Barnet,barnet,302,E09000003,London,2012-02-24,Within 6 months,6,2012-08-24,NHS Barnet and NHS providers,appoint a designated doctor,Ofsted,"Ofsted, February 2012"',
      'Barnet,barnet,302,E09000003,London,2012-02-24,Within 6 months,6,2012-08-24,,"say ""no"", then =SUM(1)",CQC,',
      "",
    ]);
  });

  it("is just the header for no rows", () => {
    expect(recommendationsCsv([])).toBe(
      "authority,authority_slug,la_number,ons_code,ons_region,report_date,deadline,deadline_key,due_date,addressee,text,source,attribution\r\n",
    );
  });
});

describe("unknownAuthorityError and inFilterOrder", () => {
  it("says a typed authority matches none, quoting what was typed", () => {
    expect(unknownAuthorityError("Narnia")).toEqual({
      param: "authority",
      message: "There is no authority called ‘Narnia’. Check the spelling",
    });
  });

  it("puts errors in the filters' order, the page number's last", () => {
    const errors = [
      { param: "", message: "page" },
      { param: "source", message: "source" },
      { param: "authority", message: "authority" },
      { param: "deadline", message: "deadline" },
    ];
    expect(inFilterOrder(errors).map((e) => e.message)).toEqual(["deadline", "authority", "source", "page"]);
  });
});
