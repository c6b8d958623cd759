import { create } from 'zustand';

export type Route =
  | { name: 'home' }
  | { name: 'wizard'; assessmentId: string }
  | { name: 'verify' }
  | { name: 'identity' }
  | { name: 'backups' }
  | { name: 'history' }
  /** `notice` tells what the step before did (a vendor deleted, merged or created). */
  | { name: 'vendors'; notice?: string }
  | { name: 'vendor'; vendorId: string; notice?: string };

interface NavigationState {
  route: Route;
  navigate: (route: Route) => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  route: { name: 'home' },
  navigate: (route) => set({ route }),
}));
