/**
 * Times what the pane runs beside the score, on the checked-in samples (every export, 26k M365 rows,
 * 5.8k Azure rows): the six-month history, cheapest paths and recommendations; one simulation; the
 * per-tenant explanation. Then Explain as the pane's engine runs it (every designation group, then the
 * near misses) on a generated usage export of 5,000 tenants, on one core (the pane spreads the groups
 * over two workers). Targets: insights and a simulation under 2 s each, the samples' explanation under
 * 15 s, the 5,000 tenants' under 2 s. Last, the 1M-row Azure export (generated into .bench/ once): every
 * tenant explained, then the near misses, each under 10 s (issue 15).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { eachCsvRow } from "../src/engine/input/csvRows";
import { createEngineCore } from "../src/worker/engineCore";
import { writeBulkUsage } from "../scripts/samples/bulk";
import { EMPTY_SCENARIO, InputCollector, insights, readCsvPieces, readCsvText, scoreDesignations, simulate, utf8Pieces } from "../src/engine";
import { explainTenants, findNearMisses } from "../src/engine/explain";
import { writeBulkAzure } from "../scripts/samples/bulkAzure";
import { isUtf8 } from "node:buffer";

const root = resolve(__dirname, "..");
const dir = join(root, "samples");
const collector = new InputCollector();
for (const name of readdirSync(dir).filter((f) => f.endsWith(".csv"))) readCsvText(collector, name, readFileSync(join(dir, name), "utf8"));
const input = collector.result();

function time<T>(label: string, targetMs: number, body: () => T): T {
  const t0 = performance.now();
  const result = body();
  const ms = performance.now() - t0;
  process.stdout.write(`${label.padEnd(60)} ${ms.toFixed(0).padStart(7)} ms  (target < ${targetMs} ms)  ${ms > targetMs ? "MISS" : "PASS"}\n`);
  return result;
}

const scored = time("score (6 designations)", 2000, () => scoreDesignations(input));
time("insights: history, cheapest paths, recommendations", 2000, () => insights(input, {}, scored, { today: "2025-11-02" }));
time("simulate: 2 recommendations + 1 customer", 2000, () =>
  simulate(
    input,
    {},
    {
      ...EMPTY_SCENARIO,
      recommendations: ["modern-work/smb/net-customer-adds", "security/single/intermediate-certifications/step-2"],
      customers: [{ name: "C", association: "CSP Tier 1", workload: "Exchange", monthlyActiveUsers: 40, paidUnits: 50, customer: "new", deployment: "new" }],
    },
    scored
  )
);
const explained = time("explain tenants", 15000, () => explainTenants(input));
process.stdout.write(`  (${explained.tenants?.length ?? "?"} tenants explained)\n`);

// 77,000 rows of the bulk generator hold 5,006 tenants.
const bulk = join(root, ".bench", "usage-77000.csv");
if (!existsSync(bulk)) {
  mkdirSync(dirname(bulk), { recursive: true });
  writeBulkUsage(bulk, 77_000, 20251031);
}
const rows: string[][] = [];
eachCsvRow(readFileSync(bulk, "utf8"), ",", (cells) => rows.push(cells));
const core = createEngineCore();
core.begin();
core.beginTable("usage", true);
core.rows(
  "usage",
  rows,
  rows.map((_, i) => i + 1)
);
core.endTable("usage");
core.finish();
const plan = core.explainPlan();
time(`Explain as the pane runs it, ${plan.tenants.toLocaleString("en-US")} tenants (77k usage rows), one core`, 2000, () => {
  for (const group of plan.groups) core.explainGroup({}, group.ids);
  core.explainNearMisses(
    {},
    plan.groups.map((g) => g.ids)
  );
});

// The 1M-row Azure export: every tenant's effect, then the near misses, from one base score.
const azureFile = join(root, ".bench", "azure-1000000.csv");
if (!existsSync(azureFile)) writeBulkAzure(azureFile, 1_000_000, 20251031);
const azureCollector = new InputCollector();
readCsvPieces(azureCollector, "azure-1000000.csv", utf8Pieces(readFileSync(azureFile), isUtf8)!);
const azure = azureCollector.result();
const base = scoreDesignations(azure);
const azureExplained = time("explain every tenant, 1M-row Azure export", 10000, () => explainTenants(azure, { base }));
process.stdout.write(`  (${azureExplained.tenants?.length.toLocaleString("en-US") ?? "?"} tenants)\n`);
time("near misses, 1M-row Azure export", 10000, () => findNearMisses(azure, { base }));
