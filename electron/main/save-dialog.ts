import { writeFile } from 'node:fs/promises';
import type { BrowserWindow, Dialog } from 'electron';
import type { Platform } from '../services/handlers';

/** Saving and opening ask the user where, with the native dialogs; nothing is written or read when they cancel. */
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

    async chooseSaveTarget(suggestedName, extension) {
      const window = getWindow();
      const options = { defaultPath: `${defaultDir}/${suggestedName}`, filters: [{ name: 'DTIA Studio workspace', extensions: [extension] }] };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },

    async chooseFileToOpen(extension) {
      const window = getWindow();
      const options = {
        defaultPath: defaultDir,
        properties: ['openFile' as const],
        filters: [{ name: 'DTIA Studio workspace', extensions: [extension] }],
      };
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
  };
}
