/**
 * One entry of an SCC annex: a label (i18n key), a value the UI and the report render alike, and whether the
 * value is missing, so that gaps are flagged rather than printed as blanks.
 */
export type AnnexValue =
  | { type: 'text'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'country'; code: string; name: string }
  | { type: 'key'; key: string; params?: Record<string, string | number> };

export interface AnnexField {
  id: string;
  labelKey: string;
  value: AnnexValue;
  missing: boolean;
}

export const textField = (id: string, text: string): AnnexField => ({
  id,
  labelKey: `scc.annex.field.${id}`,
  value: { type: 'text', text: text.trim() },
  missing: text.trim() === '',
});

export const listField = (id: string, items: readonly string[]): AnnexField => {
  const kept = items.map((i) => i.trim()).filter((i) => i !== '');
  return { id, labelKey: `scc.annex.field.${id}`, value: { type: 'list', items: kept }, missing: kept.length === 0 };
};

export const keyField = (id: string, key: string | null, params?: Record<string, string | number>): AnnexField => ({
  id,
  labelKey: `scc.annex.field.${id}`,
  value: key === null ? { type: 'text', text: '' } : { type: 'key', key, ...(params ? { params } : {}) },
  missing: key === null,
});

export const countryField = (id: string, code: string, name: string): AnnexField => ({
  id,
  labelKey: `scc.annex.field.${id}`,
  value: { type: 'country', code, name },
  missing: code === '',
});
