/** English texts of the scc area, merged into one flat resource by ../index.ts. Keys are dotted paths. */
export const scc = {
  scc: {},
} as const;
