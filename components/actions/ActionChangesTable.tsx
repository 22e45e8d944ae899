import type { OtherChange } from "@/lib/actions/form-state";

const WHEN = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", dateStyle: "medium", timeStyle: "short" });

/** Changes of an action (its history, or another person's changes): who, when, which field, from and to. Text, never markup. */
export function ActionChangesTable({ caption, changes }: { caption: string; changes: OtherChange[] }) {
  if (changes.length === 0) return <p>{caption}: none recorded.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption className="caption-m">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Field</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c, i) => (
            <tr key={i}>
              <td>{WHEN.format(new Date(c.at))}</td>
              <td>{c.who}</td>
              <td>{c.field}</td>
              <td className="whitespace-pre-wrap">{c.from || "(empty)"}</td>
              <td className="whitespace-pre-wrap">{c.to || "(empty)"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
