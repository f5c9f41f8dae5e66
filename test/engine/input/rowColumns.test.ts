/**
 * Usage, Azure and Business Applications rows are read into typed columns; `records` are built from them
 * only when some code asks, and the columns follow the records when code changes them (a pushed row, a
 * filtered copy).
 */
import { InputCollector, readCsvText, scoreDesignations } from "../../../src/engine";
import { usageColumns, usageCount, type UsageColumns } from "../../../src/engine/input/usageColumns";
import { measureColumns, type MeasureColumns } from "../../../src/engine/input/measureColumns";
import { ColumnsBuilder } from "../../../src/engine/input/rowColumns";
import type { UsageData, UsageRecord } from "../../../src/engine/input/usage";
import { usageCsv, type UsageRow } from "../../helpers/score";
import { monthLabel, parseMonth } from "../../../src/engine/parse/months";
import { KindNumbers } from "../../../src/engine/input/rowColumns";
import { withoutTenantIndices } from "../../../src/engine/input/withoutTenants";
import { ServiceTable } from "../../../src/engine/designations/modern-work/serviceTable";
import { modernWork2026 } from "../../../src/engine/designations/modern-work/rules2026";
import { azureCsv, type AzureRow } from "../../helpers/azure";
import { bizUsageCsv, revenueCsv } from "../../helpers/bizApps";

function collect(...files: UsageRow[][]) {
  const c = new InputCollector();
  files.forEach((rows, i) => readCsvText(c, `usage${i}.csv`, usageCsv(rows)));
  return c.result();
}

/** Every row of the columns as a record (compared with the records, they show columns made from records hold what those say). */
const allRows = (c: UsageColumns) => Array.from({ length: c.length }, (_, i) => c.record(i));

const ASSOCIATIONS = ["CSP Tier 1", "CPOR", "DPOR", "PAL", "CSP Tier1", "Something else"];
const WORKLOADS = ["Exchange", "Teams", "SharePoint", "Intune"];

/** 5,000 rows (the columns grow past their first size twice), decimals and claim months among them. */
function manyRows(): UsageRow[] {
  return Array.from({ length: 5_000 }, (_, i): UsageRow => [
    `Tenant ${Math.floor(i / 7)}`,
    ASSOCIATIONS[i % ASSOCIATIONS.length],
    WORKLOADS[(i >> 1) % WORKLOADS.length],
    i % 2 ? "Oct-2025" : "Oct-2024",
    i % 11 === 0 ? 12.5 : i % 300,
    (i % 400) + 1,
    i % 13 === 0 ? "2025-03-15" : "",
  ]);
}

