import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import { ErrorBar } from "./ErrorBar";

/**
 * A view or section the pane's first screen does not show, loaded when it is first opened (issue 15: a
 * smaller page): webpack emits it as a chunk of its own, fetched the first time it renders; a small
 * spinner, labelled for screen readers, stands in while it loads. A chunk that cannot be fetched (the
 * add-in's host unreachable), or a view that fails, says so in place instead of emptying the whole pane.
 */
export function LazyView({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <LoadFailure label={label}>
      <React.Suspense fallback={<Spinner size="tiny" label={`Loading ${label}…`} />}>{children}</React.Suspense>
    </LoadFailure>
  );
}

class LoadFailure extends React.Component<{ label: string; children: React.ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // webpack names a chunk that could not be fetched ChunkLoadError; anything else is a fault in the view.
    return error.name === "ChunkLoadError" ? (
      <ErrorBar
        title={`Could not load ${this.props.label}`}
        message="This part of the add-in could not be fetched from where the add-in is hosted. Close the pane and open it again to retry."
      />
    ) : (
      <ErrorBar title={`Could not show ${this.props.label}`} message={`${error.message} Close the pane and open it again; if it happens again, report it.`} />
    );
  }
}
