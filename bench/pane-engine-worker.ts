/**
 * The pane's engine worker for bench/pane.ts, on node:worker_threads instead of a Web Worker: the
 * same serveEngine, behind parentPort. It reports its heap every 100 ms (messages the client ignores).
 */
import { parentPort } from "node:worker_threads";
import { serveEngine } from "../src/worker/serveEngine";

const port = {
  postMessage: (message: unknown) => parentPort!.postMessage(message),
  onmessage: null as ((event: MessageEvent) => void) | null,
};
parentPort!.on("message", (data) => port.onmessage?.({ data } as MessageEvent));
serveEngine(port as unknown as Parameters<typeof serveEngine>[0]);
setInterval(() => parentPort!.postMessage({ heap: process.memoryUsage().heapUsed }), 100).unref();
