import type { ParamError } from "@/lib/params";

/** GOV.UK error summary: what is wrong with the request, at the top of the page. */
export function ErrorSummary({ title = "There is a problem", errors }: { title?: string; errors: ParamError[] | string[] }) {
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul>
        {errors.map((e, i) => {
          const message = typeof e === "string" ? e : e.message;
          const param = typeof e === "string" ? null : e.param;
          return <li key={i}>{param ? <a href={`#${param}`}>{message}</a> : message}</li>;
        })}
      </ul>
    </div>
  );
}
