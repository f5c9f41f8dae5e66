/** Observed values: the text a partner types, checked strictly against the rules in force; saved options files. */
import {
  CalibrationError,
  InputCollector,
  mergeOptions,
  observableMetrics,
  parseObservation,
  readCsvText,
  readSavedOptions,
  resolveObservation,
  savedOptionsOf,
  calibrate,
  scoreDesignations,
  type ObservableCatalogue,
} from "../../../src/engine";
import { samplesInput } from "../simulate/samplesInput";

describe("parseObservation", () => {
  test.each([
    [
      "business-applications/smb/net-customer-adds=3",
      { designation: "business-applications", track: "smb", metric: "net-customer-adds", kind: "value", value: 3 },
    ],
    ["modern-work/smb/usage-growth/CSP=1,340", { metric: "usage-growth", part: "CSP", kind: "value", value: 1340 }],
    ["security/smb/usage-growth/azure=$5,400", { part: "azure", value: 5400, unit: "usd" }],
    ["security/smb/usage-growth/azure=5400 USD", { value: 5400, unit: "usd" }],
    ["infrastructure/single/usage-growth=21.39%", { value: 21.39, unit: "percent" }],
    ["business-applications/smb/net-customer-adds=9pts", { kind: "points", value: 9 }],
    ["business-applications/smb/net-customer-adds = 9 points", { kind: "points", value: 9 }],
    ["points:business-applications/smb/total=56.36", { kind: "points", metric: "total", value: 56.36 }],
    ["modern-work/smb/usage-growth/CPOR=\u2212158", { value: -158 }],
    ["Business Applications/SMB/Net customer adds=3", { designation: "Business Applications", track: "SMB", metric: "Net customer adds" }],
    ["business-applications/smb/usage-growth=15.9~0.05", { value: 15.9, tolerance: 0.05 }],
  ])("%s", (text, expected) => {
    expect(parseObservation(text)).toMatchObject({ ...expected, text });
  });

  test.each([
    ["business-applications/smb/net-customer-adds", /no "=VALUE"/],
    ["business-applications/net-customer-adds=3", /is not DESIGNATION\/TRACK\/METRIC/],
    ["a/b/c/d/e=3", /is not DESIGNATION\/TRACK\/METRIC/],
    ["business-applications/smb/net-customer-adds=", /no value after "="/],
    ["business-applications/smb/net-customer-adds=three", /"three" is not a number/],
    ["business-applications/smb/net-customer-adds=13,5", /"13,5" is not a number/],
    ["value:business-applications/smb/net-customer-adds=9pts", /contradict/],
  ])("%s is refused", (text, message) => {
    expect(() => parseObservation(text)).toThrow(CalibrationError);
    expect(() => parseObservation(text)).toThrow(message);
  });
});

