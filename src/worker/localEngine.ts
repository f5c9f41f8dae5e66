import { createEngineCore } from "./engineCore";
import type { EngineClient, EngineMethod } from "./engineClient";

/**
 * The engine in the calling thread, with the worker's semantics (asynchronous answers, a failed post
 * answered by the next call). What cannot cross a worker's boundary is tested through a MessageChannel
 * (test/worker/engineClient.test.ts).
 */
export function localEngine(): EngineClient {
  let core = createEngineCore();
  let generation = 0;
  let failed: unknown = null;
  const run = (method: EngineMethod, args: unknown[]) => (core[method] as (...a: unknown[]) => unknown)(...args);
  return {
    call: async (method, ...args) => {
      await Promise.resolve();
      if (method === "begin") failed = null;
      if (failed) {
        const error = failed;
        failed = null;
        throw error;
      }
      return run(method, args) as never;
    },
    post: (method, ...args) => {
      if (method === "begin") failed = null;
      if (failed) return;
      try {
        run(method, args);
      } catch (error) {
        failed = error;
      }
    },
    cancel: () => {
      core = createEngineCore();
      generation++;
      failed = null;
    },
    get generation() {
      return generation;
    },
    where: "pane thread",
  };
}
