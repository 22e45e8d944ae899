import { z } from "zod";
import { THEMES } from "../assessment";
import { REGION_PARAM } from "../councils/regions";
import { firstParam, pageNumber, type Parsed, parseWith, type RawParams } from "./params";

/*
 * The options of the themes matrix (issue 26): the region and the theme to
 * sort by. The reader is shared by the page and its API route, with
 * params.ts's messages.
 */

const themesMatrixParams = z.object({
  region: REGION_PARAM.optional(),
  sort: z
    .string()
    .refine((id) => THEMES.some((t) => t.id === id), "is not one of the themes listed at /themes (or leave it out, for A to Z)")
    .optional(),
  page: pageNumber(100_000),
});

export type ThemesMatrixParams = z.output<typeof themesMatrixParams>;

/** Validates the themes matrix's `region`, `sort` (a theme id: most concerns on it first) and `page`. */
export function parseThemesMatrixParams(raw: RawParams): Parsed<ThemesMatrixParams> {
  return parseWith(themesMatrixParams, { region: firstParam(raw.region), sort: firstParam(raw.sort), page: firstParam(raw.page) });
}
