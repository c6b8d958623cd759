import { writeFile } from 'node:fs/promises';
import type { BrowserWindow, Dialog } from 'electron';
import type { Platform } from '../services/handlers';

/** Saving asks the user where, with the native dialog; nothing is written when they cancel. */
export function dialogPlatform(dialog: Dialog, getWindow: () => BrowserWindow | null, defaultDir: string): Platform {
  return {
    async saveFile(suggestedName, content) {
      const window = getWindow();
      const options = { defaultPath: `${defaultDir}/${suggestedName}` };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await writeFile(choice.filePath, content);
      return { saved: true, path: choice.filePath };
    },
  };
}
