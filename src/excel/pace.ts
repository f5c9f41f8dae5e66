/**
 * The pane's thread is shared with the pane itself: Office restarts an add-in whose pane stops
 * answering, and a pane busy for more than a moment feels frozen. Loops over a million rows call a
 * pacer every few thousand rows; it gives the thread back (a macrotask) once `budgetMs` has passed.
 */
export type Pace = () => Promise<void>;

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

export function pacer(budgetMs = 40): Pace {
  let since = now();
  return async () => {
    if (now() - since < budgetMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = now();
  };
}

/** How many rows a loop goes through between two calls of its pacer. */
export const ROWS_BETWEEN_PACES = 4_096;
