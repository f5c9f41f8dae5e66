import { useCallback, useRef, useState } from "react";

export type RunState<T> = { phase: "idle" } | { phase: "running" } | { phase: "done"; value: T } | { phase: "error"; message: string };

/**
 * One asynchronous service call at a time with its state; an answer that arrives after a newer call
 * was made (or after `clear`) is dropped, so the pane never shows an older result over a newer one.
 */
export function useRequestRunner<A extends unknown[], T>(call: (...args: A) => Promise<T>) {
  const [state, setState] = useState<RunState<T>>({ phase: "idle" });
  const latest = useRef(0);
  const run = useCallback(
    async (...args: A): Promise<T | undefined> => {
      const ticket = ++latest.current;
      setState({ phase: "running" });
      try {
        const value = await call(...args);
        if (ticket === latest.current) setState({ phase: "done", value });
        return value;
      } catch (error) {
        if (ticket === latest.current) setState({ phase: "error", message: (error as Error).message });
        return undefined;
      }
    },
    [call]
  );
  const clear = useCallback(() => {
    latest.current++;
    setState({ phase: "idle" });
  }, []);
  return { state, run, clear };
}
