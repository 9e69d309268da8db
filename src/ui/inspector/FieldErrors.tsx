/** Why a value was not applied: the format's path-qualified messages, next to the field. */
export function FieldErrors({ errors }: { readonly errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="field-errors" role="alert" data-testid="field-error">
      {errors.map((e) => (
        <li key={e}>
          <code>{e}</code>
        </li>
      ))}
    </ul>
  );
}
