import { describe, expect, it } from 'vitest';
import { importerOf, vendorMatchKey } from '../../shared/vendors/vendor';

describe('vendorMatchKey', () => {
  it('finds one vendor in names that differ in case, diacritics and spacing', () => {
    const same = ['Müller Cloud GmbH', 'MULLER CLOUD GMBH', '  müller   cloud\tgmbh ', 'Mūller Cloud GmbH', 'Muller Cloud GmbH'];
    expect(new Set(same.map(vendorMatchKey))).toEqual(new Set(['muller cloud gmbh']));
    expect(vendorMatchKey('Łódź Data Sp. z o.o.')).toBe(vendorMatchKey('LODZ data sp. z o.o.'));
    expect(vendorMatchKey('Straße AG')).toBe(vendorMatchKey('STRASSE AG'));
    expect(vendorMatchKey('Ørsted')).toBe(vendorMatchKey('orsted'));
  });

  it('keeps names apart that differ in more than that', () => {
    expect(vendorMatchKey('Acme Inc.')).not.toBe(vendorMatchKey('Acme Inc'));
    expect(vendorMatchKey('Acme Cloud')).not.toBe(vendorMatchKey('Acme Clouds'));
  });

  it('gives no key to a name with nothing in it', () => {
    expect(vendorMatchKey('')).toBeNull();
    expect(vendorMatchKey(' \t\n')).toBeNull();
  });
});

describe('importerOf', () => {
  it('takes the first importer party with a name', () => {
    const parties = [
      { kind: 'exporter', name: 'Beispiel GmbH', country: 'DE' },
      { kind: 'importer', name: '  ', country: 'US' },
      { kind: 'sub-processor', name: 'AWS', country: 'US' },
      { kind: 'importer', name: ' Twilio Inc. ', country: 'US' },
      { kind: 'importer', name: 'Second Importer', country: 'GB' },
    ];
    expect(importerOf(parties)).toEqual({ name: 'Twilio Inc.', country: 'US' });
    expect(importerOf(parties.filter((party) => party.kind !== 'importer'))).toBeNull();
  });
});
