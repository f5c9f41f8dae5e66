/**
 * Preloaded (node --require) into each benchmarked process, ours and the peer's alike: at exit, writes the
 * whole process's peak resident memory (bytes, native allocations included) to the file SPD_BENCH_RSS names.
 */
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  if (process.env.SPD_BENCH_RSS) writeFileSync(process.env.SPD_BENCH_RSS, String(process.resourceUsage().maxRSS * 1024));
});
