/**
 * A hand-written ScoringService for the task pane's tests: no Excel, every call recorded, answers under
 * the test's control (deferred) except `simulate`, which applies ticked recommendations to the fixture
 * report the way the engine would (points added, capped at the metric's maximum), so a test sees the
 * scenario it sent come back as totals it can check by hand.
 */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type {
  Anniversaries,
  CellTarget,
  ExplainedGroup,
  Progress,
  SavedScenario,
  ScoreOutcome,
  ScoreRequest,
  ScoringService,
  TenantExplanations,
  WorkbookRuleOptions,
  WorkbookSummary,
} from "../../src/taskpane/service";
import {
  DESIGNATIONS,
  describeOptions,
  observableDesignation,
  savedOptionsOf,
  type CalibrationResult,
  type ObservableCatalogue,
  type Observation,
} from "../../src/engine";
import {
  compareReports,
  trackStatus,
  type DesignationHistory,
  type DesignationPaths,
  type DesignationResult,
  type MetricResult,
  type Recommendation,
  type RenewalStatus,
  type Report,
  type Scenario,
  type SimulationResult,
  type TrackPath,
  type TrackResult,
} from "../../src/engine";
import type { DesignationEffect, DesignationRanking, NearMiss } from "../../src/engine/explain";
import { MORE_ROWS } from "../../src/taskpane/logic/explainGroups";
import { firstRows, groupRows } from "../helpers/explained";
import type { CustomerLookup as EngineCustomerLookup } from "../../src/engine";
import type { CustomerLookup } from "../../src/taskpane/service";
import { EngineCancelled } from "../../src/worker/engineClient";

