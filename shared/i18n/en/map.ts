/** English texts of the map area, merged into one flat resource by ../index.ts. Keys are dotted paths. */
export const map = {
  map: {},
} as const;
