import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, ipcChannel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';

type Listener = (...args: unknown[]) => unknown;

/** A stand-in for the parts of Electron the main process touches, recording what it was asked to do. */
function fakeElectron() {
  const handlers = new Map<string, Listener>();
  const appListeners = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    readyResolve = resolve;
  });

  class FakeWebContents {
    static nextId = 1;
    id = FakeWebContents.nextId++;
    listeners = new Map<string, Listener>();
    windowOpenHandler: Listener | null = null;
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeWindow {
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
      appListeners.get('web-contents-created')?.({}, this.webContents);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    focus() {}
    restore() {}
    show() {}
  }
  const permissionHandlers: Listener[] = [];
  const openExternal = vi.fn(async () => {});
  const headerHandlers: Listener[] = [];
  const electron = {
    app: {
      setName: vi.fn(),
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      requestSingleInstanceLock: () => true,
      whenReady: () => ready,
      getPath: () => tmpdir(),
      getAppPath: () => join(__dirname, '../..'),
      getVersion: () => '9.9.9',
      isPackaged: true,
      quit: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: {
      handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    shell: { openExternal },
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: vi.fn(),
      decryptString: vi.fn(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => permissionHandlers.push(handler),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: (handler: Listener) => headerHandlers.push(handler) },
      },
    },
  };
  return { electron, handlers, appListeners, windows, permissionHandlers, headerHandlers, openExternal, ready: readyResolve };
}

describe('the IPC contract', () => {
  it('allow-lists exactly the channels the contract defines', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });
});

