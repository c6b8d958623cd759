/**
 * The visible marker of a required question. Assistive technology learns it from aria-required on the control, so
 * the marker stays out of the accessible name.
 */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      {' *'}
    </span>
  );
}