describe("resolveObservation against the rules in force (samples, as of Oct-2025: 2023 rules)", () => {
  let catalogue: ObservableCatalogue;
  beforeAll(() => {
    catalogue = observableMetrics(scoreDesignations(samplesInput()));
  });
  const resolve = (text: string) => resolveObservation(parseObservation(text), catalogue);

  test("canonical addresses, units and tolerances", () => {
    expect(resolve("Business Applications/SMB/Net customer adds=3")).toMatchObject({
      address: "business-applications/smb/net-customer-adds",
      unit: "count",
      tolerance: 0,
    });
    expect(resolve("modern-work/smb/usage-growth/csp=1340")).toMatchObject({ address: "modern-work/smb/usage-growth/CSP", part: "CSP", unit: "count" });
    expect(resolve("security/all/usage-growth/Azure=$18,648")).toMatchObject({ address: "security/single/usage-growth/azure", unit: "usd", tolerance: 0.5 });
    expect(resolve("infrastructure/all partners/usage-growth=21.39")).toMatchObject({ unit: "percent", tolerance: 0.005 });
    expect(resolve("modern-work/smb/usage-growth=20.1pts")).toMatchObject({ kind: "points", unit: "points", tolerance: 0.005 });
    expect(resolve("business-applications/smb/total=56.36")).toMatchObject({ metric: "total", kind: "points", unit: "points" });
    expect(resolve("data-ai/single/usage-growth=21.4~0.01")).toMatchObject({ tolerance: 0.01 });
  });

  test.each([
    [
      "azure/single/usage-growth=3",
      /unknown designation "azure"; use one of data-ai, infrastructure, digital-app-innovation, business-applications, modern-work, security\./,
    ],
    [
      "business-applications/large/net-customer-adds=3",
      /unknown track "large" for business-applications \(rules business-applications-2023\); use one of enterprise, smb\./,
    ],
    [
      "security/smb/usage-growth/azure=5400",
      /unknown track "smb" for security \(rules security-2023-12\); use one of single \("smb" is a track of security-2026: add --rules 2026/,
    ],
    [
      "business-applications/smb/nca=3",
      /unknown metric "nca" for business-applications\/smb; use one of net-customer-adds, intermediate-certifications, advanced-certifications, usage-growth, deployments, total\./,
    ],
    ["modern-work/smb/usage-growth/DPOR=5", /unknown association type "DPOR" for modern-work\/smb\/usage-growth; use one of CPOR, CSP\./],
    ["security/single/usage-growth/defender=5", /unknown part "defender" for security\/single\/usage-growth; use one of azure, m365\./],
    [
      "modern-work/smb/usage-growth=1340",
      /has a value per association type: give one of CPOR, CSP \(e\.g\. modern-work\/smb\/usage-growth\/CSP=1340\), or its points/,
    ],
    ["modern-work/smb/net-customer-adds/CSP=8", /has one value, no parts; drop "\/CSP"/],
    ["business-applications/smb/net-customer-adds=3.5", /is a count: give a whole number, not 3\.5/],
    ["business-applications/smb/net-customer-adds=3%", /is a count, not a percentage/],
    ["infrastructure/single/usage-growth=$20", /is a percentage, not dollars/],
  ])("%s", (text, message) => {
    expect(() => resolve(text)).toThrow(CalibrationError);
    expect(() => resolve(text)).toThrow(message);
  });

  test("a designation whose export is missing cannot be observed, and says which export it needs", () => {
    const c = new InputCollector();
    readCsvText(
      c,
      "bizapps-revenue.csv",
      "FiscalMonthName,CustomerTenantID,CustomerTenantName,Workloads,AdjustedRevenueAmtCD,PartnerAssociationType\n2025-10,T1,T1 Ltd,Sales,1500,DPOR"
    );
    const only = observableMetrics(scoreDesignations(c.result()));
    expect(only.designations.map((d) => d.designation)).toEqual(["business-applications"]);
    expect(() => resolveObservation(parseObservation("modern-work/smb/net-customer-adds=3"), only)).toThrow(
      /modern-work is not scored from these exports \(Needs .*\), so it cannot be calibrated\./
    );
  });

  test("the catalogue a form offers: tracks, metrics, parts with labels, units and maximum points", () => {
    const mw = catalogue.designations.find((d) => d.designation === "modern-work")!;
    expect(mw.name).toBe("Modern Work");
    expect(mw.ruleSet.id).toBe("modern-work-2023");
    const growth = mw.tracks.find((t) => t.id === "smb")!.metrics.find((m) => m.metric === "usage-growth")!;
    expect(growth).toMatchObject({ address: "modern-work/smb/usage-growth", label: "Modern Work · SMB · Usage growth", valuePerPart: true, maxPoints: 30 });
    expect(growth.parts.map((p) => p.id)).toEqual(["CPOR", "CSP"]);
    const sec = catalogue.designations.find((d) => d.designation === "security")!.tracks[0].metrics.find((m) => m.metric === "usage-growth")!;
    expect(sec.parts).toEqual([
      { id: "azure", label: "Azure", unit: "usd" },
      { id: "m365", label: "M365", unit: "count" },
    ]);
    const ba = catalogue.designations.find((d) => d.designation === "business-applications")!;
    expect(ba.options.map((o) => o.id)).toEqual([
      "nca-smb-500",
      "nca-enterprise-over-1500",
      "bare-cpor-not-counted",
      "advanced-enterprise-2.14",
      "supply-chain-unrated",
      "commerce-unrated",
    ]);
    expect(ba.tracks.map((t) => t.metrics.map((m) => m.metric))[0]).toEqual([
      "net-customer-adds",
      "intermediate-certifications",
      "advanced-certifications",
      "usage-growth",
      "deployments",
      "total",
    ]);
    expect(ba.tracks[0].metrics.find((m) => m.metric === "total")!.maxPoints).toBe(100);
  });
});

describe("saved options", () => {
  test("what --save writes, read back; merged with --option", () => {
    const input = samplesInput();
    const result = calibrate(input, [parseObservation("business-applications/smb/net-customer-adds=4")], {}, { explain: false });
    const saved = savedOptionsOf(result);
    expect(saved).toEqual({
      kind: "spd-calibrated-options",
      version: 1,
      options: ["nca-smb-500"],
      designations: { "business-applications": { ruleSet: "business-applications-2023", options: ["nca-smb-500"], status: "matched" } },
      observed: ["business-applications/smb/net-customer-adds=4"],
      asOf: "2025-10",
    });
    expect(readSavedOptions(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    expect(mergeOptions(["growth-ttm"], saved)).toEqual({ options: ["nca-smb-500", "growth-ttm"], fromFile: ["nca-smb-500"] });
    expect(mergeOptions(["growth-ttm"], null)).toEqual({ options: ["growth-ttm"], fromFile: [] });
  });

  test.each([
    [[], /not an options file/],
    [{ kind: "report" }, /"kind" is "report"/],
    [{ kind: "spd-calibrated-options", version: 2, options: [] }, /version 2 is not supported/],
    [{ kind: "spd-calibrated-options", version: 1, options: "nca-smb-500" }, /"options" must be a list/],
    [{ kind: "spd-calibrated-options", version: 1, options: ["nca-anything"] }, /unknown option "nca-anything"/],
    [{ kind: "spd-calibrated-options", version: 1, options: [], designations: { azure: {} } }, /unknown designation "azure"/],
  ])("refuses %j", (json, message) => {
    expect(() => readSavedOptions(json, "x.json")).toThrow(message);
  });
});
