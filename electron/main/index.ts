import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, safeStorage, session, shell } from 'electron';
import { AppFailure } from '../../shared/domain/result';
import { createHandlers } from '../services/handlers';
import { createServices } from '../services/index';
import { defaultDataDir } from '../services/paths';
import type { Services } from '../services/types';
import { appUrlMatcher, registerIpc, senderCheckFor } from './ipc';
import { menuTemplate } from './menu';
import { dialogPlatform } from './save-dialog';
import { safeStorageSecretBox } from './secret-box';
import { contentSecurityPolicy, lockDownApp, lockDownSession } from './security';
import { createMainWindow } from './window';
import { electronSqliteBinding } from './native-binding';

const here = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererFileUrl = pathToFileURL(join(here, '../renderer/index.html')).href;
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;

app.setName('DTIA Studio');
lockDownApp(app, (url) => void shell.openExternal(url));

if (!app.requestSingleInstanceLock()) {
  dialog.showErrorBox('DTIA Studio is already running', 'DTIA Studio is already open on this computer; it was brought to the front.');
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

/**
 * A data folder that cannot be used (damaged, from a newer version, open in another instance) is no reason to stop:
 * the services say why, and the window opens on the recovery screen, which explains it and offers the backups.
 */
function start(): void {
  lockDownSession(session.defaultSession, contentSecurityPolicy(devServerUrl !== undefined));
  try {
    services = createServices({
      // The same folder the CLI uses: the app's user-data folder, or DTIA_DATA_DIR.
      dataDir: defaultDataDir(),
      resourcesDir: join(app.getAppPath(), 'resources'),
      secretBox: safeStorageSecretBox(safeStorage),
      appVersion: app.getVersion(),
      sqliteNativeBinding: electronSqliteBinding(app.getAppPath(), process.versions.electron),
      automaticBackups: true,
      // Built beside this file by electron-vite (electron.vite.config.ts).
      exchangeWorker: join(here, 'exchange-worker.js'),
    });
  } catch (error) {
    fatal(error);
    return;
  }
  const handlers = createHandlers(services, dialogPlatform(dialog, () => mainWindow, app.getPath('documents')));
  registerIpc(
    ipcMain,
    handlers,
    senderCheckFor(() => mainWindow?.webContents.id ?? null, appUrlMatcher(rendererFileUrl, devServerUrl)),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, !app.isPackaged)));
  mainWindow = createMainWindow(BrowserWindow, preloadPath, devServerUrl ?? rendererFileUrl);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** Only for what the recovery screen cannot show: the services or the window could not be built at all. */
function fatal(error: unknown): void {
  const message = error instanceof AppFailure ? error.message : String(error);
  dialog.showErrorBox('DTIA Studio cannot start', message);
  app.quit();
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => services?.close());
