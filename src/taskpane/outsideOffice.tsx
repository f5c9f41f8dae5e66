import * as React from "react";
import { Body1, Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

/**
 * The pane opened outside Excel: taskpane.html in a plain browser tab (office.js blocked or absent), or
 * office.js reporting no host / another host. The pane then says where it works instead of failing on
 * the first Excel call ("Excel is not defined").
 */

export const OUTSIDE_OFFICE_MESSAGE = "Open this add-in from Excel's Home tab (Partner score), or try the playground";

/** Why the pane is not in Excel, for the message's second line; undefined when it is. */
export function notInExcel(office: typeof Office | undefined, info?: { host?: Office.HostType | string | null }): string | undefined {
  if (!office) return "Office.js did not load, so this page is not running inside Office.";
  const host = info?.host;
  if (host === (office.HostType?.Excel ?? "Excel")) return undefined;
  return host ? `This page is running in ${host}, not Excel.` : "Office.js reports no Office application around this page.";
}

/**
 * office.js defines CustomFunctions; without it, functions.js (loaded after the pane's bundle) would stop on
 * its first CustomFunctions.associate call with "CustomFunctions is not defined". Outside Office there
 * is nothing to register with, so a registry that does nothing keeps the page free of errors.
 */
export function standInForCustomFunctions(): void {
  const global = globalThis as { CustomFunctions?: unknown };
  if (global.CustomFunctions !== undefined) return;
  class CustomFunctionsError extends Error {}
  global.CustomFunctions = { associate: () => undefined, Error: CustomFunctionsError, ErrorCode: {} };
}

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export function OutsideOffice({ reason }: { reason: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-label="Partner score">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{OUTSIDE_OFFICE_MESSAGE}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <Body1>{reason} The pane reads and writes the open workbook, so it only works inside Excel.</Body1>
      <Caption1>
        The playground is the same pane beside a workbook holding sample exports, in any browser: from the source, run npm start and open
        http://localhost:3000/playground.html.
      </Caption1>
    </main>
  );
}
