import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExcelDouble } from "../../tools/excel-double";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { localEngine } from "../../src/worker/localEngine";
import { InputCollector, explainTenants, findNearMisses, readCsvText, scoreDesignations } from "../../src/engine";
import { FIRST_ROWS, MORE_ROWS } from "../../src/taskpane/logic/explainGroups";
import { groupRows } from "../helpers/explained";
import type { ExplainedGroup } from "../../src/taskpane/service";
import { addSampleSheets } from "../helpers/sampleSheets";
import { freshDoubleEachTest } from "../helpers/freshDouble";

/*
 * Explain works a group of designations at a time (two engines take a group each, and the pane shows
 * each as it comes): each group's rows must be what explaining every designation at once gives.
 */
const SAMPLES: [string, string][] = [
  ["Usage", "modern-work-usage.csv"],
  ["Azure", "azure-usage.csv"],
  ["BizApps usage", "bizapps-usage.csv"],
  ["BizApps revenue", "bizapps-revenue.csv"],
];
const request = { asOf: "2025-10", intermediate: 3, advanced: 1, today: "2026-12-06" };

let double: ExcelDouble;
freshDoubleEachTest((d) => (double = d));

function everyDesignationAtOnce() {
  const collector = new InputCollector();
  for (const [sheet, file] of SAMPLES) readCsvText(collector, sheet, readFileSync(join(__dirname, "../../samples", file), "utf8"));
  const input = collector.result();
  const options = { asOf: request.asOf, intermediate: request.intermediate, advanced: request.advanced };
  const base = scoreDesignations(input, options);
  const effects = explainTenants(input, { ...options, base });
  return { tenants: effects.tenants.length, groups: groupRows(effects.designations, findNearMisses(input, { ...options, base }).nearMisses) };
}

async function allRows(
  explained: {
    moreCustomers: (g: ExplainedGroup, from: number) => Promise<unknown[]>;
    moreNearMisses: (g: ExplainedGroup, from: number) => Promise<unknown[]>;
  },
  g: ExplainedGroup
) {
  const customers: unknown[] = [...g.customers];
  while (customers.length < g.customerCount) customers.push(...(await explained.moreCustomers(g, customers.length)));
  const nearMisses: unknown[] = [...g.nearMisses];
  while (nearMisses.length < g.nearMissCount) nearMisses.push(...(await explained.moreNearMisses(g, nearMisses.length)));
  return { customers, nearMisses };
}

test("each group explained alone gives the rows of every designation explained at once, first rows then pages", async () => {
  addSampleSheets(double, SAMPLES);
  const expected = everyDesignationAtOnce();
  const seen: [string, number, number][] = [];
  const service = createExcelScoringService(undefined, { engine: localEngine() });
  const explained = await service.explain(request, (group, index, count) => seen.push([group.name, index, count]));
  expect(explained.tenants).toBe(expected.tenants);
  expect(explained.groups.map((g) => g.name)).toEqual(expected.groups.map((g) => g.name));
  // Every group was handed over as it was done, with its place in the list.
  expect(seen.map(([name, index]) => [name, index]).sort()).toEqual(explained.groups.map((g, i) => [g.name, i]).sort());
  for (const [i, g] of explained.groups.entries()) {
    const want = expected.groups[i];
    expect(g.customerCount).toBe(want.customers.length);
    expect(g.customers).toEqual(want.customers.slice(0, FIRST_ROWS));
    expect(await allRows(explained, g)).toEqual({ customers: want.customers, nearMisses: want.nearMisses });
  }
  // The samples have more customers than a first page somewhere: the pages are crossed.
  expect(explained.groups.some((g) => g.customerCount > FIRST_ROWS)).toBe(true);
  expect(MORE_ROWS).toBeGreaterThan(FIRST_ROWS);
});

test("a rule option in force (another designation's) does not stop a group: each is scored with its own options", async () => {
  addSampleSheets(double, SAMPLES);
  const service = createExcelScoringService(undefined, { engine: localEngine() });
  // growth-ttm is the Azure designations' option, nca-smb-500 Business Applications': Modern Work knows neither.
  const withOptions = await service.explain({ ...request, options: ["growth-ttm", "nca-smb-500"] });
  const without = await service.explain(request);
  expect(withOptions.groups.map((g) => g.name)).toEqual(without.groups.map((g) => g.name));
  const mw = (e: typeof without) => e.groups.find((g) => g.name === "Modern Work")!;
  expect(mw(withOptions).customers).toEqual(mw(without).customers);
  expect(withOptions.groups.every((g) => g.customerCount > 0)).toBe(true);
});
