import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Dialogs that ask to confirm a destructive action are announced as alert dialogs. */
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
  /** As large as the window, for work beside a long text (a document under review). */
  size?: 'full';
}

/**
 * A modal dialog on the native <dialog> element: it traps focus, closes on Escape and returns focus to where it
 * was. Rendered only while open.
 */
export function Dialog({ title, onClose, children, role, wide = false, size }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Closing while still attached lets the browser restore focus to the opener.
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={size === 'full' ? 'dialog dialog-full' : wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
