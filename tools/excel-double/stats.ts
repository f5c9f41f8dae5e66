/** Counters tests use to assert that an adapter batches its work (few syncs, bounded payloads). */
export interface ExcelDoubleStats {
  /** Excel.run calls. */
  runs: number;
  /** context.sync() calls, including the final flush Excel.run performs after the batch. */
  syncs: number;
  /** Syncs that rejected (payload limits, ItemNotFound, ...). */
  failedSyncs: number;
  /** Request bytes of successful syncs (see limits.ts for how bytes are estimated). */
  bytesWritten: number;
  /** Response bytes of successful syncs. */
  bytesRead: number;
  /** Cells covered by values/formulas/numberFormat writes of successful syncs. */
  cellsWritten: number;
  /** Cells of ranges whose cell data was loaded by successful syncs (once per range load). */
  cellsRead: number;
  /** Largest request attempted by one sync, including rejected ones. */
  maxRequestBytes: number;
  /** Largest response produced by one sync, including rejected ones. */
  maxResponseBytes: number;
  /** suspendApiCalculationUntilNextSync() calls applied. */
  suspendCalls: number;
  reset(): void;
}

export function createStats(): ExcelDoubleStats {
  const stats: ExcelDoubleStats = {
    runs: 0,
    syncs: 0,
    failedSyncs: 0,
    bytesWritten: 0,
    bytesRead: 0,
    cellsWritten: 0,
    cellsRead: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    suspendCalls: 0,
    reset() {
      stats.runs = 0;
      stats.syncs = 0;
      stats.failedSyncs = 0;
      stats.bytesWritten = 0;
      stats.bytesRead = 0;
      stats.cellsWritten = 0;
      stats.cellsRead = 0;
      stats.maxRequestBytes = 0;
      stats.maxResponseBytes = 0;
      stats.suspendCalls = 0;
    },
  };
  return stats;
}
