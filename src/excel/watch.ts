/**
 * Every sync the adapter waits on, bounded in time. On Excel on the web a sync can hang and never
 * answer (office-js issues 6678 and 6150), and a pane waiting on it would stay on "inspecting" with
 * nothing to click. A sync that has not answered within the time-out rejects with a message naming
 * what was being read and what to do; the abandoned sync is left to settle on its own.
 */

/** How long one sync may take before the adapter gives up on it. */
export const SYNC_TIMEOUT_MS = 30_000;

/** Excel did not answer one sync in time. */
export class ExcelTimeoutError extends Error {
  override name = "ExcelTimeoutError";
  constructor(
    readonly what: string,
    readonly timeoutMs: number,
    again: string
  ) {
    super(`Excel did not answer within ${seconds(timeoutMs)} while ${what}; ${again}.`);
  }
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 1 ? Math.round(s).toLocaleString("en-US") : s.toLocaleString("en-US", { maximumSignificantDigits: 2 })} s`;
}

/** context.sync(), said what it is for: `what` names it in a time-out message ("reading "Usage" rows 2–5,001"). */
export type Sync = (context: Excel.RequestContext, what: string) => Promise<void>;

/** No time-out: the plain sync (writes, and callers that bring none). */
export const plainSync: Sync = async (context) => {
  await context.sync();
};

/** A Sync that gives up after `timeoutMs`; `again` is what the user does then ("Refresh to try again"). */
export function syncWithin(timeoutMs: number, again: string): Sync {
  return async (context, what) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pending = context.sync();
    // If Excel answers after all, or fails, once we gave up, nobody is listening: no unhandled rejection.
    pending.catch(() => undefined);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ExcelTimeoutError(what, timeoutMs, again)), timeoutMs);
    });
    try {
      await Promise.race([pending, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
