import { db } from "../db";

export interface AuthoritySummary {
  slug: string;
  name: string;
  region: string | null;
  reportDate: string;
}

/** Every authority with its latest report's date and region, by name. */
export async function listAuthorities(): Promise<AuthoritySummary[]> {
  const authorities = await db.authority.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      reports: { orderBy: { reportDate: "desc" }, take: 1, select: { reportDate: true, region: true } },
    },
  });
  return authorities
    .filter((a) => a.reports.length > 0)
    .map((a) => ({ slug: a.slug, name: a.name, region: a.reports[0].region, reportDate: a.reports[0].reportDate }));
}
