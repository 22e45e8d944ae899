import { describe, expect, it } from "vitest";
import { bareLines, blocksOf, seedBlocks } from "../../testing/seed-blocks";
import { seedReportText } from "../../testing/reports";
import { documentLines } from "./lines";
import { findTitle, metadataOf, readPreamble } from "./metadata";

describe("findTitle", () => {
  it("finds the title line of each seed report", () => {
    expect(findTitle(documentLines(seedReportText("barnet")))).toEqual({ authority: "Barnet", lineIndexes: [2] });
    expect(findTitle(documentLines(seedReportText("dudley")))).toEqual({ authority: "Dudley", lineIndexes: [2] });
  });

  it("takes the name from the next line when the title breaks after 'Services in'", () => {
    expect(findTitle(documentLines("\nIntegrated Inspection of Looked After Children's Services in\nNorth Somerset\n"))).toEqual({
      authority: "North Somerset",
      lineIndexes: [1, 2],
    });
  });

  it("looks only among the first twelve non-blank lines", () => {
    const prose = Array.from({ length: 12 }, (_, i) => `Line ${i}.\n`).join("\n");
    expect(findTitle(documentLines(`${prose}Inspection of services in Barnet`))).toBeNull();
    expect(findTitle(documentLines(`${prose.slice(prose.indexOf("Line 1."))}Inspection of services in Barnet`))?.authority).toBe("Barnet");
  });
});

describe("readPreamble", () => {
  it("reads Dudley's labelled values and the council named above the ratings", () => {
    const { blocks, document } = seedBlocks("dudley");
    const preamble = readPreamble(blocks.preamble, document);
    expect(preamble.meta).toEqual({
      inspectionDates: "28th November 2011 - 9th December 2011",
      reportDate: "25th January 2012",
      commissioningPct: "NHS Dudley",
      inspector: "Sue Talbot",
      providers:
        "Black Country Partnership NHS Foundation Trust Dudley Group NHS Foundation Trust Dudley and Walsall Mental Health Partnership NHS Trust",
      region: "West Midlands",
      regionalDirector: "Dr Andrea Gordon",
    });
    expect(preamble.councilName).toBe("Dudley");
    expect(preamble.tableStart).toBe(-1);
  });

  it("reads a value from the line after its label", () => {
    const { blocks, document } = blocksOf(
      seedReportText("dudley").replace("Commissioning PCT\tNHS Dudley", "Commissioning PCT\nNHS Dudley and Friends"),
    );
    expect(readPreamble(blocks.preamble, document).meta.commissioningPct).toBe("NHS Dudley and Friends");
  });

  it("reads a row longer than a short line: six provider trusts by their full names", () => {
    const trusts = [
      "Birmingham Community Healthcare NHS Foundation Trust",
      "Black Country Partnership NHS Foundation Trust",
      "The Dudley Group of Hospitals NHS Foundation Trust",
      "Dudley and Walsall Mental Health Partnership NHS Trust",
      "West Midlands Ambulance Service University NHS Foundation Trust",
      "Birmingham Women's and Children's NHS Foundation Trust",
    ].join(", ");
    expect(trusts.length).toBeGreaterThan(300);
    const { blocks, document } = blocksOf(seedReportText("dudley").replace(/^(Provider Services Included:?)\t.*$/m, `$1\t${trusts}`));
    expect(readPreamble(blocks.preamble, document).meta.providers).toBe(trusts);
  });

  it("finds where a ratings table without its header rows starts", () => {
    const withoutHeaders = seedReportText("dudley").replace(/^.*Inspection Outcome\tAggregated inspection finding\n/gm, "");
    const { blocks, document } = blocksOf(withoutHeaders);
    const preamble = readPreamble(blocks.preamble, document);
    expect(bareLines(blocks.preamble.slice(preamble.tableStart))[0]).toBe("Overall effectiveness of the safeguarding services Adequate");
    expect(preamble.councilName).toBeNull();
  });
});

describe("metadataOf", () => {
  it("turns Barnet's values into the report's metadata, without warnings", () => {
    const { blocks, document } = seedBlocks("barnet");
    const metadata = metadataOf(readPreamble(blocks.preamble, document).meta);
    expect(metadata.inspection).toEqual({ start: "2012-01-09", end: "2012-01-20" });
    expect(metadata.providers).toHaveLength(3);
    expect(metadata.warnings).toEqual([]);
  });

  it("warns about each value missing or not understood", () => {
    expect(metadataOf({ inspectionDates: "last winter", reportDate: "1 March 2012" }).warnings).toEqual([
      "inspection dates not understood: 'last winter'",
      "no commissioning PCT found",
      "no CQC inspector found",
      "no provider services found",
      "no CQC region found",
      "no CQC regional director found",
    ]);
  });
});
