import { Prisma } from "../generated/prisma/client";

/** The codes (lib/councils/codes.ts) of the authority joined as `a`, for a SELECT list. */
export const CODE_COLUMNS = Prisma.sql`a.laNumber AS laNumber, a.onsCode AS onsCode, a.onsRegion AS onsRegion`;
