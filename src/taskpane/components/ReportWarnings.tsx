import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Report } from "../../engine";

/** The report's warnings, which a partner admin can act on in the exports. */
export function ReportWarnings({ warnings }: { warnings: Report["warnings"] }) {
  if (!warnings.length) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Check the data</MessageBarTitle>
        <ul>
          {warnings.map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
