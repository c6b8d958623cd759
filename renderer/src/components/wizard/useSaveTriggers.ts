import { useEffect } from 'react';
import { useEditor } from '../../stores/editor';

/** Saves at once when the window is hidden, closed or unloaded, and on Ctrl/Cmd+S. */
export function useSaveTriggers(): void {
  const flush = useEditor((state) => state.flush);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    // Closing the window with an edit still unsaved: hold the close (Electron cancels it when beforeunload is
    // prevented), save, then close for real.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!useEditor.getState().hasUnsavedChanges()) return;
      event.preventDefault();
      void flush().then((saved) => {
        if (saved) window.close();
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('keydown', onKey);
    };
  }, [flush]);
}
