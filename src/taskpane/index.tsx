import * as React from "react";
import { createRoot } from "react-dom/client";
import { webLightTheme } from "@fluentui/react-components";
import { createExcelScoringService } from "../excel/excelScoringService";
import { startEngine } from "../worker/startEngine";
import { App } from "./App";
import { OutsideOffice, notInExcel, standInForCustomFunctions } from "./outsideOffice";
import { PaneTheme } from "./components/PaneTheme";
import { hostOfficeTheme, paneTheme } from "./theme";

// Office's theme (Dark Gray, Black …) picks Fluent's dark or light theme; outside Office the light one.
function render(content: React.ReactNode) {
  // A dark theme that cannot be fetched leaves the light one: the pane still renders.
  void paneTheme(hostOfficeTheme())
    .catch(() => webLightTheme)
    .then((theme) => createRoot(document.getElementById("container")!).render(<PaneTheme theme={theme}>{content}</PaneTheme>));
}

// Opened in a plain browser (office.js blocked or absent) there is no Office at all: say where the pane works.
const office = typeof Office === "undefined" ? undefined : Office;
if (!office) {
  standInForCustomFunctions();
  render(<OutsideOffice reason={notInExcel(undefined)!} />);
} else {
  void office.onReady((info) => {
    const reason = notInExcel(office, info);
    render(reason ? <OutsideOffice reason={reason} /> : <App service={createExcelScoringService(undefined, { engine: startEngine() })} />);
  });
}
