import { useEffect } from 'react';
import { useEditor } from '../../stores/editor';

/** Saves at once when the window is hidden or unloaded, and on Ctrl/Cmd+S. */
export function useSaveTriggers(): void {
  const flush = useEditor((state) => state.flush);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('keydown', onKey);
    };
  }, [flush]);
}
