import type { ParsedInput } from "../input/collector";
import { withoutTenants } from "../input/withoutTenants";
import { parseIsoMonth, type MonthIndex } from "../parse/months";
import type { DesignationResult, Report } from "../model/results";
import { DESIGNATIONS, moduleOf } from "../designations/registry";
import type { CustomerExport } from "../model/module";
import type { TenantExport } from "../input/withoutTenants";
import { scoreDesignations, type ScoreAllResult, type ScoreOptions } from "../scoring/scoreDesignations";
import { simulatorCatalogue } from "./catalogue";
import { compareReports, type DesignationChange } from "./compare";
import { withHypotheticalRows, type ScenarioMonths } from "./hypotheticalRows";
import { changesFor, recommendations, withUnitChanges, type Recommendation } from "./recommendations";
import { validateScenario, type Scenario } from "./scenario";

export interface SimulationResult {
  scenario: Scenario;
  current: Report;
  simulated: Report;
  changes: DesignationChange[];
  /** What the simulator assumed or could not do: "Contoso left out", "Azure SQL taken as an Azure service". */
  notes: string[];
  /** The ticked recommendations, as applied. */
  applied: Recommendation[];
  /** Every recommendation of the current score, ticked or not (the ids to tick). */
  recommendations: Recommendation[];
}

/** Where a hypothetical customer's rows go: the export the simulator names, read as the modules read it. */
const EXPORTS_OF: Record<CustomerExport, readonly TenantExport[]> = { m365: ["usage"], azure: ["azure"], bizapps: ["bizAppsRevenue", "bizAppsUsage"] };

/**
 * Hypothetical rows land in the as-of month of the designations that read their export: the earliest
 * of them, so every one of them sees the rows (a designation reading two exports may end later).
 */
function scenarioMonths(report: Report): ScenarioMonths {
  const asOf = (d: DesignationResult): MonthIndex => parseIsoMonth(d.asOf ?? report.asOf)!;
  const monthOf = (exp: CustomerExport): MonthIndex => {
    const readers = report.designations.filter((d) => moduleOf(d.id).reads.some((r) => EXPORTS_OF[exp].includes(r)));
    const months = readers.filter((d) => d.scored).map(asOf);
    return months.length ? Math.min(...months) : parseIsoMonth(report.asOf)!;
  };
  const all = report.designations.filter((d) => d.scored).map(asOf);
  return {
    m365: monthOf("m365"),
    azure: monthOf("azure"),
    bizapps: monthOf("bizapps"),
    // A certification counts from its completion month: the earliest as-of month makes it count everywhere.
    skilling: all.length ? Math.min(...all) : parseIsoMonth(report.asOf)!,
  };
}

/** Typed certified-people counts replace the skilling export, so hypothetical people are added to them too. */
function countsWith(options: ScoreOptions, scenario: Scenario, catalogue: ReturnType<typeof simulatorCatalogue>): ScoreOptions {
  const typed = { ...(options.counts ?? {}) };
  for (const module of DESIGNATIONS.filter((m) => m.takesPlainCounts)) {
    const plain = { ...typed[module.id] };
    if (options.intermediate !== undefined) plain.intermediate = options.intermediate;
    if (options.advanced !== undefined) plain.advanced = options.advanced;
    if (plain.intermediate !== undefined || plain.advanced !== undefined) typed[module.id] = plain;
  }
  if (!Object.keys(typed).length) return options;
  for (const cert of scenario.certifications) {
    const known = catalogue.findCertification(cert.name);
    for (const id of known?.designations ?? []) {
      const counts = typed[id];
      const level = known!.level;
      if (counts?.[level] !== undefined) typed[id] = { ...counts, [level]: counts[level]! + cert.people };
    }
  }
  return { ...options, intermediate: undefined, advanced: undefined, counts: typed };
}

/**
 * The score with the scenario applied, beside the current score. Real rows are never changed: left-out
 * tenants and hypothetical rows live in a copy of the input, and ticked recommendations add units to
 * the metrics of the re-scored report.
 */
export function simulate(input: ParsedInput, options: ScoreOptions, scenario: Scenario, current?: ScoreAllResult): SimulationResult {
  validateScenario(scenario);
  const base = current ?? scoreDesignations(input, options);
  const notes: string[] = [];
  let next = input;
  if (scenario.exclude.length) {
    const left = withoutTenants(input, scenario.exclude);
    next = left.input;
    if (left.matched.length) notes.push(`Left out: ${left.matched.join(", ")}.`);
    if (left.unmatched.length) notes.push(`Not found in the exports, so nothing was left out for: ${left.unmatched.join(", ")}.`);
  }
  const hasData = scenario.customers.length > 0 || scenario.certifications.length > 0;
  const months = scenarioMonths(base.report);
  const catalogue = simulatorCatalogue(months.skilling);
  if (hasData) {
    const added = withHypotheticalRows(next, scenario.customers, scenario.certifications, months, catalogue);
    next = added.input;
    notes.push(...added.notes);
    for (const cert of scenario.certifications)
      if (!catalogue.findCertification(cert.name)) notes.push(`${cert.name}: not on any designation's certification list, so it adds no points.`);
  }
  // Each designation keeps its as-of month: leaving a tenant out must not move it, nor adding rows.
  const asOfBy = Object.fromEntries(base.report.designations.filter((d) => d.scored).map((d) => [d.id, d.asOf ?? base.report.asOf]));
  const rescored = next === input ? base : scoreDesignations(next, { ...countsWith(options, scenario, catalogue), asOfBy });
  const available = recommendations(base.report, base.outcomes);
  const applied = scenario.recommendations.map((id) => available.find((r) => r.id === id)).filter((r): r is Recommendation => !!r);
  const simulated = withUnitChanges(rescored.report, rescored.outcomes, changesFor(available, scenario.recommendations));
  return { scenario, current: base.report, simulated, changes: compareReports(base.report, simulated), notes, applied, recommendations: available };
}
