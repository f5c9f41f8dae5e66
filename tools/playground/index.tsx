import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, MessageBar, MessageBarBody, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { startEngine } from "../../src/worker/startEngine";
import type { ScoringService } from "../../src/taskpane/service";
import { App } from "../../src/taskpane/App";
import type { ExcelDouble } from "../excel-double";
import { addFormatsDemo } from "./demoSheet";
import { Grid } from "./Grid";
import { downloadName, workbookFromFiles, type OwnFile } from "./ownFiles";
import { sampleWorkbook } from "./sampleWorkbook";

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "1fr 380px", height: "100vh" },
  left: { display: "grid", gridTemplateRows: "auto auto 1fr", minWidth: 0, minHeight: 0, padding: tokens.spacingHorizontalS, position: "relative" },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  body: { display: "grid", gridTemplateRows: "auto 1fr", minHeight: 0, minWidth: 0 },
  messages: { display: "grid", minWidth: 0, rowGap: tokens.spacingVerticalXS, marginBlock: tokens.spacingVerticalXS },
  privacy: { color: tokens.colorNeutralForeground2 },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-3px" },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: "auto" },
});

// The same task pane and adapter as in Excel, over an in-memory workbook: no office.js, no network.
let restoreGlobals = () => {};

interface Loaded {
  double: ExcelDouble;
  /** Remounts the pane and the grid, so the pane inspects the new workbook as Excel's pane would on opening it. */
  key: number;
  /** What the grid's caption says the workbook holds. */
  caption: string;
  /** "<exportName>-scored.xlsx". */
  exportName: string;
}

type Message = { intent: "success" | "warning" | "error" | "info"; text: string };

/** Makes `double` the Excel the pane talks to (globalThis.Excel). */
function use(double: ExcelDouble): void {
  restoreGlobals();
  restoreGlobals = double.install();
}

