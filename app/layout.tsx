import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SiteNav } from "@/components/SiteNav";
import "./globals.css";

const SERVICE_NAME = "Children's services inspections";

/** GOV.UK's page width: 960px at most, with 15px gutters on a phone and 30px from tablet width. */
const PAGE_WIDTH = "mx-auto max-w-page px-3.75 sm:px-7.5";

export const metadata: Metadata = {
  title: {
    template: `%s – ${SERVICE_NAME}`,
    default: SERVICE_NAME,
  },
  description:
    "Read, compare and search Care Quality Commission inspection reports on safeguarding and looked after children's health services, 2011–12.",
};

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="en-GB">
      <body>
        <a
          href="#main-content"
          className="absolute -left-[9999px] top-auto bg-focus px-3.75 py-2.5 text-body-s text-ink underline focus:static focus:block focus:text-ink focus:shadow-none focus:outline-3 focus:outline-focus print:hidden"
        >
          Skip to main content
        </a>
        {/* Black bar, white service name, blue stripe underneath. */}
        <header className="border-b-10 border-brand bg-ink text-white print:hidden">
          <div className={`${PAGE_WIDTH} flex flex-col gap-3 pt-3 pb-2`}>
            <Link
              href="/"
              className="inline-block text-2xl/tight font-bold text-white no-underline hover:underline hover:decoration-3 focus-visible:text-ink focus-visible:no-underline"
            >
              {SERVICE_NAME}
            </Link>
            <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
              <SiteNav />
              <form method="get" action="/search" role="search" aria-label="Site search" className="m-0 flex">
                <label htmlFor="header-search-q" className="sr-only">
                  Search findings and recommendations
                </label>
                <input
                  id="header-search-q"
                  name="q"
                  type="search"
                  className="w-52 max-w-[60vw] border-2 border-white bg-white px-[0.4rem] py-1 text-body-s text-ink focus:outline-3 focus:outline-offset-0 focus:outline-focus"
                  placeholder="Search findings"
                  maxLength={200}
                />
                <button
                  type="submit"
                  className="cursor-pointer border-2 border-l-0 border-white bg-brand px-[0.6rem] py-1 text-body-s font-bold text-white"
                >
                  Search
                </button>
              </form>
            </div>
          </div>
        </header>
        <main id="main-content" tabIndex={-1} className={`${PAGE_WIDTH} w-full pt-8 pb-12`}>
          {children}
        </main>
        <footer className="border-t border-border bg-light-grey text-body-s text-secondary-ink print:hidden">
          <div className={`${PAGE_WIDTH} py-6`}>
            <p>
              Data source: Care Quality Commission integrated inspections of safeguarding and looked after children&rsquo;s services,
              2011–12.
            </p>
            <p className="mb-0">
              <Link href="/about">About these reports</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
