import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelScoringService } from "../excel/excelScoringService";
import { App } from "./App";
import { OutsideOffice, notInExcel, standInForCustomFunctions } from "./outsideOffice";

function render(content: React.ReactNode) {
  createRoot(document.getElementById("container")!).render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

// Opened in a plain browser (office.js blocked or absent) there is no Office at all: say where the pane works.
const office = typeof Office === "undefined" ? undefined : Office;
if (!office) {
  standInForCustomFunctions();
  render(<OutsideOffice reason={notInExcel(undefined)!} />);
} else {
  void office.onReady((info) => {
    const reason = notInExcel(office, info);
    render(reason ? <OutsideOffice reason={reason} /> : <App service={createExcelScoringService()} />);
  });
}
