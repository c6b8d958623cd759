import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, ipcChannel } from '../../shared/ipc/channels';

/**
 * `window.dtia`: one function per allow-listed channel. The renderer never sees ipcRenderer itself, so it can
 * neither listen on nor send to anything else.
 */
const api = Object.fromEntries(
  CHANNELS.map((name) => [name, (request: unknown) => ipcRenderer.invoke(ipcChannel(name), request)]),
);

contextBridge.exposeInMainWorld('dtia', Object.freeze(api));
