/**
 * Times what the pane runs beside the score, on the checked-in samples (every export, 26k M365 rows,
 * 5.8k Azure rows): the six-month history, cheapest paths and recommendations; one simulation; the
 * per-tenant explanation (one re-score per tenant). Targets: insights and a simulation under 2 s each,
 * the explanation under 15 s, since the pane shows a spinner for it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { EMPTY_SCENARIO, InputCollector, insights, readCsvText, scoreDesignations, simulate } from "../src/engine";
import { explainTenants } from "../src/engine/explain";

const dir = resolve(__dirname, "..", "samples");
const collector = new InputCollector();
for (const name of readdirSync(dir).filter((f) => f.endsWith(".csv"))) readCsvText(collector, name, readFileSync(join(dir, name), "utf8"));
const input = collector.result();

function time<T>(label: string, targetMs: number, body: () => T): T {
  const t0 = performance.now();
  const result = body();
  const ms = performance.now() - t0;
  process.stdout.write(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  (target < ${targetMs} ms)${ms > targetMs ? "  OVER TARGET" : ""}\n`);
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
const explained = time("explain tenants (leave-one-out)", 15000, () => explainTenants(input));
process.stdout.write(`  (${explained.tenants?.length ?? "?"} tenants explained)\n`);
