import { describe, expect, it } from 'vitest';
import { searchBody } from '../../electron/services/database/search-text';
import { fullAssessment } from '../fixtures/full-assessment';

describe('the portfolio search text of an assessment', () => {
  it('holds what a cited fact says and where it comes from, not its codes, hashes or places used', () => {
    const document = fullAssessment();
    const [link] = document.evidence;
    const lines = searchBody(document).split('\n');
    expect(lines).toContain(link!.sentence);
    expect(lines).toContain(link!.value);
    expect(lines).toContain(link!.vendor);
    expect(lines).toContain(link!.document.name);
    for (const coded of [link!.factId, link!.factType, link!.document.sha256, link!.document.importedAt, 'transfer-1', 'SCC']) {
      expect(lines).not.toContain(coded);
    }
  });
});
