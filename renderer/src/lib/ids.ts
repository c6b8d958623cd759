/** Ids for rows the renderer adds (onward transfers, laws); UUIDs satisfy the schema's id pattern. */
export function newRowId(): string {
  return crypto.randomUUID();
}
