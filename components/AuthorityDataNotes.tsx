/** What the parser had to work out or could not find in a report, when anything. */
export function AuthorityDataNotes({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="inset-text">
      <h2 id="data-notes">Notes on this data</h2>
      <p>When this report was read, some parts were missing or had to be worked out:</p>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
