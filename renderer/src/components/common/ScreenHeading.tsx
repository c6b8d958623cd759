import { useEffect, useRef, type ReactNode } from 'react';

/** The screen's h1; takes focus when the screen opens so keyboard and screen-reader users start at the top. */
export function ScreenHeading({ children, focusKey }: { children: ReactNode; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
