/** The Web Worker the pane's engine runs in: parsing and scoring off Excel's pane thread. */
import { serveEngine } from "./serveEngine";

serveEngine(self as unknown as Parameters<typeof serveEngine>[0]);
