import { createEngineCore } from "./engineCore";
import type { EngineRequest, EngineResponse } from "./engineClient";
import { serializedError, type SerializedError } from "./errors";

/**
 * The core behind a message port: requests are handled one at a time, in order. A post that throws
 * is remembered; later posts are skipped and the next call is answered with that error.
 */
export function serveEngine(port: { postMessage(message: EngineResponse): void; onmessage: ((event: MessageEvent<EngineRequest>) => void) | null }): void {
  const core = createEngineCore();
  let failed: SerializedError | null = null;
  port.postMessage({ ready: true });
  port.onmessage = (event) => {
    const { id, method, args } = event.data;
    if (method === "begin") failed = null;
    const run = () => (core[method] as (...a: unknown[]) => unknown)(...args);
    if (id === undefined) {
      if (failed) return;
      try {
        run();
      } catch (error) {
        failed = serializedError(error);
      }
      return;
    }
    if (failed) {
      port.postMessage({ id, error: failed });
      failed = null;
      return;
    }
    try {
      port.postMessage({ id, result: run() });
    } catch (error) {
      port.postMessage({ id, error: serializedError(error) });
    }
  };
}
