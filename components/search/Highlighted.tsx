import { MATCH_END, MATCH_START } from "@/lib/queries/search";

/**
 * A snippet with its matched words in <mark>. The markers are split out as
 * text: report text is never treated as HTML.
 */
export function Highlighted({ snippet }: { snippet: string }) {
  const parts = snippet.split(new RegExp(`(${MATCH_START}[^${MATCH_END}]*${MATCH_END})`, "g"));
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith(MATCH_START) ? (
          <mark key={i} className="bg-highlight px-px font-bold text-inherit">
            {part.slice(1, -1)}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
