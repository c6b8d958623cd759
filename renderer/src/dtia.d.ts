import type { DtiaApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** The backend, exposed by the preload script (or by the end-to-end test harness). */
    dtia: DtiaApi;
  }
}

export {};
