import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ErrorSummary } from "@/components/ErrorSummary";
import { PageCaption } from "@/components/PageCaption";
import { ThemeEvidence } from "@/components/themes/ThemeEvidence";
import { ThemeFilterForm } from "@/components/themes/ThemeFilterForm";
import type { RawParams } from "@/lib/requests/params";
import { loadThemePage } from "@/lib/themes/load-theme-page";
import { findTheme } from "@/lib/themes/theme-pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = findTheme((await params).id);
  return { title: theme ? `${theme.name}: theme across councils` : "Page not found" };
}

export default async function ThemePage({ params, searchParams }: Props) {
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const page = await loadThemePage(id, raw);
  if (!page) notFound();
  const { theme, errors, form, result } = page;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/themes", label: "Themes" }]} current={theme.name} />
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <PageCaption>Theme across councils</PageCaption>
      <h1>{theme.name}</h1>
      <p className="lead">{theme.scope}</p>
      <p className="hint">
        Every finding paragraph and recommendation on this theme in the councils&rsquo; latest reports, council by council.{" "}
        <a href="/about#evidence">How findings are read</a>.
      </p>
      <ThemeFilterForm themeId={theme.id} form={form} />
      {result && (
        <ThemeEvidence
          theme={theme}
          result={result}
          values={form.values}
          authorityName={page.authorityName}
          summary={page.summary}
          groups={page.groups}
        />
      )}
    </>
  );
}
