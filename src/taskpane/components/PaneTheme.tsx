import * as React from "react";
import { FluentProvider, type Theme } from "@fluentui/react-components";

/** The pane's Fluent theme, chosen from Office's before the first render (../theme, paneTheme). */
export function PaneTheme({ theme, children }: { theme: Theme; children: React.ReactNode }) {
  return <FluentProvider theme={theme}>{children}</FluentProvider>;
}
