import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelScoringService } from "../excel/excelScoringService";
import { App } from "./App";

Office.onReady(() => {
  const root = createRoot(document.getElementById("container")!);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App service={createExcelScoringService()} />
    </FluentProvider>,
  );
});
