/**
 * Whether the task pane is shown. With a shared runtime the pane's page starts as soon as any =SPD.*
 * cell calculates, its pane still closed; reading the workbook then costs the user a busy Excel for
 * nothing (and on Excel on the web a first sync can hang). So the pane inspects only once it is shown:
 * Office.addin.onVisibilityModeChanged (SharedRuntime 1.1) says when it opens and closes, and the page's
 * own visibility (document.visibilityState) stands in where that API is missing.
 */
import { useEffect, useState } from "react";

export interface PaneVisibility {
  /** Shown now (the best knowledge there is when the page starts). */
  shown(): boolean;
  /** Calls `listener` on every change; returns the unsubscribe. */
  onChange(listener: (shown: boolean) => void): () => void;
}

/** Always shown: tests, the playground, a pane without a shared runtime. */
export const ALWAYS_SHOWN: PaneVisibility = { shown: () => true, onChange: () => () => undefined };

interface OfficeAddin {
  onVisibilityModeChanged(handler: (args: { visibilityMode: string }) => void): Promise<() => Promise<void>>;
}

function officeAddin(): OfficeAddin | undefined {
  const office = (globalThis as { Office?: { addin?: Partial<OfficeAddin> } }).Office;
  return typeof office?.addin?.onVisibilityModeChanged === "function" ? (office.addin as OfficeAddin) : undefined;
}

/** The pane's visibility from Office (shared runtime) and the page. */
export function hostPaneVisibility(): PaneVisibility {
  const doc = typeof document === "undefined" ? undefined : document;
  return {
    shown: () => !doc || doc.visibilityState !== "hidden",
    onChange(listener) {
      const onPage = () => listener(doc!.visibilityState !== "hidden");
      doc?.addEventListener("visibilitychange", onPage);
      let removeOffice: (() => Promise<void>) | undefined;
      let closed = false;
      // Office.VisibilityMode: "Taskpane" when shown, "Hidden" when closed.
      officeAddin()
        ?.onVisibilityModeChanged((args) => listener(args.visibilityMode === "Taskpane"))
        .then((remove) => (closed ? void remove().catch(() => undefined) : (removeOffice = remove)))
        .catch(() => undefined); // no shared runtime here: the page's visibility is all there is
      return () => {
        closed = true;
        doc?.removeEventListener("visibilitychange", onPage);
        void removeOffice?.().catch(() => undefined);
      };
    },
  };
}

/** Whether the pane is shown, kept current. */
export function usePaneShown(visibility: PaneVisibility): boolean {
  const [shown, setShown] = useState(() => visibility.shown());
  useEffect(() => {
    setShown(visibility.shown());
    return visibility.onChange(setShown);
  }, [visibility]);
  return shown;
}
