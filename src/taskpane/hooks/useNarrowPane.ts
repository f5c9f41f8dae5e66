import { useEffect, useState } from "react";

/** Below this width a wide table does not fit (task panes open at 320–450 px): lay it out as a card per row instead. */
export const NARROW_QUERY = "(max-width: 599px)";

const mediaFor = (query: string): MediaQueryList | null =>
  typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(query) : null;

/** Whether the pane is narrow, following its width as the user drags it. False where matchMedia is missing. */
export function useNarrowPane(query = NARROW_QUERY): boolean {
  const [narrow, setNarrow] = useState(() => mediaFor(query)?.matches ?? false);
  useEffect(() => {
    const media = mediaFor(query);
    if (!media) return;
    const update = () => setNarrow(media.matches);
    update();
    media.addEventListener?.("change", update);
    return () => media.removeEventListener?.("change", update);
  }, [query]);
  return narrow;
}