async function filesOf(list: FileList | readonly File[]): Promise<OwnFile[]> {
  return Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/** `samples`: the workbook of sample exports; `demoSheet`: the sheet to open first (playground.html?demo=formats). */
function Playground({ samples, demoSheet }: { samples: ExcelDouble; demoSheet: string | undefined }) {
  const styles = useStyles();
  const [version, setVersion] = React.useState(0);
  const [loaded, setLoaded] = React.useState<Loaded>({
    double: samples,
    key: 0,
    caption: "Playground workbook (in memory, loaded with the sample exports in samples/)",
    exportName: "samples",
  });
  const [messages, setMessages] = React.useState<Message[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [dragging, setDragging] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);

  // As in Excel: the engine in Web Workers (and its helper), the workbook (the double) on the page's
  // thread. One engine for the page: a workbook opened later is read into it anew by its own service.
  const engine = React.useMemo(() => startEngine(), []);
  const service = React.useMemo<ScoringService>(() => {
    const inner = createExcelScoringService(undefined, { engine });
    // Redraw the grid after anything that writes to the workbook.
    const redraw = <T,>(result: T) => {
      setVersion((v) => v + 1);
      return result;
    };
    return {
      ...inner,
      score: async (request, p, signal) => redraw(await inner.score(request, p, signal)),
      saveScenario: async (request, scenario) => redraw(await inner.saveScenario(request, scenario)),
      // "Go to cell" activates a sheet and selects a cell: the grid follows, as Excel's window does.
      goToCell: async (target) => redraw(await inner.goToCell(target)),
    };
  }, [loaded.key, engine]);

  const open = async (list: FileList | readonly File[]) => {
    if (list.length === 0) return;
    setBusy(true);
    setMessages([{ intent: "info", text: `Reading ${[...list].map((f) => f.name).join(", ")}…` }]);
    try {
      const result = await workbookFromFiles(await filesOf(list));
      const next: Message[] = result.problems.map((text) => ({ intent: "error", text }));
      if (result.double) {
        use(result.double);
        setVersion(0);
        setLoaded((l) => ({
          double: result.double!,
          key: l.key + 1,
          caption: `Your workbook (in memory): ${[...list].map((f) => f.name).join(", ")}`,
          exportName: result.exportName,
        }));
        next.unshift({ intent: "success", text: `Opened ${result.loaded.join("; ")}. Score in the pane, then Download workbook.` });
        next.push(...result.notes.map((text): Message => ({ intent: "warning", text })));
      } else next.push({ intent: "warning", text: "Nothing was opened; the workbook is as it was." });
      setMessages(next);
    } catch (error) {
      setMessages([{ intent: "error", text: `Could not open the files: ${(error as Error).message}` }]);
    } finally {
      setBusy(false);
    }
  };

  const loadSamples = () => {
    use(samples);
    setVersion(0);
    setLoaded((l) => ({
      double: samples,
      key: l.key + 1,
      caption: "Playground workbook (in memory, loaded with the sample exports in samples/)",
      exportName: "samples",
    }));
    setMessages([{ intent: "success", text: "The sample exports are back." }]);
  };

  const download = async () => {
    try {
      const { toXlsx } = await import(/* webpackChunkName: "xlsx" */ "../excel-double/toXlsx");
      const { bytes, charts } = await toXlsx(loaded.double.workbook);
      const url = URL.createObjectURL(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = downloadName(loaded.exportName);
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessages([
        {
          intent: "success",
          text: `Downloaded ${link.download}.${charts.length ? ` Charts are not in the file (${charts.join("; ")}); they are on the SPD Summary sheet in Excel.` : ""}`,
        },
      ]);
    } catch (error) {
      setMessages([{ intent: "error", text: `The workbook could not be written: ${(error as Error).message}` }]);
    }
  };

  return (
    <div className={styles.page}>
      <div
        className={dragging ? `${styles.left} ${styles.dropping}` : styles.left}
        onDragOver={(e) => {
          if (![...e.dataTransfer.types].includes("Files")) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void open([...e.dataTransfer.files]);
        }}
      >
        <div className={styles.bar} role="toolbar" aria-label="Workbook">
          <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
            Open export…
          </Button>
          <input
            ref={input}
            type="file"
            multiple
            accept=".csv,.tsv,.txt,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label="Open export…"
            hidden
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = "";
              void open(files);
            }}
          />
          <Text size={200} className={styles.privacy}>
            Your files are read in this browser; nothing is uploaded. CSV or .xlsx; or drop them here.
          </Text>
          <Button disabled={busy} onClick={loadSamples}>
            Load samples
          </Button>
          <Button disabled={busy} onClick={() => void download()}>
            Download workbook
          </Button>
        </div>
        <div className={styles.messages} role="status" aria-live="polite">
          {messages.map((m, i) => (
            <MessageBar key={i} intent={m.intent} layout="multiline">
              <MessageBarBody>{m.text}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
        <div className={styles.body}>
          <Text weight="semibold">{loaded.caption}</Text>
          <Grid key={loaded.key} workbook={loaded.double.workbook} version={version} initialSheet={loaded.key === 0 ? demoSheet : undefined} />
        </div>
      </div>
      <aside className={styles.pane} aria-label="Task pane">
        <App key={loaded.key} service={service} />
      </aside>
    </div>
  );
}

const container = document.getElementById("container")!;
// The sample exports are a chunk of their own (sampleWorkbook): the page starts once they are in.
sampleWorkbook().then(
  (samples) => {
    restoreGlobals = samples.install();
    // playground.html?demo=formats adds a sheet showing number formats, a table and a chart, and opens it.
    const demoSheet = new URLSearchParams(window.location.search).get("demo") === "formats" ? addFormatsDemo(samples.workbook) : undefined;
    createRoot(container).render(
      <FluentProvider theme={webLightTheme}>
        <Playground samples={samples} demoSheet={demoSheet} />
      </FluentProvider>
    );
  },
  (error: Error) => {
    container.textContent = `The sample exports could not be loaded: ${error.message}`;
  }
);
