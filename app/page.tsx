import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { listAuthorities } from "@/lib/queries/authorities";

// Reads the database on every request: the data changes when it is re-seeded,
// and nothing may be read from it at build time.
export const dynamic = "force-dynamic";

// The root layout's title template does not apply to a page in its own
// segment, so the full title is given here.
export const metadata: Metadata = {
  title: { absolute: "Local authorities – Children's services inspections" },
};

export default async function HomePage() {
  const authorities = await listAuthorities();

  return (
    <>
      <h1>Local authorities</h1>
      <p className="lead">
        Read the Care Quality Commission&rsquo;s reports on safeguarding and looked after children&rsquo;s health
        services in each local authority area.
      </p>

      {authorities.length === 0 ? (
        <div className="inset-text">
          <p>No inspection reports are loaded.</p>
          <p>
            To load them, run <code>npm run seed</code> and reload this page.
          </p>
        </div>
      ) : (
        <table>
          <caption>
            {authorities.length === 1 ? "1 authority" : `${authorities.length} authorities`} with an inspection
            report
          </caption>
          <thead>
            <tr>
              <th scope="col">Authority</th>
              <th scope="col">Region</th>
              <th scope="col">Report published</th>
            </tr>
          </thead>
          <tbody>
            {authorities.map((a) => (
              <tr key={a.slug}>
                <td>
                  <Link href={`/authorities/${a.slug}`}>{a.name}</Link>
                </td>
                <td>{a.region ?? <span className="hint">Not stated</span>}</td>
                <td>
                  <time dateTime={a.reportDate} className="nowrap">{formatDate(a.reportDate)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
