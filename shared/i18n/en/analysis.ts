/** English texts of the analysis area, merged into one flat resource by ../index.ts. Keys are dotted paths. */
export const analysis = {
  analysis: {},
} as const;
