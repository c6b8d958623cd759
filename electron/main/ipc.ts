import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '../../shared/domain/result';
import { CHANNEL_NAMES, ipcChannel } from '../../shared/ipc/contract';
import type { Handlers } from '../services/handlers';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Registers one `ipcMain.handle` per contract channel. A message from any frame other than the app's own page is
 * refused before its payload is looked at.
 */
export function registerIpc(ipcMain: IpcMain, handlers: Handlers, isTrustedSender: SenderCheck): () => void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, payload: unknown) => {
      if (!isTrustedSender(event)) return fail('FORBIDDEN_SENDER', 'The message did not come from DTIA Studio’s own window.');
      return handlers[name](payload);
    });
  }
  return () => CHANNEL_NAMES.forEach((name) => ipcMain.removeHandler(ipcChannel(name)));
}

/** Trusts only the given window's main frame, showing the app's own page. */
export function senderCheckFor(getWebContentsId: () => number | null, isAppUrl: (url: string) => boolean): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    if (event.sender.id !== getWebContentsId()) return false;
    return isAppUrl(frame.url);
  };
}

/** The renderer's own URL: the built file, or the dev server electron-vite started. */
export function appUrlMatcher(rendererFileUrl: string, devServerUrl: string | undefined): (url: string) => boolean {
  return (url) => {
    if (devServerUrl && url.startsWith(devServerUrl)) return true;
    return url.split('#')[0]?.split('?')[0] === rendererFileUrl;
  };
}
