import { db } from "../db";
import type { Person } from "../accounts/roles";
import { planCounts, planRows, type PlanCounts, type StoredAction } from "../actions/plan";

export interface PlanOverviewRow {
  slug: string;
  name: string;
  reportDate: string;
  counts: PlanCounts;
}

/**
 * Every plan a person may read (an admin: all), each of its authority's
 * latest report, with its counts: the admin overview, and an editor's or
 * viewer's list of their plans.
 */
export async function planOverview(person: Person, today: string): Promise<PlanOverviewRow[]> {
  const authorities = await db.authority.findMany({
    where: { reports: { some: {} }, ...(person.role === "admin" ? {} : { id: { in: person.authorityIds } }) },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      reports: {
        orderBy: { reportDate: "desc" },
        take: 1,
        select: {
          reportDate: true,
          recommendations: { select: { id: true, position: true, text: true, deadlineLabel: true, dueDate: true, addressee: true } },
        },
      },
    },
  });
  const actions = await db.action.findMany({ where: { authorityId: { in: authorities.map((a) => a.id) } } });
  return authorities.map((authority) => {
    const [report] = authority.reports;
    const own = actions.filter((a) => a.authorityId === authority.id && a.reportDate === report.reportDate) as StoredAction[];
    const recommendations = report.recommendations.map(({ position, ...r }) => ({ ...r, number: position + 1 }));
    return {
      slug: authority.slug,
      name: authority.name,
      reportDate: report.reportDate,
      counts: planCounts(planRows(recommendations, own, today).rows),
    };
  });
}
