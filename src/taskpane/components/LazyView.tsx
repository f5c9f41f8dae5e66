import * as React from "react";
import { Spinner } from "@fluentui/react-components";

/**
 * A view or section the pane's first screen does not show, loaded when it is first opened (issue 15: a
 * smaller page): webpack emits it as a chunk of its own, fetched the first time it renders; a small
 * spinner, labelled for screen readers, stands in while it loads.
 */
export function LazyView({ label, children }: { label: string; children: React.ReactNode }) {
  return <React.Suspense fallback={<Spinner size="tiny" label={`Loading ${label}…`} />}>{children}</React.Suspense>;
}
