import Link from "next/link";
import { formatDate } from "@/lib/formatting/format";

/** The authority's other reports (nothing when it has one), each a link (the latest at the authority's own address). */
export function AuthorityOtherReports(props: { name: string; slug: string; dates: string[]; shown: string; otherDates: string[] }) {
  const { name, dates, shown, otherDates } = props;
  const base = `/authorities/${props.slug}`;
  const latestDate = dates[0];
  if (otherDates.length === 0) return null;
  return (
    <section aria-labelledby="other-reports">
      <h2 id="other-reports">Other reports</h2>
      <p>
        {name} has {dates.length} reports. You are reading the report of {formatDate(shown)}
        {shown === latestDate ? ", the latest." : "."}
      </p>
      <ul>
        {otherDates.map((d) => (
          <li key={d}>
            <Link href={d === latestDate ? base : `${base}?report=${d}`}>
              Report of {formatDate(d)}
              {d === latestDate && " (latest)"}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