describe('the main process, with a mocked electron module', () => {
  let dataDir: string;
  let fake: ReturnType<typeof fakeElectron>;

  beforeEach(async () => {
    vi.resetModules();
    dataDir = mkdtempSync(join(tmpdir(), 'dtia-main-'));
    process.env.DTIA_DATA_DIR = dataDir;
    fake = fakeElectron();
    vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
    await import('../../electron/main/index');
    fake.ready();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  afterEach(() => {
    (fake.appListeners.get('will-quit') as (() => void) | undefined)?.();
    vi.doUnmock('electron');
    delete process.env.DTIA_DATA_DIR;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const window = () => {
    const created = fake.windows[0];
    if (!created) throw new Error('no window was created');
    return created;
  };
  const trustedEvent = () => ({
    sender: { id: window().webContents.id },
    senderFrame: { url: window().loadedUrl, parent: null },
  });

  it('registers a handler for every contract channel and nothing else', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(CHANNELS.map(ipcChannel).sort());
  });

  it('opens one window with the secure web preferences on the built renderer', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = window().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window().loadedUrl).toMatch(/^file:.*renderer\/index\.html$/);
  });

  it('answers a request from its own window through the real services', async () => {
    const create = fake.handlers.get(ipcChannel('createAssessment'))!;
    const list = fake.handlers.get(ipcChannel('listAssessments'))!;
    await expect(list(trustedEvent(), {})).resolves.toEqual({ ok: true, value: [] });
    const created = (await create(trustedEvent(), { title: 'Cloud CRM' })) as { ok: boolean; value: { id: string } };
    expect(created.ok).toBe(true);
    const listed = (await list(trustedEvent(), {})) as { value: Array<{ id: string; title: string }> };
    expect(listed.value.map((s) => [s.id, s.title])).toEqual([[created.value.id, 'Cloud CRM']]);
  });

  it('makes the start backup in the background once the window is open', async () => {
    const list = fake.handlers.get(ipcChannel('listBackups'))!;
    await vi.waitFor(
      async () => {
        const listed = (await list(trustedEvent(), {})) as { ok: boolean; value: { backups: Array<{ reason: string }> } };
        expect(listed.value.backups.map((backup) => backup.reason)).toEqual(['start']);
      },
      { timeout: 10_000, interval: 20 },
    );
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('validates every payload and returns errors as values with a code', async () => {
    const create = fake.handlers.get(ipcChannel('createAssessment'))!;
    const result = (await create(trustedEvent(), { title: 42 })) as { ok: boolean; error: { code: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const withExtraKey = (await create(trustedEvent(), { title: 'x', admin: true })) as { ok: boolean };
    expect(withExtraKey.ok).toBe(false);
  });

  it('refuses messages from another web contents, a subframe or a foreign page, before looking at the payload', async () => {
    const create = fake.handlers.get(ipcChannel('createAssessment'))!;
    const frames = [
      { sender: { id: 9999 }, senderFrame: { url: window().loadedUrl, parent: null } },
      { sender: { id: window().webContents.id }, senderFrame: { url: window().loadedUrl, parent: {} } },
      { sender: { id: window().webContents.id }, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: { id: window().webContents.id }, senderFrame: null },
    ];
    for (const event of frames) {
      await expect(create(event, { title: 'Injected' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_SENDER' },
      });
    }
    const list = (await fake.handlers.get(ipcChannel('listAssessments'))!(trustedEvent(), {})) as { value: unknown[] };
    expect(list.value).toEqual([]);
  });

  it('denies navigation, new windows and every permission, and sends a strict CSP', () => {
    const contents = window().webContents;
    const preventDefault = vi.fn();
    contents.listeners.get('will-navigate')!({ preventDefault }, 'https://example.org');
    expect(preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj' })).toEqual({ action: 'deny' });
    expect(fake.openExternal).toHaveBeenCalledWith('https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'http://plain.example', 'not a url']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.openExternal).toHaveBeenCalledTimes(1);

    const callback = vi.fn();
    fake.permissionHandlers[0]!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);

    const headers = vi.fn();
    fake.headerHandlers[0]!({ responseHeaders: {} }, headers);
    const csp = String(headers.mock.calls[0]![0].responseHeaders['Content-Security-Policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
  });

  it('locks down every web contents the app creates later', () => {
    const created = fake.appListeners.get('web-contents-created')!;
    const listeners = new Map<string, Listener>();
    let openHandler: Listener | null = null;
    created({}, {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => {
        openHandler = handler;
      },
    });
    expect([...listeners.keys()]).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });
});

describe('the main process on a data folder it cannot use', () => {
  let dataDir: string;
  let fake: ReturnType<typeof fakeElectron>;

  /** Prepares the data folder, then starts the main process on it as the app would. */
  async function startOn(prepare: (dir: string) => void): Promise<void> {
    vi.resetModules();
    dataDir = mkdtempSync(join(tmpdir(), 'dtia-main-'));
    prepare(dataDir);
    process.env.DTIA_DATA_DIR = dataDir;
    fake = fakeElectron();
    vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
    await import('../../electron/main/index');
    fake.ready();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  afterEach(() => {
    (fake.appListeners.get('will-quit') as (() => void) | undefined)?.();
    vi.doUnmock('electron');
    delete process.env.DTIA_DATA_DIR;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const ask = async (channel: 'getHealth' | 'listBackups') => {
    const window = fake.windows[0]!;
    const event = { sender: { id: window.webContents.id }, senderFrame: { url: window.loadedUrl, parent: null } };
    return fake.handlers.get(ipcChannel(channel))!(event, {});
  };

  it('opens the window on a damaged database instead of stopping, and offers its backups', async () => {
    await startOn((dir) => writeFileSync(join(dir, 'dtia.sqlite'), 'these bytes were once a database '.repeat(200)));
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(fake.electron.app.quit).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.loadedUrl).toMatch(/renderer\/index\.html$/);
    await expect(ask('getHealth')).resolves.toMatchObject({ ok: true, value: { health: { state: 'damaged' }, canRestore: true } });
    await expect(ask('listBackups')).resolves.toEqual({ ok: true, value: { backups: [], automaticFailure: null } });
  });

  it('opens the window on a folder another instance holds, offers no restore, and leaves that lock alone', async () => {
    // The parent process is running, so the lock is not stale.
    const lock = `${JSON.stringify({ app: 'DTIA Studio', pid: process.ppid, hostname: hostname(), startedAt: new Date().toISOString() })}\n`;
    await startOn((dir) => writeFileSync(join(dir, 'dtia.lock'), lock));
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    await expect(ask('getHealth')).resolves.toMatchObject({
      ok: true,
      value: { health: { state: 'locked', message: expect.stringContaining(`process ${process.ppid}`) }, canRestore: false },
    });
    await expect(ask('listBackups')).resolves.toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });
    (fake.appListeners.get('will-quit') as () => void)();
    expect(readFileSync(join(dataDir, 'dtia.lock'), 'utf8')).toBe(lock);
  });
});

describe('the preload, with a mocked electron module', () => {
  afterEach(() => vi.doUnmock('electron'));

  it('exposes one function per allow-listed channel as window.dtia and nothing else', async () => {
    vi.resetModules();
    const exposed = new Map<string, Record<string, (request: unknown) => Promise<unknown>>>();
    const invoke = vi.fn(async (channel: string, request: unknown) => ({ channel, request }));
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, api: never) => exposed.set(key, api) },
      ipcRenderer: { invoke },
    }));
    await import('../../electron/preload/index');
    expect([...exposed.keys()]).toEqual(['dtia']);
    const api = exposed.get('dtia')!;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await expect(api.listAssessments!({})).resolves.toEqual({ channel: 'dtia:listAssessments', request: {} });
    expect(invoke).toHaveBeenCalledTimes(1);
  });
});

describe('the renderer page', () => {
  it('carries the same Content-Security-Policy in its meta tag as the session sends', async () => {
    const { readFileSync } = await import('node:fs');
    const { contentSecurityPolicy } = await import('../../electron/main/security');
    const html = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy(false, true));
    expect(contentSecurityPolicy(false)).toBe(`${meta}; frame-ancestors 'none'`);
  });
});
