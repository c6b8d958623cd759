import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resourcesDir } from '../../electron/services/paths';
import { exportFileName, slugify } from '../../electron/services/file-name';

describe('defaultDataDir', () => {
  it('is the folder Electron uses as userData for "DTIA Studio" on each platform', () => {
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'DTIA Studio'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/config' }, 'linux')).toBe(join('/srv/config', 'DTIA Studio'));
    expect(defaultDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'DTIA Studio'));
    expect(defaultDataDir({ APPDATA: '/users/zofia/AppData/Roaming' }, 'win32')).toBe(
      join('/users/zofia/AppData/Roaming', 'DTIA Studio'),
    );
  });

  it('gives way to DTIA_DATA_DIR', () => {
    expect(defaultDataDir({ DTIA_DATA_DIR: '/data/dtia', XDG_CONFIG_HOME: '/srv/config' }, 'linux')).toBe('/data/dtia');
    expect(defaultDataDir({ DTIA_DATA_DIR: 'relative/dir' }, 'darwin')).toBe(resolve('relative/dir'));
    expect(defaultDataDir({ DTIA_DATA_DIR: '  ' }, 'linux')).toBe(join(homedir(), '.config', 'DTIA Studio'));
  });
});

describe('resourcesDir', () => {
  it('is the resources/ folder of this repository', () => {
    const expected = fileURLToPath(new URL('../../resources', import.meta.url));
    expect(resolve(resourcesDir())).toBe(resolve(expected));
    expect(existsSync(join(resourcesDir(), 'schema'))).toBe(true);
  });
});

describe('export file names', () => {
  it('are lower-case ASCII slugs of the title', () => {
    expect(exportFileName('Zürich, Łódź, São Paulo, „quotes“, ß')).toBe('zurich-lodz-sao-paulo-quotes-ss.dtia.json');
    expect(slugify('  Twilio Inc. — SMS (EU → US)  ')).toBe('twilio-inc-sms-eu-us');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('北京')).toBe('assessment');
    expect(slugify('a'.repeat(200))).toHaveLength(80);
  });
});
