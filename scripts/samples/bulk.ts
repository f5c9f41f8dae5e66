/**
 * Large synthetic usage exports for the benchmark, in the sample's layout and from the same tenant model
 * (scripts/samples/usage.ts): mostly SMB tenants under CSP, some CPOR/DPOR enterprise tenants, PAL, micro
 * tenants; ~10 workloads each over two months, so 1M rows is about 50k tenants and 60 MB.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { Rng } from "./prng";
import { A, USAGE_HEADER, blockLines, randomTenant, smbSeats, type Lifecycle, type TenantBlock } from "./usage";

function benchTenant(rng: Rng, id: string): TenantBlock {
  const u = rng.float();
  const association = u < 0.48 ? A.csp1 : u < 0.72 ? A.csp2 : u < 0.84 ? A.cpor : u < 0.91 ? A.dpor : A.pal;
  const l = rng.float();
  const lifecycle: Lifecycle = l < 0.86 ? "retained" : l < 0.93 ? "lost" : "gained";
  const size = rng.float();
  const seats = size < 0.08 ? rng.int(1, 10) : size < 0.93 ? smbSeats(rng, 300) : rng.int(301, 5000);
  const p = rng.float();
  const plan = p < 0.15 ? "standard" : p < 0.55 ? "premium" : p < 0.85 ? "e3" : "e5";
  return randomTenant(rng, id, { association, lifecycle, seats, plan });
}

/**
 * Writes a usage export of exactly `rows` data rows to `path`, deterministically from `seed`.
 * Streams in chunks, so even 1M rows never exist as one string. Returns the bytes written.
 */
export function writeBulkUsage(path: string, rows: number, seed = 1): number {
  const rng = new Rng(seed);
  const fd = openSync(path, "w");
  let bytes = 0;
  const flush = (lines: string[]) => {
    if (!lines.length) return;
    const chunk = `${lines.join("\n")}\n`;
    bytes += writeSync(fd, chunk);
    lines.length = 0;
  };
  try {
    const lines: string[] = [USAGE_HEADER];
    let written = 0;
    let tenant = 0;
    while (written < rows) {
      // 12 random hex digits + a bijective scramble of the tenant number: unique without a Set of 50k ids.
      const scrambled = Math.imul((tenant++ ^ 0x5bd1e995) >>> 0, 0x27d4eb2d) >>> 0;
      const id = `${rng.hex(12)}${scrambled.toString(16).toUpperCase().padStart(8, "0")}`;
      const before = lines.length;
      blockLines(benchTenant(rng, id), lines);
      const added = lines.length - before;
      if (written + added > rows) lines.length = before + (rows - written);
      written += lines.length - before;
      if (lines.length >= 20_000) flush(lines);
    }
    flush(lines);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
