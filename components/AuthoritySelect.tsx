/** A labelled <select> of authorities, as the compare forms use it. */
export function AuthoritySelect({
  id,
  name,
  label,
  authorities,
  defaultValue,
}: {
  id: string;
  name: string;
  label: string;
  authorities: { slug: string; name: string }[];
  defaultValue?: string;
}) {
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select className="select" id={id} name={name} defaultValue={defaultValue}>
        {authorities.map((a) => (
          <option key={a.slug} value={a.slug}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}
