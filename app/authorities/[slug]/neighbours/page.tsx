import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NeighbourGrades } from "@/components/councils/NeighbourGrades";
import { PageCaption } from "@/components/PageCaption";
import { summarizeDifferences } from "@/lib/councils/neighbours-view";
import { formatDate } from "@/lib/formatting/format";
import { SLUG } from "@/lib/requests/params";
import { neighbourComparisons } from "@/lib/queries/councils";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => (SLUG.safeParse(slug).success ? neighbourComparisons(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).slug);
  return data ? { title: `${data.name} and its statistical neighbours` } : { title: "Page not found" };
}

export default async function NeighboursPage({ params }: Props) {
  const data = await load((await params).slug);
  if (!data) notFound();
  const withReports = data.neighbours.filter((n) => n.report && n.differences);
  const without = data.neighbours.filter((n) => !n.report);
  const base = `/authorities/${data.slug}`;

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/", label: "Local authorities" },
          { href: base, label: data.name },
        ]}
        current="Statistical neighbours"
      />
      <PageCaption>{data.name}</PageCaption>
      <h1>{data.name} and its statistical neighbours</h1>
      {!data.council ? (
        <p>
          {data.name} matches no council in the lookup, so its statistical neighbours are not known.{" "}
          <Link href={base}>Back to its report</Link>.
        </p>
      ) : data.neighbours.length === 0 ? (
        <p>The lookup gives {data.name} no statistical neighbours.</p>
      ) : (
        <>
          <p className="lead">
            The ten councils most like {data.name}, most similar first. Of them,{" "}
            {withReports.length === 0 ? "none has" : `${withReports.length} ${withReports.length === 1 ? "has" : "have"}`} a report loaded.
          </p>
          <NeighbourGrades
            caption={`Grades of ${data.name}'s report of ${formatDate(data.reportDate)} and its neighbours' latest reports`}
            rows={[
              { name: data.name, grades: data.grades, own: true },
              ...withReports.map((n) => ({ name: n.council.name, grades: n.report!.grades })),
            ]}
          />
          {withReports.map((n) => (
            <section key={n.council.laNumber} aria-labelledby={`with-${n.council.laNumber}`}>
              <h2 id={`with-${n.council.laNumber}`}>
                {data.name} and {n.council.name}
              </h2>
              <p>
                Neighbour {n.rank} of 10. {summarizeDifferences(data.name, n.council.name, n.differences!)}{" "}
                <Link href={n.compareHref!}>
                  Compare {data.name} with {n.council.name} in full
                </Link>
                .
              </p>
              <ul>
                {n.differences!.map((d) => (
                  <li key={d.judgement}>
                    {d.judgement}: {d.words}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {without.length > 0 && (
            <>
              <h2 id="no-report">Neighbours with no report loaded</h2>
              <ul>
                {without.map((n) => (
                  <li key={n.council.laNumber}>
                    {n.council.name} (neighbour {n.rank} of 10)
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}
