import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './web-preferences';

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'DTIA Studio',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * Opens the app's window on its own page; it is shown once painted, so no blank frame flashes. Its web contents
 * are locked down by the app-wide `web-contents-created` hook (electron/main/security.ts).
 */
export function createMainWindow(Window: BrowserWindowClass, preloadPath: string, rendererUrl: string): BrowserWindow {
  const window = new Window(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl);
  return window;
}
