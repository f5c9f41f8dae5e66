import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import type { ScoringService } from "../../src/taskpane/service";
import { App } from "../../src/taskpane/App";
import { addFormatsDemo } from "./demoSheet";
import { Grid } from "./Grid";
import { sampleWorkbook } from "./sampleWorkbook";

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "1fr 380px", height: "100vh" },
  left: { display: "grid", gridTemplateRows: "auto 1fr", minWidth: 0, minHeight: 0, padding: tokens.spacingHorizontalS },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: "auto" },
});

// The same task pane and adapter as in Excel, over an in-memory workbook: no office.js, no network.
const double = sampleWorkbook();
double.install();
// playground.html?demo=formats adds a sheet showing number formats, a table and a chart, and opens it.
const demoSheet = new URLSearchParams(window.location.search).get("demo") === "formats" ? addFormatsDemo(double.workbook) : undefined;

function Playground() {
  const styles = useStyles();
  const [version, setVersion] = React.useState(0);
  const service = React.useMemo<ScoringService>(() => {
    const inner = createExcelScoringService();
    // Redraw the grid after anything that writes to the workbook.
    const redraw = <T,>(result: T) => {
      setVersion((v) => v + 1);
      return result;
    };
    return {
      ...inner,
      score: async (request, p) => redraw(await inner.score(request, p)),
      saveScenario: async (request, scenario) => redraw(await inner.saveScenario(request, scenario)),
    };
  }, []);
  return (
    <div className={styles.page}>
      <div className={styles.left}>
        <Text weight="semibold">Playground workbook (in memory, loaded with the sample exports in samples/)</Text>
        <Grid workbook={double.workbook} version={version} initialSheet={demoSheet} />
      </div>
      <aside className={styles.pane} aria-label="Task pane">
        <App service={service} />
      </aside>
    </div>
  );
}

createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme}>
    <Playground />
  </FluentProvider>
);
