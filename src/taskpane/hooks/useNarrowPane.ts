import { useEffect, useState, type RefObject } from "react";

/** Below this width a wide table does not fit (task panes open at 320–450 px): lay it out as a card per row instead. */
export const NARROW_WIDTH = 600;
export const NARROW_QUERY = `(max-width: ${NARROW_WIDTH - 1}px)`;

const mediaFor = (query: string): MediaQueryList | null =>
  typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(query) : null;

/**
 * Whether the pane is narrow, following its width as the user drags it. With `measure`, the element's own
 * width where the browser can observe it (the playground puts the pane beside the grid, in a wide window);
 * else the window's width, which in Excel is the pane's. False where neither can be read.
 */
export function useNarrowPane(measure?: RefObject<HTMLElement | null>, query = NARROW_QUERY): boolean {
  const [narrow, setNarrow] = useState(() => mediaFor(query)?.matches ?? false);
  useEffect(() => {
    const element = measure?.current;
    if (element && typeof ResizeObserver === "function") {
      const observer = new ResizeObserver(([entry]) => setNarrow(entry.contentRect.width < NARROW_WIDTH));
      observer.observe(element);
      return () => observer.disconnect();
    }
    const media = mediaFor(query);
    if (!media) return;
    const update = () => setNarrow(media.matches);
    update();
    media.addEventListener?.("change", update);
    return () => media.removeEventListener?.("change", update);
  }, [measure, query]);
  return narrow;
}
