import type { ParamError } from "@/lib/requests/params";

/**
 * GOV.UK error summary: what is wrong with the request, at the top of the page.
 * The error-summary class has no style: tests find the summary by it.
 */
export function ErrorSummary({
  title = "There is a problem",
  errors,
  titleId = "error-summary-title",
}: {
  title?: string;
  errors: ParamError[] | string[];
  /** The heading's id: another one for a second form on the page, whose summary can show at the same time. */
  titleId?: string;
}) {
  return (
    <div
      className="error-summary mb-7.5 border-5 border-error p-4 focus:outline-3 focus:outline-focus"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h2 className="mt-0" id={titleId}>
        {title}
      </h2>
      <ul>
        {errors.map((e, i) => {
          const message = typeof e === "string" ? e : e.message;
          const param = typeof e === "string" ? null : e.param;
          return (
            <li key={i}>
              {param ? (
                <a href={`#${param}`} className="font-bold text-error">
                  {message}
                </a>
              ) : (
                message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
