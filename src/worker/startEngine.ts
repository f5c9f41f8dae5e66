import { idleEngine, pairedEngine, workerEngine, type EngineClient } from "./engineClient";
import { paneThreadEngine } from "./paneThreadEngine";

/**
 * The pane's engine: in a Web Worker, so reading and scoring a million rows never holds the pane's
 * thread (Office restarts an add-in whose pane stops answering). Where no worker can start (an old
 * host, a page opened from a file) the engine runs in the pane's thread, as before. A second worker
 * scores the history months meanwhile (pairedEngine).
 */
export function startEngine(): EngineClient {
  if (typeof Worker === "undefined") return paneThreadEngine();
  try {
    // webpack 5 bundles this URL as its own entry: engine-worker.js beside the pane's scripts.
    const start = (name: string) => () => new Worker(/* webpackChunkName: "engine-worker" */ new URL("./engine.worker.ts", import.meta.url), { name });
    return pairedEngine(workerEngine(start("engine"), paneThreadEngine), workerEngine(start("engine-helper"), idleEngine));
  } catch {
    return paneThreadEngine();
  }
}