// jsdom lacks a few browser APIs Fluent's positioning and media hooks use.
export function installBrowserStubs() {
  const g = globalThis as Record<string, unknown>;
  g.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  if (!window.matchMedia)
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener() {},
        removeListener() {},
        addEventListener() {},
        removeEventListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const TODAY = "2026-11-21";

// ---------------------------------------------------------------------------------------------
// Fixtures

export const SUMMARY: WorkbookSummary = {
  exports: [{ sheet: "Usage", address: "Usage!A1:F26", layout: "m365-usage", rows: 25 }],
  tenants: 7,
  months: ["2024-09", "2024-10", "2025-10"],
  latestMonth: "2025-10",
  hasSkilling: false,
  skippedRows: 0,
  designations: [
    { id: "modern-work", name: "Solutions Partner for Modern Work", needs: null, levels: ["intermediate", "advanced"] },
    { id: "security", name: "Solutions Partner for Security", needs: "the Azure consumption export or the M365 usage export", levels: ["intermediate"] },
  ],
};

export const WITH_SKILLING: WorkbookSummary = {
  ...SUMMARY,
  exports: [...SUMMARY.exports, { sheet: "Certs", address: "Certs!A1:F9", layout: "skilling", rows: 8 }],
  hasSkilling: true,
};

interface MetricSpec {
  id: MetricResult["id"];
  label: string;
  value: MetricResult["value"];
  target: MetricResult["target"];
  points: number;
  maxPoints: number;
  gap?: { more: number; points: number; text: string; association?: string };
}

function metric(m: MetricSpec): MetricResult {
  return {
    id: m.id,
    label: m.label,
    value: m.value,
    target: m.target,
    points: m.points,
    maxPoints: m.maxPoints,
    gaps: m.gap
      ? [
          {
            more: m.gap.more,
            points: m.gap.points,
            perUnit: m.gap.points / m.gap.more,
            text: m.gap.text,
            ...(m.gap.association ? { association: m.gap.association } : {}),
          },
        ]
      : [],
  };
}

function track(id: TrackResult["id"], label: string, metrics: MetricResult[]): TrackResult {
  const total = metrics.reduce((s, m) => s + m.points, 0);
  return {
    id,
    label,
    total,
    status: trackStatus(
      total,
      metrics.map((m) => m.points),
      70
    ),
    pointsToQualify: Math.max(0, 70 - total),
    metrics,
    missing: [],
  };
}

// SMB: 10 + 10 + 15 + 25 + 25 = 85 (Qualified).
export const SMB = track("smb", "SMB", [
  metric({
    id: "net-customer-adds",
    label: "Net customer adds",
    value: 5,
    target: 10,
    points: 10,
    maxPoints: 20,
    gap: { more: 5, points: 10, text: "5 more net customer adds: +10 points" },
  }),
  metric({ id: "intermediate-certifications", label: "Intermediate certifications", value: 4, target: 4, points: 10, maxPoints: 10 }),
  metric({ id: "advanced-certifications", label: "Advanced certifications", value: 2, target: 2, points: 15, maxPoints: 15 }),
  metric({
    id: "usage-growth",
    label: "Usage growth",
    value: { CPOR: 500 },
    target: { CPOR: 600 },
    points: 25,
    maxPoints: 30,
    gap: { more: 100, points: 5, text: "100 more CPOR MAU growth: +5 points", association: "CPOR" },
  }),
  metric({ id: "deployments", label: "Deployments", value: { CPOR: 10 }, target: { CPOR: 10 }, points: 25, maxPoints: 25 }),
]);

// Enterprise: 12 + 7.5 + 0 + 13 + 10 = 42.5 (In progress, 27.5 to 70).
export const ENTERPRISE = track("enterprise", "Enterprise", [
  metric({
    id: "net-customer-adds",
    label: "Net customer adds",
    value: 6,
    target: 10,
    points: 12,
    maxPoints: 20,
    gap: { more: 2, points: 8, text: "2 more net customer adds: +8 points" },
  }),
  metric({
    id: "intermediate-certifications",
    label: "Intermediate certifications",
    value: 3,
    target: 4,
    points: 7.5,
    maxPoints: 10,
    gap: { more: 1, points: 2.5, text: "1 more intermediate certified person: +2.5 points" },
  }),
  metric({
    id: "advanced-certifications",
    label: "Advanced certifications",
    value: 0,
    target: 2,
    points: 0,
    maxPoints: 15,
    gap: { more: 2, points: 15, text: "2 more advanced certified people: +15 points" },
  }),
  metric({
    id: "usage-growth",
    label: "Usage growth",
    value: { CPOR: 433 },
    target: { CPOR: 1000 },
    points: 13,
    maxPoints: 30,
    gap: { more: 567, points: 17, text: "567 more CPOR MAU growth: +17 points", association: "CPOR" },
  }),
  metric({
    id: "deployments",
    label: "Deployments",
    value: { CPOR: 2 },
    target: { CPOR: 5 },
    points: 10,
    maxPoints: 25,
    gap: { more: 3, points: 15, text: "3 more CPOR deployments: +15 points", association: "CPOR" },
  }),
]);

export const MODERN_WORK: DesignationResult = {
  id: "modern-work",
  name: "Solutions Partner for Modern Work",
  scored: true,
  qualified: true,
  countingTrack: "smb",
  qualifyingTotal: 70,
  trackChoice: "best",
  total: SMB.total,
  status: "Qualified",
  ruleSet: { id: "modern-work-2023", edition: "2023", name: "Modern Work (2023 rules)", effectiveFrom: "2023-06-12", options: [] },
  tracks: [ENTERPRISE, SMB],
};

export const REPORT: Report = {
  asOf: "2025-10",
  baseline: "2024-10",
  designations: [MODERN_WORK],
  microsoftCloud: {
    attained: false,
    qualified: ["modern-work"],
    missing: ["data-ai", "infrastructure", "digital-app-innovation", "business-applications", "security"],
  },
  inputs: [],
  warnings: [
    {
      code: "input",
      kind: "fix",
      title: "Unreadable value: row skipped",
      action: "Fix the cell and score again.",
      message: 'Usage, row 7, column MonthName: MonthName "Oct-2099" is outside Jan-2015 to Dec-2039; the row was skipped. Fix the cell and score again.',
      file: "Usage",
      row: 7,
      column: "MonthName",
    },
    { code: "claims", kind: "info", title: "Claim dates missing", message: "3 rows have no claim date" },
  ],
};

/** A recommendation per gap, as the engine's recommendations() words them. */
export function recommendationsOf(report: Report): Recommendation[] {
  return report.designations.flatMap((d) =>
    d.tracks.flatMap((t) =>
      t.metrics.flatMap((m) =>
        m.gaps.map((g) => ({
          id: [d.id, t.id, m.id, ...(g.association ? [g.association] : [])].join("/"),
          designation: d.id,
          designationName: d.name,
          track: t.id,
          trackLabel: t.label,
          counting: t.id === d.countingTrack,
          metric: m.id,
          metricLabel: m.label,
          ...(g.association ? { lever: g.association } : {}),
          units: g.more,
          points: g.points,
          text: g.text,
        }))
      )
    )
  );
}

export function path(before: TrackResult, counting: boolean, p: Pick<TrackPath, "outcome" | "text"> & { cost?: number }): TrackPath {
  const base = { track: before.id, trackLabel: before.label, minTotal: 70, before, text: p.text, counting, qualifiesDesignation: true };
  if (p.outcome === "already-qualified") return { ...base, outcome: "already-qualified", plan: [], cost: 0, after: before };
  if (p.outcome === "infeasible") return { ...base, outcome: "infeasible", plan: null, cost: null, after: null, reason: p.text };
  return { ...base, outcome: "plan", plan: [], cost: p.cost ?? 0, after: before };
}

// Enterprise: 42.5 + 15 (2 advanced people fill the metric's 15) + 15 (3 CPOR deployments: 10 → 25) = 72.5.
export const ENTERPRISE_PATH = path(ENTERPRISE, false, {
  outcome: "plan",
  cost: 25,
  text: "Cheapest path: 2 advanced certified people + 3 CPOR deployments → 72.5 points",
});
export const SMB_PATH = path(SMB, true, { outcome: "already-qualified", text: "Already qualified: 85 points" });

export const PATHS: DesignationPaths[] = [
  {
    designation: "modern-work",
    name: MODERN_WORK.name,
    trackChoice: "best",
    countingTrack: "smb",
    tracks: [ENTERPRISE_PATH, SMB_PATH],
    cheapest: SMB_PATH,
    text: "SMB: Already qualified: 85 points",
  },
];

const points = (netAdds: number, inter: number, adv: number, growth: number, deploy: number) => [
  { id: "net-customer-adds" as const, label: "Net customer adds", points: netAdds, maxPoints: 20 },
  { id: "intermediate-certifications" as const, label: "Intermediate certifications", points: inter, maxPoints: 10 },
  { id: "advanced-certifications" as const, label: "Advanced certifications", points: adv, maxPoints: 15 },
  { id: "usage-growth" as const, label: "Usage growth", points: growth, maxPoints: 30 },
  { id: "deployments" as const, label: "Deployments", points: deploy, maxPoints: 25 },
];

function month(iso: string, metrics: ReturnType<typeof points>, enterprise: number) {
  const total = metrics.reduce((s, m) => s + m.points, 0);
  const status = trackStatus(
    total,
    metrics.map((m) => m.points),
    70
  );
  return {
    month: iso,
    available: true,
    total,
    status,
    qualified: status === "Qualified",
    countingTrack: "smb" as const,
    countingTrackLabel: "SMB",
    metrics,
    tracks: [
      { id: "enterprise" as const, label: "Enterprise", total: enterprise, status: trackStatus(enterprise, [1], 70) },
      { id: "smb" as const, label: "SMB", total, status },
    ],
    pointsToQualify: Math.max(0, 70 - total),
  };
}

// Totals: Jun 5+10+15+12.5+20 = 62.5, Jul 6+10+15+17+20 = 68, Aug 8+10+15+16+20 = 69,
// Sep 8+10+15+19+20 = 72 (Qualified), Oct 10+10+15+25+25 = 85 (Qualified).
export const MW_HISTORY: DesignationHistory = {
  id: "modern-work",
  name: "Solutions Partner for Modern Work",
  months: [
    {
      month: "2025-05",
      available: false,
      reason: "the exports have no rows for May-2024 (its baseline)",
      total: 0,
      status: "NotStarted",
      qualified: false,
      countingTrack: null,
      countingTrackLabel: "",
      metrics: [],
      tracks: [],
    },
    month("2025-06", points(5, 10, 15, 12.5, 20), 30),
    month("2025-07", points(6, 10, 15, 17, 20), 35),
    month("2025-08", points(8, 10, 15, 16, 20), 38),
    month("2025-09", points(8, 10, 15, 19, 20), 40),
    month("2025-10", points(10, 10, 15, 25, 25), 42.5),
  ],
  qualifiedInWindow: true,
  qualifiedMonths: ["2025-09", "2025-10"],
};

export const SECURITY_HISTORY: DesignationHistory = {
  id: "security",
  name: "Solutions Partner for Security",
  needs: "the Azure consumption export or the M365 usage export",
  months: [],
  qualifiedInWindow: false,
  qualifiedMonths: [],
};

export function renewal(overrides: Partial<RenewalStatus> = {}): RenewalStatus {
  return {
    designation: "modern-work",
    name: "Solutions Partner for Modern Work",
    kind: "new-partner",
    anniversary: null,
    today: TODAY,
    qualificationWindow: { from: "2026-06-01", to: "2026-11-21", months: ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"] },
    renewalWindow: null,
    status: "can-enroll",
    label: "Can enroll",
    reason: "Qualified in Oct-2025; enroll within 30 days of qualifying.",
    qualifiedMonths: ["2025-10"],
    notQualifiedMonths: [],
    unknownMonths: [],
    remainingMonths: [],
    ...overrides,
  };
}

export const CATALOGUE: ScoreOutcome["catalogue"] = {
  m365Workloads: ["Exchange", "SharePoint", "Teams", "Microsoft Defender for Office 365"],
  azureServices: ["Azure Defender", "Azure Sentinel"],
  bizAppsWorkloads: ["Dynamics 365 Sales"],
  certifications: [
    { name: "Microsoft 365 Certified: Administrator Expert", aliases: ["MS-102"], level: "advanced", designations: ["modern-work"] },
    { name: "Microsoft 365 Certified: Teams Administrator Associate", aliases: [], level: "intermediate", designations: ["modern-work"] },
    { name: "Microsoft Certified: Security Operations Analyst Associate", aliases: ["SC-200"], level: "intermediate", designations: ["security"] },
  ],
};

/** The rule set of a designation by id, as the engine defines it. */
const ruleSet = (designation: string, id: string) => DESIGNATIONS.find((d) => d.id === designation)!.ruleSets.find((r: { id: string }) => r.id === id)!;

/** What the Calibrate form offers: the engine's catalogue of three real rule sets (the fixture report itself scores Modern Work only). */
export const OBSERVABLE: ObservableCatalogue = {
  designations: [
    observableDesignation(ruleSet("infrastructure", "infrastructure-2023"), "2025-10"),
    observableDesignation(ruleSet("business-applications", "business-applications-2023"), "2025-10"),
    observableDesignation(ruleSet("modern-work", "modern-work-2023"), "2025-10"),
  ],
  notScored: [],
};

/** The customers "Leave out a tenant" offers (the fixture's exports). */
export const TENANTS: ScoreOutcome["tenants"] = [
  { key: "a1b2c3d4-0000-4000-8000-000000000001", name: "Contoso", exports: ["usage"] },
  { key: "a1b2c3d4-0000-4000-8000-000000000002", name: "Fabrikam", exports: ["usage", "azure"] },
  { key: "a1b2c3d4-0000-4000-8000-000000000003", name: "Northwind Traders", exports: ["usage"] },
];

/** The engine's customer lookup as the pane gets it from the service: criteria and effects answered asynchronously. */
export function paneLookup(lookup: EngineCustomerLookup, explained: Promise<unknown> = Promise.resolve()): CustomerLookup {
  return {
    tenants: lookup.tenants,
    search: lookup.search,
    eligibility: async (key) => lookup.eligibility(key),
    // `explained`: what it adds waits for it (a test sees the pane while it is worked out).
    explain: async (key) => {
      await explained;
      return lookup.explain(key);
    },
  };
}

export const OUTCOME: ScoreOutcome = {
  report: REPORT,
  flagRanges: ["Usage!G1:N26"],
  writeNotes: [],
  summarySheet: "SPD Summary",
  recommendations: recommendationsOf(REPORT),
  paths: PATHS,
  history: { from: "2025-05", to: "2025-10", designations: [MW_HISTORY, SECURITY_HISTORY] },
  renewal: [renewal()],
  catalogue: CATALOGUE,
  observable: OBSERVABLE,
  tenants: TENANTS,
};

const check = (address: string, observed: number, engine: number, unit: "count" | "percent") => ({
  address,
  kind: "value" as const,
  unit,
  observed,
  engine,
  difference: engine - observed,
  matches: Math.abs(engine - observed) < 0.006,
});

/**
 * A calibration as the engine words it: Business Applications SMB net customer adds 4 matched by
 * nca-smb-500; Infrastructure usage growth 20.26 % that no reading reproduces (closest: growth-ttm,
 * 0.5 points of growth off), with the tenants behind it.
 */
export const CALIBRATION: CalibrationResult = {
  asOf: "2025-10",
  baseline: "2024-10",
  baseOptions: [],
  options: ["growth-ttm", "nca-smb-500"],
  byDesignation: { infrastructure: ["growth-ttm"], "business-applications": ["nca-smb-500"] },
  maxOptions: 12,
  groups: [
    {
      designations: ["infrastructure"],
      name: "Infrastructure",
      ruleSets: [{ designation: "infrastructure", id: "infrastructure-2023", asOf: "2025-10" }],
      options: [
        {
          id: "nca-either-month",
          label: "Net customer adds: a customer counts with $1,000 ACR in one of the last two months",
          source: "learn",
          designations: ["infrastructure"],
          sets: ["ncaMonths"],
        },
        {
          id: "growth-ttm",
          label: "Usage growth from trailing-12-month ACR sums instead of single months",
          source: "seed",
          designations: ["infrastructure"],
          sets: ["growthBasis"],
        },
      ],
      ignored: [],
      observations: [
        {
          address: "infrastructure/single/usage-growth",
          designation: "infrastructure",
          track: "single",
          metric: "usage-growth",
          kind: "value",
          value: 20.26,
          unit: "percent",
          tolerance: 0.005,
          label: "Infrastructure · All partners · Usage growth",
          text: "infrastructure/single/usage-growth=20.26%",
        },
      ],
      tried: 4,
      status: "no-match",
      combinations: [
        {
          options: ["growth-ttm"],
          label: "growth-ttm",
          matches: false,
          mismatches: 1,
          checks: [check("infrastructure/single/usage-growth", 20.26, 20.76, "percent")],
          current: false,
        },
        {
          options: [],
          label: "default reading",
          matches: false,
          mismatches: 1,
          checks: [check("infrastructure/single/usage-growth", 20.26, 21.39, "percent")],
          current: true,
        },
      ],
      matching: [],
      best: {
        options: ["growth-ttm"],
        label: "growth-ttm",
        matches: false,
        mismatches: 1,
        checks: [check("infrastructure/single/usage-growth", 20.26, 20.76, "percent")],
        current: false,
      },
      distinguishing: [],
      differences: [check("infrastructure/single/usage-growth", 20.26, 20.76, "percent")],
      explanations: [
        {
          address: "infrastructure/single/usage-growth",
          comparedWith: [],
          comparedLabel: "default reading",
          comparedValue: 21.39,
          bestValue: 20.76,
          tenants: [
            { tenant: "Greenfield Dairy", key: "g1", compared: 2.23, best: 1.01, difference: -1.22 },
            { tenant: "Pinecrest Hotels", key: "p1", compared: 2.82, best: 2.04, difference: -0.78 },
          ],
          tenantsDiffering: 2,
          tenantsExplained: 2,
          tenantsLeftOut: 0,
          note: "",
        },
      ],
      alsoAffects: ["data-ai", "digital-app-innovation"],
    },
    {
      designations: ["business-applications"],
      name: "Business Applications",
      ruleSets: [{ designation: "business-applications", id: "business-applications-2023", asOf: "2025-10" }],
      options: [
        {
          id: "nca-smb-500",
          label: "Net customer adds, SMB: a tenant workload counts with more than $500 revenue in the month instead of at least $250",
          source: "eligibility",
          designations: ["business-applications"],
          sets: ["ncaRevenue"],
        },
      ],
      ignored: [],
      observations: [
        {
          address: "business-applications/smb/net-customer-adds",
          designation: "business-applications",
          track: "smb",
          metric: "net-customer-adds",
          kind: "value",
          value: 4,
          unit: "count",
          tolerance: 0,
          label: "Business Applications · SMB · Net customer adds",
          text: "business-applications/smb/net-customer-adds=4",
        },
      ],
      tried: 2,
      status: "matched",
      combinations: [
        {
          options: ["nca-smb-500"],
          label: "nca-smb-500",
          matches: true,
          mismatches: 0,
          checks: [check("business-applications/smb/net-customer-adds", 4, 4, "count")],
          current: false,
        },
        {
          options: [],
          label: "default reading",
          matches: false,
          mismatches: 1,
          checks: [check("business-applications/smb/net-customer-adds", 4, 3, "count")],
          current: true,
        },
      ],
      matching: [["nca-smb-500"]],
      best: {
        options: ["nca-smb-500"],
        label: "nca-smb-500",
        matches: true,
        mismatches: 0,
        checks: [check("business-applications/smb/net-customer-adds", 4, 4, "count")],
        current: false,
      },
      distinguishing: [],
      differences: [],
      explanations: [],
      alsoAffects: [],
    },
  ],
};

/** What the adapter answers once a calibration's options are saved: the engine's saved record and descriptions. */
export function workbookRuleOptions(result: CalibrationResult): WorkbookRuleOptions {
  const saved = savedOptionsOf(result);
  return { saved, options: describeOptions(saved.options) };
}

const ref = (name: string) => ({ key: name.toLowerCase(), name, exports: ["usage" as const] });

function effect(name: string, pts: number, text: string): DesignationEffect {
  const summary = text.slice(name.length + 2);
  return {
    designation: "modern-work",
    name: "Modern Work",
    tenant: ref(name),
    countingTrack: "smb",
    points: pts,
    designationPoints: pts,
    units: Math.abs(pts),
    tracks: [],
    method: "per-tenant",
    summary,
    text,
  };
}

/**
 * What the adapter answers for these rankings and near misses: the engine's groups (explainGroups.ts),
 * their first rows, and further rows from the same groups.
 */
export function explainedFrom(designations: DesignationRanking[], nearMisses: NearMiss[], tenants: number): TenantExplanations {
  const groups = groupRows(designations, nearMisses);
  const of = (g: ExplainedGroup) => groups.find((x) => x.name === g.name)!;
  return {
    tenants,
    groups: groups.map(firstRows),
    moreCustomers: async (g, from) => of(g).customers.slice(from, from + MORE_ROWS),
    moreNearMisses: async (g, from) => of(g).nearMisses.slice(from, from + MORE_ROWS),
  };
}

/** Given out of order on purpose: the pane lists the largest effect (either sign) first. */
export const EFFECTS: TenantExplanations = explainedFrom(
  [
    {
      designation: "modern-work",
      name: "Modern Work",
      countingTrack: "smb",
      tenants: [
        effect("Fabrikam", -2, "Fabrikam: −1 net customer add (−2 points)"),
        effect("Contoso", 12.5, "Contoso: +1 net customer add (+2 points), +340 CPOR MAU growth (+10.5 points)"),
        effect("Tailspin", 0, "Tailspin: no effect on any metric"),
      ],
    },
  ],
  [
    {
      kind: "deployment-ratio",
      tenant: ref("Northwind"),
      designations: ["modern-work"],
      tracks: ["smb"],
      item: "Exchange (CPOR)",
      threshold: { value: 0.4, rule: "deploymentRatio", ruleSet: "modern-work-2023", source: "learn" },
      current: 34,
      more: 6,
      unit: "active users",
      worth: [{ designation: "modern-work", name: "Modern Work", points: 2.5, countingTrack: "smb", tracks: [], text: "+2.5 points" }],
      points: 2.5,
      text: "Northwind: Exchange (CPOR) has 34 of 100 paid units active (34 %); 6 more active users reach the 40 % deployment ratio: +2.5 points",
    },
  ],
  3
);

// ---------------------------------------------------------------------------------------------

/** The report with ticked recommendations' points added to their metrics (capped), totals and statuses again. */
function withTicks(report: Report, ids: readonly string[], available: readonly Recommendation[]): Report {
  const designations = report.designations.map((d) => {
    const tracks = d.tracks.map((t) => {
      const ticks = available.filter((r) => ids.includes(r.id) && r.designation === d.id && r.track === t.id);
      if (!ticks.length) return t;
      const metrics = t.metrics.map((m) => {
        const add = ticks.filter((r) => r.metric === m.id);
        if (!add.length) return m;
        const units = add.reduce((s, r) => s + r.units, 0);
        const value =
          typeof m.value === "number"
            ? m.value + units
            : Object.fromEntries(Object.entries(m.value).map(([k, v]) => [k, v + add.filter((r) => r.lever === k).reduce((s, r) => s + r.units, 0)]));
        return { ...m, value, points: Math.min(m.maxPoints, m.points + add.reduce((s, r) => s + r.points, 0)), gaps: [] };
      });
      return track(t.id, t.label, metrics);
    });
    const best = tracks.reduce((a, b) => (b.total > a.total ? b : a));
    return { ...d, tracks, countingTrack: best.id, total: best.total, status: best.status, qualified: best.status === "Qualified" };
  });
  return { ...report, designations };
}

export class FakeService implements ScoringService {
  inspectCalls = 0;
  scoreCalls: ScoreRequest[] = [];
  simulateCalls: { request: ScoreRequest; scenario: Scenario }[] = [];
  explainCalls: ScoreRequest[] = [];
  saveCalls: { request: ScoreRequest; scenario: Scenario }[] = [];
  savedListCalls = 0;
  saved: SavedScenario[] = [];
  inspectAnswer: Deferred<WorkbookSummary> = deferred();
  scoreAnswer: Deferred<ScoreOutcome> = deferred();
  explainAnswer: Deferred<TenantExplanations> = deferred();
  /** The last explain call's onGroup: a test hands it groups before the answer. */
  explainOnGroup: ((group: ExplainedGroup, index: number, count: number) => void) | undefined;
  customersCalls: ScoreRequest[] = [];
  customersAnswer: Deferred<CustomerLookup> = deferred();
  simulateError?: Error;
  inspectProgress?: (p: Progress) => void;
  scoreProgress?: (p: Progress) => void;
  calibrateCalls: { request: ScoreRequest; observed: Observation[] }[] = [];
  calibrateAnswer: Deferred<CalibrationResult> = deferred();
  /** What the workbook holds ("Use these options"); ruleOptions() answers with it, or fails with ruleOptionsError. */
  stored: WorkbookRuleOptions | null = null;
  ruleOptionsError?: Error;
  ruleOptionsCalls = 0;
  useCalls: CalibrationResult[] = [];
  clearCalls = 0;
  goToCalls: CellTarget[] = [];
  goToError?: Error;
  /** The anniversary dates the workbook holds (its document settings); saveAnniversaries replaces them. */
  storedAnniversaries: Anniversaries = {};
  saveAnniversaryCalls: Anniversaries[] = [];

  inspect(onProgress?: (p: Progress) => void): Promise<WorkbookSummary> {
    this.inspectCalls++;
    this.inspectProgress = onProgress;
    return this.inspectAnswer.promise;
  }
  scoreSignal?: AbortSignal;
  score(request: ScoreRequest, onProgress?: (p: Progress) => void, signal?: AbortSignal): Promise<ScoreOutcome> {
    this.scoreCalls.push({ ...request });
    this.scoreProgress = onProgress;
    this.scoreSignal = signal;
    // As the adapter does: Cancel rejects with the engine's message, nothing written.
    signal?.addEventListener("abort", () => this.scoreAnswer.reject(new EngineCancelled()));
    return this.scoreAnswer.promise;
  }
  async simulate(request: ScoreRequest, scenario: Scenario): Promise<SimulationResult> {
    this.simulateCalls.push({ request, scenario });
    if (this.simulateError) throw this.simulateError;
    const available = recommendationsOf(REPORT);
    const simulated = withTicks(REPORT, scenario.recommendations, available);
    const notes = [
      ...scenario.customers.map((c) => `${c.name}: added to the exports' rows.`),
      ...(scenario.exclude.length ? [`Left out: ${scenario.exclude.join(", ")}.`] : []),
    ];
    return {
      scenario,
      current: REPORT,
      simulated,
      changes: compareReports(REPORT, simulated),
      notes,
      applied: available.filter((r) => scenario.recommendations.includes(r.id)),
      recommendations: available,
    };
  }
  explain(request: ScoreRequest, onGroup?: (group: ExplainedGroup, index: number, count: number) => void): Promise<TenantExplanations> {
    this.explainCalls.push(request);
    this.explainOnGroup = onGroup;
    return this.explainAnswer.promise;
  }
  customers(request: ScoreRequest): Promise<CustomerLookup> {
    this.customersCalls.push(request);
    return this.customersAnswer.promise;
  }
  async saveScenario(request: ScoreRequest, scenario: Scenario): Promise<SavedScenario> {
    this.saveCalls.push({ request, scenario });
    const saved = { sheet: `SPD Scenario ${scenario.name}`, scenario };
    this.saved = [...this.saved.filter((s) => s.sheet !== saved.sheet), saved];
    return saved;
  }
  async savedScenarios(): Promise<SavedScenario[]> {
    this.savedListCalls++;
    return this.saved;
  }
  calibrate(request: ScoreRequest, observed: Observation[]): Promise<CalibrationResult> {
    this.calibrateCalls.push({ request, observed });
    return this.calibrateAnswer.promise;
  }
  async ruleOptions(): Promise<WorkbookRuleOptions | null> {
    this.ruleOptionsCalls++;
    if (this.ruleOptionsError) throw this.ruleOptionsError;
    return this.stored;
  }
  async useRuleOptions(calibration: CalibrationResult): Promise<WorkbookRuleOptions> {
    this.useCalls.push(calibration);
    this.ruleOptionsError = undefined;
    this.stored = workbookRuleOptions(calibration);
    return this.stored;
  }
  async clearRuleOptions(): Promise<void> {
    this.clearCalls++;
    this.ruleOptionsError = undefined;
    this.stored = null;
  }
  async goToCell(target: CellTarget): Promise<void> {
    this.goToCalls.push(target);
    if (this.goToError) throw this.goToError;
  }
  async anniversaries(): Promise<Anniversaries> {
    return { ...this.storedAnniversaries };
  }
  async saveAnniversaries(anniversaries: Anniversaries): Promise<Anniversaries> {
    this.saveAnniversaryCalls.push({ ...anniversaries });
    this.storedAnniversaries = { ...anniversaries };
    return { ...anniversaries };
  }
}

export function renderApp(service: ScoringService) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App service={service} today={TODAY} />
    </FluentProvider>
  );
}

/** Renders the pane and lets the fake's inspect answer with `summary`. */
export async function renderReady(summary: WorkbookSummary = SUMMARY, service = new FakeService()) {
  renderApp(service);
  await act(async () => service.inspectAnswer.resolve(summary));
  await screen.findByRole("region", { name: "Exports found" });
  return service;
}

/** Renders the pane, scores, and answers with `outcome`. */
export async function renderScored(outcome: ScoreOutcome = OUTCOME, service = new FakeService()) {
  await renderReady(SUMMARY, service);
  act(() => screen.getByRole("button", { name: "Score" }).click());
  await act(async () => service.scoreAnswer.resolve(outcome));
  return service;
}
