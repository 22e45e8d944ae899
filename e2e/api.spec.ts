import fs from "node:fs";
import path from "node:path";
import type { APIResponse } from "@playwright/test";
import { assessReport } from "../lib/report/assess-report";
import { expect, test } from "./fixtures";
import { parseReport } from "../lib/report/parse-report";

const seedReport = (name: "barnet" | "dudley") =>
  assessReport(parseReport(fs.readFileSync(path.join(import.meta.dirname, "..", "seed", "reports", `${name}.txt`), "utf8")));

/** An error response: the status, JSON, never cached, and its body. */
async function expectError(response: APIResponse, status: number) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.json();
  expect(typeof body.error).toBe("string");
  return body as { error: string; details?: { param: string; message: string }[] };
}

test.describe("GET /api/authorities", () => {
  test("lists each authority with its latest report's ratings and recommendation counts", async ({ request }) => {
    const response = await request.get("/api/authorities");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=60");
    const body = await response.json();
    expect(body).toMatchObject({ total: 2, page: 1, pageCount: 1, pageSize: 50 });
    expect(body.authorities.map((a: { slug: string }) => a.slug)).toEqual(["barnet", "dudley"]);
    const [barnet, dudley] = body.authorities;
    expect(barnet).toMatchObject({
      slug: "barnet",
      name: "Barnet",
      region: "London",
      reportDate: "2012-02-24",
      recommendations: { total: 5, dueWithin3Months: 2 },
      url: "/api/authorities/barnet",
    });
    expect(barnet.ratings).toHaveLength(6);
    expect(barnet.ratings[0]).toEqual({
      inspection: "safeguarding",
      judgement: "Overall effectiveness of the safeguarding services",
      grade: "Good",
    });
    expect(dudley).toMatchObject({
      name: "Dudley",
      region: "West Midlands",
      reportDate: "2012-01-25",
      recommendations: { total: 12, dueWithin3Months: 9 },
    });
    expect(dudley.ratings[0].grade).toBe("Adequate");
  });

  test("sorts as the home page does, and refuses unknown sorts", async ({ request }) => {
    const byDate = await (await request.get("/api/authorities?sort=date")).json();
    expect(byDate.authorities.map((a: { slug: string }) => a.slug)).toEqual(["barnet", "dudley"]);
    const byDateAsc = await (await request.get("/api/authorities?sort=date&dir=asc")).json();
    expect(byDateAsc.authorities.map((a: { slug: string }) => a.slug)).toEqual(["dudley", "barnet"]);

    const body = await expectError(await request.get("/api/authorities?sort=colour"), 400);
    expect(body.details).toEqual([{ param: "sort", message: expect.stringContaining("must be name, region, date or a judgement") }]);
  });

  test("pages like the home page, and refuses bad pages and formats", async ({ request }) => {
    const past = await (await request.get("/api/authorities?page=2")).json();
    expect(past).toMatchObject({ total: 2, page: 2, pageCount: 1, authorities: [] });
    const body = await expectError(await request.get("/api/authorities?page=0&format=xml"), 400);
    expect(body.details?.map((d: { param: string }) => d.param)).toEqual(["page", "format"]);
  });

  test("downloads every authority as CSV or JSON, in the order asked for", async ({ request }) => {
    const csv = await request.get("/api/authorities?sort=date&dir=asc&format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toContain('filename="authorities.csv"');
    // Every CSV starts with a byte-order mark, for Excel (docs/decisions/0012-csv-for-excel.md).
    expect((await csv.text()).split("\r\n")).toEqual([
      "\uFEFFauthority,authority_slug,la_number,ons_code,ons_region,region,report_date,safeguarding_overall_effectiveness,safeguarding_capacity_for_improvement,safeguarding_health_agencies_contribution,looked_after_overall_effectiveness,looked_after_capacity_for_improvement,looked_after_being_healthy,recommendations,due_within_3_months",
      "Dudley,dudley,332,E08000027,West Midlands,West Midlands,2012-01-25,Adequate,Good,Adequate,Good,Good,Adequate,12,9",
      "Barnet,barnet,302,E09000003,London,London,2012-02-24,Good,Good,Good,Good,Good,Good,5,2",
      "",
    ]);

    const json = await request.get("/api/authorities?format=json");
    expect(json.headers()["content-disposition"]).toContain('filename="authorities.json"');
    const all = await json.json();
    expect(all.total).toBe(2);
    expect(all.authorities.map((a: { slug: string }) => a.slug)).toEqual(["barnet", "dudley"]);
    expect(all.authorities[1].recommendations).toEqual({ total: 12, dueWithin3Months: 9 });
  });
});

test.describe("GET /api/authorities/{slug}", () => {
  test("returns the latest report as report JSON, exactly as the parser gives it", async ({ request }) => {
    const response = await request.get("/api/authorities/barnet");
    expect(response.status()).toBe(200);
    const report = await response.json();
    expect(report.authority).toBe("Barnet");
    expect(report.reportDate).toBe("2012-02-24");
    expect(report.ratings).toHaveLength(6);
    expect(report.sections).toHaveLength(13);
    expect(report.recommendations).toHaveLength(5);
    expect(report.providers).toHaveLength(3);
    expect(report.warnings).toEqual([]);
    // The parser's report JSON, and the council's codes from the lookup (issue 22).
    expect(report).toEqual({ ...seedReport("barnet"), laNumber: "302", onsCode: "E09000003", onsRegion: "London" });

    expect(await (await request.get("/api/authorities/dudley")).json()).toEqual({
      ...seedReport("dudley"),
      laNumber: "332",
      onsCode: "E08000027",
      onsRegion: "West Midlands",
    });
  });

  test("returns a report by date, with ?report=YYYY-MM-DD", async ({ request }) => {
    const response = await request.get("/api/authorities/barnet?report=2012-02-24");
    expect(response.status()).toBe(200);
    expect((await response.json()).reportDate).toBe("2012-02-24");

    const missing = await expectError(await request.get("/api/authorities/barnet?report=2011-01-01"), 404);
    expect(missing.error).toBe("Barnet has no report dated 2011-01-01; its reports are dated 2012-02-24");

    const invalid = await expectError(await request.get("/api/authorities/barnet?report=2012-02-30"), 400);
    expect(invalid.details).toEqual([{ param: "report", message: expect.stringContaining("YYYY-MM-DD") }]);
  });

  test("404 for an unknown authority, 400 for a slug that cannot be one", async ({ request }) => {
    expect(await expectError(await request.get("/api/authorities/nowhere"), 404)).toEqual({ error: "No authority 'nowhere'" });
    const invalid = await expectError(await request.get("/api/authorities/Not%20A%20Slug"), 400);
    expect(invalid.details).toEqual([{ param: "slug", message: expect.stringContaining("is not an authority name") }]);
  });
});

test.describe("GET /api/compare", () => {
  test("compares two authorities' latest reports", async ({ request }) => {
    const response = await request.get("/api/compare?a=barnet&b=dudley");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.a).toEqual({
      slug: "barnet",
      name: "Barnet",
      reportDate: "2012-02-24",
      laNumber: "302",
      onsCode: "E09000003",
      onsRegion: "London",
    });
    expect(body.b).toEqual({
      slug: "dudley",
      name: "Dudley",
      reportDate: "2012-01-25",
      laNumber: "332",
      onsCode: "E08000027",
      onsRegion: "West Midlands",
    });

    const overall = body.ratings.find((r: { judgement: string }) => r.judgement === "Overall effectiveness of the safeguarding services");
    expect(overall).toMatchObject({ inspection: "safeguarding", a: "Good", b: "Adequate", higher: "a", differs: true });
    expect(body.ratings).toHaveLength(6);

    expect(body.figures.map((f: { label: string }) => f.label)).toEqual([
      "Children and young people",
      "Looked after children",
      "Children on a child protection plan",
    ]);
    expect(body.figures[0].a.value).toBe(88700);
    expect(body.outcomes.length).toBeGreaterThan(0);
    expect(body.outcomes.every((o: { a: unknown; b: unknown }) => o.a !== null || o.b !== null)).toBe(true);

    expect(body.recommendations.a).toHaveLength(5);
    expect(body.recommendations.b).toHaveLength(12);
    expect(body.recommendations.a).toEqual(seedReport("barnet").recommendations);
  });

  test("400 when an authority is missing, invalid or the same twice; 404 when unknown", async ({ request }) => {
    const none = await expectError(await request.get("/api/compare"), 400);
    expect(none.details?.map((d) => d.param)).toEqual(["a", "b"]);

    const onlyA = await expectError(await request.get("/api/compare?a=barnet"), 400);
    expect(onlyA.details).toEqual([{ param: "b", message: expect.stringContaining("b is required") }]);

    const same = await expectError(await request.get("/api/compare?a=barnet&b=barnet"), 400);
    expect(same.details).toEqual([{ param: "b", message: "b must be a different authority from a" }]);

    const invalid = await expectError(await request.get("/api/compare?a=barnet&b=Not%20A%20Slug"), 400);
    expect(invalid.details?.map((d) => d.param)).toEqual(["b"]);

    expect(await expectError(await request.get("/api/compare?a=barnet&b=nowhere"), 404)).toEqual({ error: "No authority 'nowhere'" });
    expect((await expectError(await request.get("/api/compare?a=atlantis&b=nowhere"), 404)).error).toBe(
      "No authority 'atlantis' or 'nowhere'",
    );
  });
});

