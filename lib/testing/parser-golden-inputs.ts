/**
 * Every kind of input the parser's tests use, by name: the seed reports, the
 * variants the unit tests make of them, fixed-seed samples of the property
 * tests' generators, the linear-time probes, synthetic corpus reports and
 * texts that are not reports. The golden test pins the parser's output on
 * each, so a restructuring of the parser can prove it changed nothing.
 */
import fc from "fast-check";
import { generateCorpus } from "./synthetic-corpus";
import { mangledReport, randomBytesAsText, randomText, reportWithLinesInParagraph, textOfReportLines } from "./report-arbitraries";
import { seedReportText } from "./reports";

export type NamedInput = [name: string, text: string];

const barnet = seedReportText("barnet");
const dudley = seedReportText("dudley");

function variantsOfSeedReports(): NamedInput[] {
  const wrapped = dudley.replace(/^(\d+\.\d+ .{60,}?) (.*)$/gm, (_, a: string, b: string) => `${a}\n${b.replace(/(.{70,}?) /g, "$1\n")}`);
  return [
    ["barnet", barnet],
    ["dudley", dudley],
    ["barnet crlf", barnet.replace(/\n/g, "\r\n")],
    ["dudley cr", dudley.replace(/\n/g, "\r")],
    ["dudley bom", `\uFEFF${dudley}`],
    ["barnet bom zero-width", `\uFEFF${barnet.replace("Barnet Healthwatch", "Barnet\u200B Healthwatch")}`],
    ["dudley curly quotes", dudley.replace(/'/g, "\u2019")],
    ["dudley tabs nbsp", dudley.replace(/\t/g, "    ").replace(/ (?=\d)/g, "\u00A0")],
    ["barnet tabs", barnet.replace(/\t/g, "   ")],
    ["dudley bullets •", dudley.replace(/^- /gm, "• ")],
    ["barnet bullets *", barnet.replace(/^- /gm, "* ")],
    ["dudley without outcome 11", dudley.replace(/7\. Outcome 11[\s\S]*?(?=8\. Outcome 12)/, "")],
    ["dudley hard-wrapped", wrapped],
    ["dudley one cell per line", dudley.replace(/^(.+)\t(Good|Adequate)$/gm, "$1\n$2")],
    [
      "dudley spelled-out and week deadlines",
      dudley.replace("Within 3 months (from report)", "Within three months").replace("Within 6 months (from report)", "Within 6 weeks"),
    ],
    ["barnet immediate deadline", barnet.replace("### **Within 3 months**", "### **Immediately**")],
    ["dudley without recommendations", dudley.slice(0, dudley.indexOf("Recommendations\n"))],
    ["barnet without context", barnet.replace("**Context:**", "**Background**")],
    ["dudley script in paragraph", dudley.replace("1.1 The contribution", "1.1 <script>alert(1)</script> The contribution")],
    ["dudley without title", dudley.replace(/^Report on the Outcome.*$/m, "")],
    ["dudley without ratings", dudley.replace(/^(.+)\t(Good|Adequate)$/gm, "")],
    ["dudley without sections", dudley.slice(0, dudley.indexOf("1. General"))],
    ["dudley without report date", dudley.replace("Date of Joint Report\t25th January 2012\n", "")],
    ["dudley unreadable report date", dudley.replace("25th January 2012", "sometime in 2012")],
  ];
}

function textsThatAreNotReports(): NamedInput[] {
  return [
    ["empty", ""],
    ["blank", " \n\r\n\t "],
    ["parish minutes", "Minutes of the parish council meeting\n\nApologies were received."],
    ["parish minutes, nothing to report", "Minutes of the parish council\n\nNothing to report."],
    // The unit test feeds the parser its own source; that changes, so a fixed piece of code stands for it here.
    [
      "source code",
      "import { x } from './y';\n\n/** Parses. */\nexport function parseReport(input: string) {\n  return input.split('\\n');\n}\n",
    ],
  ];
}

/**
 * The least a text needs to be read as a report: a title, a report date, a
 * rating and a findings paragraph, with room in the middle for a probe.
 */
const smallestReport = (middle: string) =>
  `Inspection of services in Testshire\nDate of Joint Report\t1st March 2012\nCapacity for improvement\tGood\n${middle}\n13. Outcome 21 Records\n13.1 Kept well.\n`;

/** The linear-time probes of the property test, shorter (the output, not the time, is pinned here), alone and inside a report. */
function hostileInputs(): NamedInput[] {
  return hostileProbes().flatMap(([name, text]): NamedInput[] => [
    [name, text],
    [`${name}, in a report`, smallestReport(text)],
  ]);
}

function hostileProbes(): NamedInput[] {
  const N = 6000;
  return [
    ["one long word", "a".repeat(N)],
    ["spaces then a grade", `${" ".repeat(N)}x Good`],
    ["a rating row that never ends", `Overall effectiveness ${"of the ".repeat(N / 7)}`],
    ["a paragraph ref before endless dots", `1.1 ${".".repeat(N)}`],
    ["unclosed markup", "<b>".repeat(N / 3)],
    ["unclosed sup", "<sup>1".repeat(N / 6)],
    ["unclosed links", "[x](".repeat(N / 4)],
    ["an attribution that never closes", `- ensure (Ofsted, ${"January ".repeat(N / 8)}`],
    ["a lead-in that never ends", `${"NHS take ".repeat(N / 9)}action to`],
    ["a deadline that never ends", `Within 3 ${"months ".repeat(N / 7)}`],
    ["dates", "9th January 2012 - ".repeat(N / 19)],
    ["many short lines", "1.1\n".repeat(N / 4)],
    ["many council lines", "Barnet Council\n".repeat(N / 15)],
    ["many section headings", "1. Outcome 4 Care\n".repeat(N / 18)],
    ["many unnumbered paragraphs", `1. General – x\n${"Some text.\n\n".repeat(N / 12)}`],
    ["a long context", `Context\n${"There are 5 children.\n\n".repeat(N / 23)}`],
    ["many footnotes", `1. General – x\n1.1 a<sup>1</sup>\n---\n${"1 note\n".repeat(N / 7)}`],
    ["many recommendations", `Recommendations\nWithin 3 months\n${"- do it\n".repeat(N / 8)}`],
    ["many ratings", `Safeguarding Inspection Outcome\n${"Capacity for improvement Good\n".repeat(N / 30)}`],
    ["the reports run together", `${barnet}\n${dudley}`],
  ];
}

function sampled(name: string, arbitrary: fc.Arbitrary<string>, seed: number, count: number): NamedInput[] {
  return fc.sample(arbitrary, { seed, numRuns: count }).map((text, i) => [`${name} #${i}`, text]);
}

function propertyTestSamples(): NamedInput[] {
  return [
    ...sampled("random text", randomText, 1, 60),
    ...sampled("random bytes", randomBytesAsText, 2, 60),
    ...sampled("report lines", textOfReportLines, 3, 40),
    ...sampled(
      "report lines after a header",
      textOfReportLines.map((text) => `${dudley.slice(0, dudley.indexOf("Context"))}${text}`),
      6,
      80,
    ),
    ...sampled("mangled report", mangledReport, 4, 120),
    ...sampled(
      "lines added to 1.1",
      reportWithLinesInParagraph.map(({ lines }) => lines.join("\n")),
      5,
      60,
    ),
  ];
}

function syntheticReports(): NamedInput[] {
  return [20120224, 7, 99].flatMap((seed) => generateCorpus(6, seed).map((r): NamedInput => [`synthetic ${seed} ${r.slug}`, r.text]));
}

export function parserGoldenInputs(): NamedInput[] {
  return [...variantsOfSeedReports(), ...textsThatAreNotReports(), ...hostileInputs(), ...propertyTestSamples(), ...syntheticReports()];
}