describe("usage columns", () => {
  it("hold every row the reader took, as the records say them (file, row, kind, numbers, claim month)", () => {
    const input = collect(manyRows(), [["Tenant 1", "CPOR", "Teams", "Sep-2025", 3, 4]]);
    const columns = usageColumns(input.usage);
    expect(columns.length).toBe(5_001);
    expect(usageCount(input.usage)).toBe(5_001);
    expect(allRows(columns)).toEqual(input.usage.records);
    // What the reader read, row by row, from the rows given (not from the columns).
    const given = manyRows();
    const { records, tenants } = input.usage;
    expect(
      records.slice(0, 5_000).map((r) => [tenants[r.tenant].name, r.associationRaw, r.workload, monthLabel(r.month), r.mau, r.pau, r.claimMonth, r.row])
    ).toEqual(
      given.map(([tenant, association, workload, month, mau, pau, claim], i) => [
        tenant,
        association,
        workload,
        month,
        mau,
        pau,
        claim ? parseMonth(claim) : null,
        i + 2,
      ])
    );
    expect(input.usage.records[5_000]).toMatchObject({ file: 1, row: 2, tenant: 1, workload: "Teams", association: "CPOR", mau: 3, pau: 4 });
    expect(input.usage.records.filter((r) => r.claimMonth !== null).length).toBe(Math.ceil(5_000 / 13));
    expect(input.usage.records.some((r) => r.mau === 12.5)).toBe(true);
    // A few dozen kinds for thousands of rows.
    expect(columns.kinds.length).toBe(ASSOCIATIONS.length * WORKLOADS.length);
  });

  it("give records with the fields in the order the reader always wrote them", () => {
    const [record] = collect([["A", "CSP Tier 1", "Exchange", "Oct-2025", 5, 10]]).usage.records;
    expect(Object.keys(record)).toEqual([
      "file",
      "row",
      "tenant",
      "workload",
      "workloadKey",
      "association",
      "associationLabel",
      "associationRaw",
      "month",
      "mau",
      "pau",
      "claimMonth",
    ]);
  });

  it("are what scoring reads: a score builds no records, its row flags included", () => {
    const input = collect(manyRows());
    const built = jest.spyOn(ColumnsBuilder.prototype, "allRecords");
    try {
      const { report } = scoreDesignations(input, { rows: false });
      expect(report.designations.find((d) => d.id === "modern-work")?.scored).toBe(true);
      const { report: flagged } = scoreDesignations(input, { rows: true });
      expect(flagged.rows?.length).toBe(5_000);
      expect(built).not.toHaveBeenCalled();
      expect(input.usage.records).toHaveLength(5_000);
      expect(built).toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });

  it("follow rows pushed onto the records, records put in their place, and a filtered copy", () => {
    const input = collect([
      ["A", "CSP Tier 1", "Exchange", "Oct-2025", 5, 10],
      ["B", "CPOR", "Teams", "Oct-2025", 7, 10],
    ]);
    const data = input.usage;
    const pushed: UsageRecord = { ...data.records[0], tenant: 1, workload: "Intune", workloadKey: "intune", mau: 2.25, claimMonth: 24300 };
    data.records.push(pushed);
    expect(allRows(usageColumns(data))).toEqual(data.records);
    expect(usageColumns(data).record(2)).toEqual(pushed);

    const copy: UsageData = { ...data, records: data.records.filter((r) => r.tenant === 1) };
    expect(allRows(usageColumns(copy))).toEqual(copy.records);
    expect(usageCount(copy)).toBe(2);

    data.records = [data.records[1]];
    expect(allRows(usageColumns(data))).toEqual([data.records[0]]);
    expect(usageCount(data)).toBe(1);
  });

  it("put rows read after records were put in place onto those records, as the reader always did", () => {
    const c = new InputCollector();
    readCsvText(c, "first.csv", usageCsv([["A", "CSP Tier 1", "Exchange", "Oct-2025", 5, 10]]));
    const data = c.result().usage;
    const mine = [...data.records];
    data.records = mine;
    readCsvText(c, "second.csv", usageCsv([["B", "CPOR", "Teams", "Oct-2025", 7, 10]]));
    expect(data.records).toBe(mine);
    expect(mine.map((r) => r.workload)).toEqual(["Exchange", "Teams"]);
    expect(allRows(usageColumns(data))).toEqual(mine);
  });

  it("describe a copy of the records with rows replaced and added (a scenario's), patched from the reader's", () => {
    const input = collect(manyRows());
    const records = [...input.usage.records];
    records[10] = { ...records[10], mau: 999.5, workload: "Teams Premium", workloadKey: "teamspremium" };
    records.push({ ...records[0], tenant: 3, month: 24310, claimMonth: 24301 });
    const copy: UsageData = { ...input.usage, records };
    expect(allRows(usageColumns(copy))).toEqual(records);
    expect(allRows(usageColumns(input.usage))).toEqual(input.usage.records); // the reader's own unchanged
  });

  it("leave tenants out from the columns as a filter of the records would", () => {
    const input = collect(manyRows());
    const left = [3, 10, 11, 500];
    const without = withoutTenantIndices(input, { usage: left });
    expect(without.usage.tenants).toBe(input.usage.tenants);
    expect(without.usage.files).toBe(input.usage.files);
    expect(usageColumns(without.usage).length).toBe(5_000 - 4 * 7);
    expect(without.usage.records).toEqual(input.usage.records.filter((r) => !left.includes(r.tenant)));
    expect(usageCount(input.usage)).toBe(5_000); // the input is not changed
  });

  it("keep the records in step with rows read after they were built", () => {
    const c = new InputCollector();
    readCsvText(c, "first.csv", usageCsv([["A", "CSP Tier 1", "Exchange", "Oct-2025", 5, 10]]));
    const records = c.result().usage.records;
    readCsvText(c, "second.csv", usageCsv([["B", "CPOR", "Teams", "Oct-2025", 7, 10]]));
    const data = c.result().usage;
    expect(data.records).toBe(records);
    expect(records.map((r) => [r.file, r.tenant, r.workload])).toEqual([
      [0, 0, "Exchange"],
      [1, 1, "Teams"],
    ]);
    expect(allRows(usageColumns(data))).toEqual(records);
  });
});

const measureRows = (c: MeasureColumns) => Array.from({ length: c.length }, (_, i) => c.record(i));

/** 3,000 Azure rows with segments, offers, credits and cents. */
function azureRows(): AzureRow[] {
  return Array.from({ length: 3_000 }, (_, i) => ({
    tenant: `T${Math.floor(i / 9)}`,
    service: ["Virtual Machines", "Storage", "Azure SQL Database"][i % 3],
    month: `2025-${String((i % 12) + 1).padStart(2, "0")}`,
    acr: i % 17 === 0 ? -12.75 : (i % 500) + 0.35,
    association: ASSOCIATIONS[i % 4],
    segment: i % 5 ? "SMB" : i % 2 ? "" : "Enterprise",
    offer: i % 7 ? "Pay-As-You-Go" : "Trial",
  }));
}

describe("kinds and services", () => {
  it("number a kind by its parts, even when the caller reuses its parts array", () => {
    const kinds: string[] = [];
    const numbers = new KindNumbers(kinds);
    const parts: unknown[] = ["Exchange", "CPOR"];
    expect(numbers.of(parts, () => "Exchange/CPOR")).toBe(0);
    parts[1] = "CSP Tier 1";
    expect(numbers.of(parts, () => "Exchange/CSP")).toBe(1);
    expect(numbers.of(["Exchange", "CPOR"], () => "again")).toBe(0);
    expect(numbers.of(["Exchange", undefined], () => "no association")).toBe(2);
    expect(numbers.of(["Exchange", ""], () => "empty association")).toBe(3);
    expect(kinds).toEqual(["Exchange/CPOR", "Exchange/CSP", "no association", "empty association"]);
  });

  it("keep a service's months, two in its columns and more beside them", () => {
    const table = new ServiceTable(0);
    const workload = modernWork2026.workloads.value[0];
    const g = table.add(7, workload, "CSP");
    const months = [24300, 24312, 24305, 24306];
    months.forEach((m, i) => table.addRow(g, m, 10 * (i + 1), i % 2 === 1));
    table.addRow(g, 24305, 1.5, true);
    table.addRow(g, 24300, 2, false);
    expect(table.months(g)).toEqual(months);
    expect(months.map((m) => table.mauIn(g, m))).toEqual([12, 20, 31.5, 40]);
    expect(months.map((m) => table.deployedIn(g, m))).toEqual([false, true, true, true]);
    expect([table.has(g, 24301), table.mauIn(g, 24301), table.deployedIn(g, 24301), table.has(g, -1)]).toEqual([false, 0, false, false]);
    expect(table.tenant[g]).toBe(7);
  });
});

describe("measure columns", () => {
  it("hold every Azure row as the records say them, segment and offer included", () => {
    const c = new InputCollector();
    readCsvText(c, "azure.csv", azureCsv(azureRows()));
    const azure = c.result().azure!;
    const columns = measureColumns(azure);
    expect(columns.length).toBe(3_000);
    expect(measureRows(columns)).toEqual(azure.records);
    expect(azure.records[0]).toMatchObject({
      item: "Virtual Machines",
      itemKey: "virtualmachines",
      month: 24300,
      value: -12.75,
      segment: "Enterprise",
      offer: "Trial",
    });
    expect(azure.records[1]).toMatchObject({ item: "Storage", month: 24301, value: 1.35, association: "CPOR", segment: "SMB", offer: "Pay-As-You-Go" });
    expect(new Set(azure.records.map((r) => r.segment))).toEqual(new Set(["SMB", "", "Enterprise"]));
    expect(columns.kinds.length).toBeLessThan(200);
  });

  it("keep a Business Applications row's trial flag, and a record's fields in the order the reader wrote them", () => {
    const c = new InputCollector();
    readCsvText(
      c,
      "bizapps-usage.csv",
      bizUsageCsv([
        ["T1", "Dynamics 365 Sales", "Oct-2025", 10, "CSP Tier 1", "Trial"],
        ["T1", "Dynamics 365 Sales", "Oct-2025", 12, "CSP Tier 1"],
      ])
    );
    const data = c.result().bizAppsUsage!;
    expect(data.records.map((r) => r.trial)).toEqual([true, false]);
    expect(measureRows(measureColumns(data))).toEqual(data.records);
    expect(Object.keys(data.records[0])).toEqual([
      "file",
      "row",
      "tenant",
      "item",
      "itemKey",
      "association",
      "associationLabel",
      "associationRaw",
      "month",
      "value",
      "segment",
      "offer",
      "trial",
    ]);
  });

  it("are what scoring reads: an Azure score builds no records, its row flags included", () => {
    const c = new InputCollector();
    readCsvText(c, "azure.csv", azureCsv(azureRows()));
    const input = c.result();
    const built = jest.spyOn(ColumnsBuilder.prototype, "allRecords");
    try {
      const { report } = scoreDesignations(input, { rows: false });
      expect(report.designations.filter((d) => d.scored).map((d) => d.id)).toEqual(["data-ai", "infrastructure", "digital-app-innovation", "security"]);
      const { report: flagged } = scoreDesignations(input, { rows: true });
      expect(flagged.rows?.length).toBe(3_000);
      expect(flagged.rows?.[1]).toMatchObject({ file: "azure.csv", row: 3 });
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });

  it("are what scoring reads: a Business Applications score builds no records, its row flags included", () => {
    const c = new InputCollector();
    const workloads = ["Dynamics 365 Sales", "Dynamics 365 Customer Service", "Power Apps", "Contoso Widget"];
    const months = ["Oct-2024", "Oct-2025", "Sep-2025"];
    readCsvText(
      c,
      "bizapps-revenue.csv",
      revenueCsv(Array.from({ length: 600 }, (_, i) => [`T${i % 40}`, workloads[i % 4], months[i % 3], 100 + (i % 7) * 300, i % 5 ? "CPOR RevRec" : "PAL"]))
    );
    readCsvText(
      c,
      "bizapps-usage.csv",
      bizUsageCsv(Array.from({ length: 600 }, (_, i) => [`T${i % 40}`, workloads[i % 4], months[i % 3], 50 + i, "CPOR OSU", i % 9 ? "Paid" : "Trial"]))
    );
    const input = c.result();
    const built = jest.spyOn(ColumnsBuilder.prototype, "allRecords");
    try {
      const { report } = scoreDesignations(input, { rows: true, designations: ["business-applications"] });
      expect(report.designations[0].scored).toBe(true);
      expect(report.designations[0].tracks.flatMap((t) => t.metrics.map((m) => m.value)).some((v) => typeof v === "number" && v > 0)).toBe(true);
      expect(report.rows?.length).toBe(1_200);
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });

  it("are made from records that lack the optional fields (a scenario's rows)", () => {
    const c = new InputCollector();
    readCsvText(c, "azure.csv", azureCsv(azureRows().slice(0, 10)));
    const azure = c.result().azure!;
    const { segment: _s, offer: _o, trial: _t, ...bare } = azure.records[0];
    const copy = { ...azure, records: [...azure.records, { ...bare, tenant: 0, value: 99.5 }] };
    const columns = measureColumns(copy);
    expect(columns.length).toBe(11);
    expect(columns.record(10)).toMatchObject({ value: 99.5, segment: undefined, offer: undefined, trial: undefined });
    expect(columns.kinds[columns.kind[10]]).not.toBe(columns.kinds[columns.kind[0]]);
    expect(() => columns.record(11)).toThrow(RangeError);
  });

  it("follow a filtered copy of the records", () => {
    const c = new InputCollector();
    readCsvText(c, "azure.csv", azureCsv(azureRows()));
    const azure = c.result().azure!;
    const copy = { ...azure, records: azure.records.filter((r) => r.value < 0) };
    expect(measureRows(measureColumns(copy))).toEqual(copy.records);
    expect(measureColumns(copy).length).toBe(Math.ceil(3_000 / 17));
  });
});