test.describe("GET /api/recommendations", () => {
  test("lists the register a page at a time", async ({ request }) => {
    const response = await request.get("/api/recommendations");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body).toMatchObject({ total: 17, page: 1, pageCount: 1, pageSize: 50 });
    expect(body.recommendations).toHaveLength(17);
    expect(body.recommendations[0]).toEqual({
      authority: { slug: "dudley", name: "Dudley", laNumber: "332", onsCode: "E08000027", onsRegion: "West Midlands" },
      reportDate: "2012-01-25",
      deadline: { key: "3", label: "Within 3 months (from report)" },
      dueDate: "2012-04-25",
      addressee: "NHS Dudley together with NHS providers",
      text: expect.stringMatching(/^ensure the draft health action plan is implemented/),
      source: "Ofsted",
      attribution: "Ofsted, January 2012",
    });

    const past = await (await request.get("/api/recommendations?page=2")).json();
    expect(past).toMatchObject({ total: 17, page: 2, pageCount: 1, recommendations: [] });
  });

  test("takes the page's filters", async ({ request }) => {
    const get = async (query: string) => (await request.get(`/api/recommendations?${query}`)).json();
    const six = await get("deadline=6");
    expect(six.total).toBe(6);
    expect(six.recommendations.map((r: { authority: { slug: string }; dueDate: string }) => [r.authority.slug, r.dueDate])).toEqual([
      ["dudley", "2012-07-25"],
      ["dudley", "2012-07-25"],
      ["dudley", "2012-07-25"],
      ["barnet", "2012-08-24"],
      ["barnet", "2012-08-24"],
      ["barnet", "2012-08-24"],
    ]);
    expect((await get("deadline=3")).total).toBe(11);
    expect((await get("source=Ofsted")).total).toBe(13);
    expect((await get("authority=barnet&deadline=3")).total).toBe(2);
    expect((await get("dueAfter=2012-05-01&dueBefore=2012-07-31")).total).toBe(5);
    const doctor = await get("q=designated%20doctor");
    expect(doctor.total).toBe(1);
    expect(doctor.recommendations[0].text).toMatch(/^appoint a designated doctor for looked after children/);
  });

  test("downloads every match as CSV or JSON", async ({ request }) => {
    const csv = await request.get("/api/recommendations?source=Ofsted&format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="recommendations.csv"');
    const lines = (await csv.text()).split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFauthority,authority_slug,la_number,ons_code,ons_region,report_date,deadline,deadline_key,due_date,addressee,text,source,attribution",
    );
    expect(lines).toHaveLength(1 + 13 + 1); // header, 13 rows, and the empty string after the last CRLF
    expect(lines[1]).toMatch(
      /^Dudley,dudley,332,E08000027,West Midlands,2012-01-25,Within 3 months \(from report\),3,2012-04-25,NHS Dudley together with NHS providers,/,
    );
    expect(lines[1]).toMatch(/,Ofsted,"Ofsted, January 2012"$/);

    const json = await request.get("/api/recommendations?authority=dudley&format=JSON");
    expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
    expect(json.headers()["content-disposition"]).toBe('attachment; filename="recommendations.json"');
    const body = await json.json();
    expect(body.total).toBe(12);
    expect(body.recommendations).toHaveLength(12);
  });

  test("400 with the parameters at fault", async ({ request }) => {
    const body = await expectError(await request.get("/api/recommendations?deadline=abc&dueBefore=2012-13-45&source=nope&format=xml"), 400);
    expect(body.error).toBe("Invalid request parameters");
    expect(body.details?.map((d) => d.param)).toEqual(["deadline", "source", "dueBefore", "format"]);
    for (const d of body.details ?? []) expect(d.message.length).toBeGreaterThan(10);

    for (const query of ["page=0", "page=abc", "dueAfter=2012-09-01&dueBefore=2012-01-01", "authority=Not%20A%20Slug"]) {
      await expectError(await request.get(`/api/recommendations?${query}`), 400);
    }
  });
});

test.describe("the API as a whole", () => {
  for (const url of ["/api/authorities", "/api/authorities/barnet", "/api/compare?a=barnet&b=dudley", "/api/recommendations"]) {
    test(`${url} answers only GET, HEAD and OPTIONS`, async ({ request }) => {
      for (const method of ["post", "put", "patch", "delete"] as const) {
        const response = await request[method](url);
        const body = await expectError(response, 405);
        expect(response.headers().allow).toBe("GET, HEAD, OPTIONS");
        expect(body.error).toContain("read-only");
      }
      const head = await request.head(url);
      expect(head.status()).toBe(200);
      const options = await request.fetch(url, { method: "OPTIONS" });
      expect(options.status()).toBe(204);
      expect(options.headers().allow).toBe("GET, HEAD, OPTIONS");
    });
  }

  test("unknown API paths are a JSON 404", async ({ request }) => {
    expect(await expectError(await request.get("/api/nothing-here"), 404)).toEqual({ error: "No API endpoint at /api/nothing-here" });
    await expectError(await request.get("/api/authorities/barnet/extra"), 404);
  });
});
