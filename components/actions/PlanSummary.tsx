import Link from "next/link";
import type { PlanCounts } from "@/lib/actions/plan";
import type { PlanQuery } from "@/lib/actions/filters";
import { ACTION_STATUSES, STATUS_LABELS } from "@/lib/actions/status";
import { StatusOptions } from "./StatusOptions";

/** The plan's counts: by status, overdue, and due in the next 3 months. */
export function PlanCounts({ counts }: { counts: PlanCounts }) {
  return (
    // Seven columns do not fit a phone: the table scrolls in its own region, the page does not.
    <div className="table-scroll mb-6" tabIndex={0} role="region" aria-label="Counts of actions">
      <table>
        <caption className="caption-m">Actions ({counts.total})</caption>
        <thead>
          <tr>
            {ACTION_STATUSES.map((s) => (
              <th scope="col" key={s} className="numeric">
                {STATUS_LABELS[s]}
              </th>
            ))}
            <th scope="col" className="numeric">
              Overdue
            </th>
            <th scope="col" className="numeric">
              Due in the next 3 months
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            {ACTION_STATUSES.map((s) => (
              <td key={s} className="numeric">
                {counts.byStatus[s]}
              </td>
            ))}
            <td className="numeric">{counts.overdue}</td>
            <td className="numeric">{counts.dueSoon}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Filters as a GET form, so every view of the plan has its own address. */
export function PlanFilters({ query, path }: { query: PlanQuery; path: string }) {
  return (
    <form method="get" action={path} className="mb-6 flex flex-wrap items-end gap-4 print:hidden" aria-label="Filter actions">
      {query.report && <input type="hidden" name="report" value={query.report} />}
      <div className="form-group mb-0">
        <label className="label" htmlFor="filter-status">
          Show status
        </label>
        <select className="select" id="filter-status" name="status" defaultValue={query.filters.status ?? ""}>
          <option value="">Any status</option>
          <StatusOptions />
        </select>
      </div>
      <div className="form-group mb-0">
        <label className="label" htmlFor="filter-owner">
          Owner contains
        </label>
        <input className="input w-52" id="filter-owner" name="owner" defaultValue={query.filters.owner ?? ""} maxLength={200} />
      </div>
      <div className="form-group mb-0 flex items-center gap-2">
        <input id="filter-overdue" name="overdue" type="checkbox" value="1" defaultChecked={query.filters.overdue} className="size-6" />
        <label htmlFor="filter-overdue">Only overdue actions</label>
      </div>
      <button type="submit" className="button mb-0">
        Apply filters
      </button>
      <Link href={query.report ? `${path}?report=${query.report}` : path}>Clear filters</Link>
    </form>
  );
}
