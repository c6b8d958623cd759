import { create } from 'zustand';

export type Route =
  | { name: 'home' }
  | { name: 'wizard'; assessmentId: string }
  | { name: 'verify' }
  | { name: 'identity' }
  | { name: 'backups' };

interface NavigationState {
  route: Route;
  navigate: (route: Route) => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  route: { name: 'home' },
  navigate: (route) => set({ route }),
}));
