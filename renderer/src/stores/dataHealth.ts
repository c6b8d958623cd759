import { create } from 'zustand';
import type { DataHealth } from '../../../shared/ipc/contract';
import { client } from '../client';

interface DataHealthState {
  /** null until the backend has answered. */
  health: DataHealth | null;
  /** This window holds the data folder and may restore a backup into it. */
  canRestore: boolean;
  load: () => Promise<void>;
  /** A restore reports the health it left. */
  set: (health: DataHealth) => void;
}

/** Whether the data could be opened; anything but 'ok' puts the recovery screen in place of the others. */
export const useDataHealth = create<DataHealthState>((set) => ({
  health: null,
  canRestore: false,
  load: async () => {
    const result = await client.getHealth();
    // A backend that cannot even say how its data is leaves the screens to report their own failures.
    set(result.ok ? { health: result.value.health, canRestore: result.value.canRestore } : { health: { state: 'ok' }, canRestore: false });
  },
  set: (health) => set({ health }),
}));
