import { localEngine, workerEngine, type EngineClient } from "./engineClient";

/**
 * The pane's engine: in a Web Worker, so reading and scoring a million rows never holds the pane's
 * thread (Office restarts an add-in whose pane stops answering). Where no worker can start (an old
 * host, a page opened from a file) the engine runs in the pane's thread, as before.
 */
export function startEngine(): EngineClient {
  if (typeof Worker === "undefined") return localEngine();
  try {
    // webpack 5 bundles this URL as its own entry: engine-worker.js beside the pane's scripts.
    return workerEngine(() => new Worker(/* webpackChunkName: "engine-worker" */ new URL("./engine.worker.ts", import.meta.url), { name: "engine" }));
  } catch {
    return localEngine();
  }
}
