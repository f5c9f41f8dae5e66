import { lazyEngine, type EngineClient } from "./engineClient";

/**
 * The engine in the pane's own thread, where no Web Worker can start (and in tests). Its code is a chunk
 * of its own (engine-local.js), fetched only then: the pane's page does not carry a second copy of the
 * engine beside the worker's.
 */
export function paneThreadEngine(): EngineClient {
  return lazyEngine(() => import(/* webpackChunkName: "engine-local" */ "./localEngine").then((m) => m.localEngine()));
}
