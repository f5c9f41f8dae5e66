/** Brings an action's result into view and moves focus to it (its heading has tabIndex -1). */
export function focusResult(element: HTMLElement | null | undefined) {
  if (!element) return;
  element.scrollIntoView?.({ block: "start" });
  element.focus({ preventScroll: true });
}
