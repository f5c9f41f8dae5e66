import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import { hostOfficeTheme, paneTheme, type OfficeThemeLike } from "../theme";

/** The pane's Fluent theme from Office's (`Office.context.officeTheme`): dark under a dark background. */
export function PaneTheme({ officeTheme = hostOfficeTheme(), children }: { officeTheme?: OfficeThemeLike; children: React.ReactNode }) {
  return <FluentProvider theme={paneTheme(officeTheme)}>{children}</FluentProvider>;
}
