/** The element of a suggestion in the list, which a highlighted sentence links back to. */
export const suggestionDomId = (factId: string) => `suggestion-${factId}`;

/** The highlighted sentence of a suggestion: the first <mark> whose suggestions include it. */
export function evidenceMark(container: HTMLElement | null, factId: string): HTMLElement | null {
  return container?.querySelector<HTMLElement>(`mark[data-facts~="${CSS.escape(factId)}"]`) ?? null;
}

/** Scrolls an element into the middle of its scrolling pane and gives it the focus. */
export function revealAndFocus(element: HTMLElement | null): void {
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}
