/** For a select's `setValueAs`: the empty "Velg" option is no choice, so the schema says what to pick. */
export function emptyAsUndefined(value: unknown): unknown {
  return value === '' ? undefined : value;
}
