/**
 * CSV exports through InputCollector + readCsvText: layouts, separators, encodings, blank lines and
 * Excel row numbers, unreadable values (reported with file, row and column; the rest still read).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InputCollector, InputError, decodeText, describeIssue, readCsvText } from "../../../src/engine";

const SEED_HEADER = "CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage";
const SKILLING_HEADER = "Individual name,Certification name,Certification type,Solution area,Completion date,Expiry date";
const Oct2024 = 2024 * 12 + 9;
const Oct2025 = 2025 * 12 + 9;

function read(name: string, text: string) {
  const collector = new InputCollector();
  const summary = readCsvText(collector, name, text);
  return { summary, input: collector.result() };
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error, none was thrown");
}

describe("the seed fixture (seed-002-sample.csv)", () => {
  const text = readFileSync(join(__dirname, "../../fixtures/seed-002-sample.csv"), "utf8");
  const { summary, input } = read("seed-002-sample.csv", text);

  test("25 records, none skipped, no issues", () => {
    expect(summary).toEqual({ name: "seed-002-sample.csv", layout: "m365-usage", rows: 25, skipped: 0, headerRow: 1 });
    expect(input.usage.records).toHaveLength(25);
    expect(input.usage.rejected).toEqual([]);
    expect(input.issues).toEqual([]);
    expect(input.tables).toEqual([summary]);
    expect(input.usage.files).toEqual(["seed-002-sample.csv"]);
    expect(input.skilling).toBeNull();
  });

  test("3 tenants, keyed and named by CustomerTenantName", () => {
    expect(input.usage.tenants).toEqual([
      { key: "5C8E1A7F3B9D4E26F0A3", name: "5C8E1A7F3B9D4E26F0A3" },
      { key: "6F2A9E3C7D1B4A8F05C3", name: "6F2A9E3C7D1B4A8F05C3" },
      { key: "7C1F9A3E5B8D02F4A6C9", name: "7C1F9A3E5B8D02F4A6C9" },
    ]);
    const perTenant = [0, 1, 2].map((t) => input.usage.records.filter((r) => r.tenant === t).length);
    expect(perTenant).toEqual([14, 10, 1]);
  });

  test("first record is the file's row 2, read field by field", () => {
    expect(input.usage.records[0]).toEqual({
      file: 0,
      row: 2,
      tenant: 0,
      workload: "Exchange",
      workloadKey: "exchange",
      association: "CSP",
      associationLabel: "CSP Tier 1",
      associationRaw: "CSP Tier1",
      month: Oct2024,
      mau: 13,
      pau: 14,
      claimMonth: null,
    });
  });

  test("rows are numbered 2..26 as Excel shows them, the last is 7C1F…'s Exchange Oct-2024", () => {
    expect(input.usage.records.map((r) => r.row)).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
    const last = input.usage.records[24];
    expect([last.row, last.tenant, last.workload, last.month, last.mau, last.pau]).toEqual([26, 2, "Exchange", Oct2024, 53, 96]);
  });

  test("months are Oct-2024 and Oct-2025 only; workload keys are loose", () => {
    expect(new Set(input.usage.records.map((r) => r.month))).toEqual(new Set([Oct2024, Oct2025]));
    expect(input.usage.records.find((r) => r.workload === "TeamsMeetings")?.workloadKey).toBe("teamsmeetings");
    expect(input.usage.records.find((r) => r.workload === "Microsoft365Apps")?.workloadKey).toBe("microsoft365apps");
  });
});

describe("separators, line endings, quoting, encodings", () => {
  const rows = [
    ["Contoso", "CSP Tier1", "Exchange", "Oct-2024", "13.00", "14.00"],
    ["Fabrikam", "CPOR", "Teams", "2024-10", "5", "20"],
  ];
  const expectTwo = (text: string) => {
    const { summary, input } = read("t.csv", text);
    expect(summary).toEqual({ name: "t.csv", layout: "m365-usage", rows: 2, skipped: 0, headerRow: 1 });
    expect(input.usage.records.map((r) => [r.row, input.usage.tenants[r.tenant].name, r.workload, r.month, r.mau, r.pau])).toEqual([
      [2, "Contoso", "Exchange", Oct2024, 13, 14],
      [3, "Fabrikam", "Teams", Oct2024, 5, 20],
    ]);
    expect(input.issues).toEqual([]);
  };
  const csv = (sep: string, eol: string) => [SEED_HEADER.split(","), ...rows].map((r) => r.join(sep)).join(eol) + eol;

  test("comma, LF", () => expectTwo(csv(",", "\n")));
  test("semicolon, LF", () => expectTwo(csv(";", "\n")));
  test("tab, LF", () => expectTwo(csv("\t", "\n")));
  test("comma, CRLF (no stray \\r in the last column)", () => expectTwo(csv(",", "\r\n")));
  test("semicolon, CRLF", () => expectTwo(csv(";", "\r\n")));
  test("no newline at the end of the file", () => expectTwo(csv(",", "\n").trimEnd()));
  test("UTF-8 BOM before the header (text)", () => expectTwo(`\uFEFF${csv(",", "\r\n")}`));

  test("UTF-8 BOM before the header (bytes through decodeText)", () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(",", "\r\n"), "utf8")]));
    expectTwo(decodeText(bytes));
  });

  test("UTF-16LE with BOM (Excel's Unicode Text) through decodeText, tab separated", () => {
    const text = csv("\t", "\r\n").replace("Contoso", "Müller GmbH");
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const decoded = decodeText(bytes);
    expect(decoded.startsWith("CustomerTenantName\t")).toBe(true);
    const { summary, input } = read("unicode.txt", decoded);
    expect(summary.rows).toBe(2);
    expect(input.usage.tenants.map((t) => t.name)).toEqual(["Müller GmbH", "Fabrikam"]);
  });

  test("UTF-16BE with BOM through decodeText", () => {
    const le = Buffer.from("Ä,b", "utf16le");
    const be = Buffer.from(le.map((_, i) => le[i ^ 1]));
    expect(decodeText(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toBe("Ä,b");
  });

  test("quoted fields with commas, escaped quotes and thousands separators", () => {
    const text = `${SEED_HEADER}\r\n"Contoso, Ltd",CSP Tier1,Exchange,Oct-2024,"1,234","2,000.00"\r\n"Fab ""X"" Inc",CPOR,Teams,2024-10,3,4\r\n`;
    const { summary, input } = read("q.csv", text);
    expect(summary.rows).toBe(2);
    expect(input.usage.records.map((r) => [r.row, input.usage.tenants[r.tenant].name, r.mau, r.pau])).toEqual([
      [2, "Contoso, Ltd", 1234, 2000],
      [3, 'Fab "X" Inc', 3, 4],
    ]);
  });

  test("a quoted line break stays in its cell; Excel's row numbers follow records", () => {
    const text = `${SEED_HEADER}\n"Two\nLines",CSP Tier1,Exchange,Oct-2024,1,2\nB,CSP Tier1,Exchange,Oct-2024,x,2\n`;
    const { input } = read("nl.csv", text);
    expect(input.usage.tenants[0].name).toBe("Two\nLines");
    expect(input.usage.records[0].row).toBe(2);
    expect(input.issues).toHaveLength(1);
    expect(input.issues[0]).toMatchObject({ row: 3, column: "ActiveUsage" });
  });

  test("a semicolon export with decimal commas reads 13,00 as 13 (10 data rows)", () => {
    const body = Array.from({ length: 10 }, (_, i) => `T${i};CSP Tier1;Exchange;Oct-2024;13,00;14,50`);
    const { summary, input } = read("eu.csv", [SEED_HEADER.replace(/,/g, ";"), ...body].join("\r\n") + "\r\n");
    expect(summary.rows).toBe(10);
    expect(input.usage.records.every((r) => r.mau === 13 && r.pau === 14.5)).toBe(true);
  });

  // BUG: Papa's delimiter guess (csv.ts, delimitersToGuess with skipEmptyLines: false) counts the
  // trailing empty line (or any blank line in the first 10 lines) as a 1-field row; with decimal commas
  // "," then looks more consistent than ";" and the header is read as a single column.
  test("a small semicolon export with decimal commas and a trailing CRLF (as Excel saves it)", () => {
    const text = `${SEED_HEADER.replace(/,/g, ";")}\r\nT1;CSP Tier1;Exchange;Oct-2024;13,00;14,00\r\nT2;CSP Tier1;Exchange;Oct-2024;12,50;14,00\r\n`;
    const { summary, input } = read("eu-small.csv", text);
    expect(summary).toEqual({ name: "eu-small.csv", layout: "m365-usage", rows: 2, skipped: 0, headerRow: 1 });
    expect(input.usage.records.map((r) => [r.row, r.mau, r.pau])).toEqual([
      [2, 13, 14],
      [3, 12.5, 14],
    ]);
  });

  test("a semicolon export with decimal commas and a blank line after the header", () => {
    const body = Array.from({ length: 12 }, (_, i) => `T${i};CSP Tier1;Exchange;Oct-2024;13,00;14,00`);
    const text = [SEED_HEADER.replace(/,/g, ";"), "", ...body].join("\r\n");
    const { summary, input } = read("eu-blank.csv", text);
    expect(summary.rows).toBe(12);
    expect(input.usage.records[0]).toMatchObject({ row: 3, mau: 13, pau: 14 });
  });

  test("a tab export with decimal commas and a trailing newline", () => {
    const text = `${SEED_HEADER.replace(/,/g, "\t")}\nT1\tCSP Tier1\tExchange\tOct-2024\t13,00\t14,00\nT2\tCSP Tier1\tExchange\tOct-2024\t12,50\t14,00\n`;
    const { summary, input } = read("eu-tab.txt", text);
    expect(summary.rows).toBe(2);
    expect(input.usage.records.map((r) => r.mau)).toEqual([13, 12.5]);
  });

  test("a file larger than one parse chunk (4 MB) keeps every row and its row number", () => {
    const lines = [SEED_HEADER];
    for (let i = 0; i < 90_000; i++) lines.push(`Tenant number ${i % 997},CSP Tier1,Exchange,Oct-2024,${i},14.00`);
    const text = `${lines.join("\r\n")}\r\n`;
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
    const { summary, input } = read("big.csv", text);
    expect(summary).toEqual({ name: "big.csv", layout: "m365-usage", rows: 90_000, skipped: 0, headerRow: 1 });
    const records = input.usage.records;
    expect(records.every((r, i) => r.row === i + 2 && r.mau === i)).toBe(true);
    expect(input.usage.tenants).toHaveLength(997);
  });
});

describe("blank lines and row numbers", () => {
  test("blank lines count as rows but not as data rows", () => {
    const text = ["", SEED_HEADER, "", "A,CSP Tier1,Exchange,Oct-2024,1,2", "   ", ",,,,,", "B,CSP Tier1,Exchange,Oct-2024,3,4", ""].join("\n");
    const { summary, input } = read("blank.csv", text);
    expect(summary).toEqual({ name: "blank.csv", layout: "m365-usage", rows: 2, skipped: 0, headerRow: 2 });
    expect(input.usage.records.map((r) => r.row)).toEqual([4, 7]);
  });

  test("an issue after blank lines names Excel's row", () => {
    const text = [SEED_HEADER, "", "", "A,CSP Tier1,Exchange,Foo-2024,1,2", "B,CSP Tier1,Exchange,Oct-2024,1,2"].join("\r\n");
    const { input } = read("blank.csv", text);
    expect(input.issues).toHaveLength(1);
    expect(input.issues[0]).toMatchObject({ file: "blank.csv", row: 4, column: "MonthName" });
  });

  test("a header preceded by blank lines: no-layout error names the header's row", () => {
    const error = caught(() => read("late.csv", "\n\nFoo,Bar\n1,2\n"));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^late\.csv, row 3: /);
  });
});

describe("unreadable values: the row is skipped and reported; the rest is still read", () => {
  const text = [
    SEED_HEADER,
    "A,CSP Tier1,Exchange,Oct-2024,1,2", // 2 ok
    "B,CSP Tier1,Exchange,Foo-2024,1,2", // 3 bad month
    "C,CSP Tier1,Exchange,Oct-2024,lots,2", // 4 bad MAU
    ",CSP Tier1,Exchange,Oct-2024,1,2", // 5 empty tenant
    "E,CSP Tier1,Exchange,Oct-2024,1,-3", // 6 negative PAU
    "F,CSP Tier1,,Oct-2024,1,2", // 7 empty workload
    "G,CSP Tier1,Exchange,13/2024,1,2", // 8 bad month
    "H,CSP Tier1,Exchange,Oct-2024,1", // 9 short row: PAU missing
    "I,CPOR,Teams,2024-10,5,6", // 10 ok
  ].join("\n");
  const { summary, input } = read("bad.csv", text);

  test("TableSummary counts data rows and skipped rows", () => {
    expect(summary).toEqual({ name: "bad.csv", layout: "m365-usage", rows: 9, skipped: 7, headerRow: 1 });
  });

  test("the good rows are read", () => {
    expect(input.usage.records.map((r) => [r.row, input.usage.tenants[r.tenant].name])).toEqual([
      [2, "A"],
      [10, "I"],
    ]);
  });

  test("each issue names file, row and column", () => {
    expect(input.issues.map((i) => [i.file, i.row, i.column])).toEqual([
      ["bad.csv", 3, "MonthName"],
      ["bad.csv", 4, "ActiveUsage"],
      ["bad.csv", 5, "CustomerTenantName"],
      ["bad.csv", 6, "QualifiedUsage"],
      ["bad.csv", 7, "WorkloadName"],
      ["bad.csv", 8, "MonthName"],
      ["bad.csv", 9, "QualifiedUsage"],
    ]);
  });

  test("messages quote the value and say the row was skipped", () => {
    const byRow = new Map(input.issues.map((i) => [i.row, i.message]));
    expect(byRow.get(3)).toContain('"Foo-2024" is not a month');
    expect(byRow.get(4)).toContain('"lots" is not a count of users');
    expect(byRow.get(5)).toContain("CustomerTenantName is empty");
    expect(byRow.get(6)).toContain('"-3" is not a count of paid units');
    expect(byRow.get(7)).toContain("WorkloadName is empty");
    expect(byRow.get(8)).toContain('"13/2024" is not a month');
    // A line with fewer cells than the header is cut short: the missing cell is named.
    expect(byRow.get(9)).toContain("the line ends after 5 cells where the header has 6 columns, before QualifiedUsage: the row is cut short");
    for (const message of byRow.values()) expect(message).toMatch(/the row was skipped/i);
  });

  test("rejected rows are kept with their row numbers", () => {
    expect(input.usage.rejected.map((r) => [r.file, r.row])).toEqual([
      [0, 3],
      [0, 4],
      [0, 5],
      [0, 6],
      [0, 7],
      [0, 8],
      [0, 9],
    ]);
  });

  test("describeIssue puts file, row and column first", () => {
    expect(describeIssue(input.issues[0])).toMatch(/^bad\.csv, row 3, column MonthName: MonthName "Foo-2024" is not a month/);
  });
});

describe("many bad rows of one kind are summarised", () => {
  const lines = [SEED_HEADER];
  for (let i = 0; i < 25; i++) lines.push(`T${i},CSP Tier1,Exchange,Foo-2024,1,2`); // rows 2..26: bad month
  for (let i = 0; i < 3; i++) lines.push(`U${i},CSP Tier1,Exchange,Oct-2024,x,2`); // rows 27..29: bad MAU
  lines.push("V,CSP Tier1,Exchange,Oct-2024,1,2"); // row 30: ok
  const { summary, input } = read("many.csv", lines.join("\n"));

  test("20 month issues in full, 3 MAU issues, then one summary line", () => {
    expect(input.issues).toHaveLength(24);
    const months = input.issues.filter((i) => i.column === "MonthName" && i.row !== undefined);
    expect(months.map((i) => i.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect(input.issues.filter((i) => i.column === "ActiveUsage").map((i) => i.row)).toEqual([27, 28, 29]);
    expect(input.issues[23]).toEqual({
      file: "many.csv",
      column: "MonthName",
      message: "5 more rows like the ones above were skipped.",
      cause: "more-skipped",
    });
  });

  test("every bad row is still counted as skipped and the good row read", () => {
    expect(summary).toEqual({ name: "many.csv", layout: "m365-usage", rows: 29, skipped: 28, headerRow: 1 });
    expect(input.usage.rejected).toHaveLength(28);
    expect(input.usage.records.map((r) => r.row)).toEqual([30]);
  });
});

describe("Insights layout values", () => {
  const header = "CustomerTenantId,CustomerName,PartnerAttributionType,WorkloadName,Month,MonthlyActiveUsers,PaidAvailableUnits,DateAssociated,Region";
  const text = [
    header,
    "t-1,Contoso,DAP,Exchange,2024-10-01,10,20,2024-03-15,EU",
    "t-1,Contoso Ltd,Partner Admin Link,Teams,10/2024,1,2,,EU",
    ",Fabrikam,CSP T1,Exchange,45566,3,4,,US",
    "t-3,Adatum,CPOR,Exchange,Oct-2024,3,4,soon,US",
  ].join("\r\n");
  const { summary, input } = read("insights.csv", text);

  test("tenants are keyed by id when there is one, by name otherwise", () => {
    expect(input.usage.tenants).toEqual([
      { key: "t-1", name: "Contoso" },
      { key: "Fabrikam", name: "Fabrikam" },
    ]);
    expect(input.usage.records.map((r) => r.tenant)).toEqual([0, 0, 1]);
  });

  test("associations, months and DateAssociated are read", () => {
    expect(input.usage.records.map((r) => [r.association, r.associationLabel, r.month, r.claimMonth])).toEqual([
      ["DPOR", "DPOR", Oct2024, 2024 * 12 + 2],
      ["PAL", "PAL", Oct2024, null],
      ["CSP", "CSP Tier 1", Oct2024, null],
    ]);
  });

  test("an unreadable DateAssociated skips the row, naming the column", () => {
    expect(summary).toEqual({ name: "insights.csv", layout: "m365-usage", rows: 4, skipped: 1, headerRow: 1 });
    expect(input.issues).toHaveLength(1);
    expect(input.issues[0]).toMatchObject({ file: "insights.csv", row: 5, column: "DateAssociated" });
    expect(input.issues[0].message).toContain('"soon" is not a date');
  });
});

describe("files that cannot be read", () => {
  test("a header matching no layout is an InputError listing expected and found columns", () => {
    const error = caught(() => read("other.csv", "Name,Amount,When\nx,1,2\n"));
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.file).toBe("other.csv");
    expect(e.message).toMatch(/^other\.csv, row 1: /);
    expect(e.message).toContain("CustomerTenantId or CustomerTenantName, PartnerAttachType, WorkloadName, MonthName, ActiveUsage, QualifiedUsage");
    expect(e.message).toContain("Individual name, Certification name");
    expect(e.message).toContain("Found: Name, Amount, When");
  });

  test("a header-only file is refused, naming the file: there is nothing to score", () => {
    const error = caught(() => read("header.csv", `${SEED_HEADER}\r\n`));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^header\.csv: the export has a header \(row 1\) but no data rows/);
  });

  test("a file none of whose rows can be read is refused, quoting the first reason", () => {
    const error = caught(() => read("months.csv", `${SEED_HEADER}\nA,CSP Tier1,Exchange,n/a,1,2\nB,CSP Tier1,Exchange,n/a,1,2\n`));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      /^months\.csv: none of its 2 data rows could be read \(the first: row 2, column MonthName: MonthName "n\/a" is not a month/
    );
  });

  test.each<[string, string]>([
    ["an empty file", ""],
    ["a BOM only", "\uFEFF"],
    ["blank lines only", "\r\n\r\n  \r\n"],
  ])("%s is an InputError", (_label, text) => {
    const error = caught(() => read("empty.csv", text));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe("empty.csv");
    expect((error as Error).message).toMatch(/^empty\.csv: .*empty/);
  });

  test("after an InputError the collector has recorded no table for the file", () => {
    const collector = new InputCollector();
    expect(() => readCsvText(collector, "other.csv", "Name,Amount\n1,2\n")).toThrow(InputError);
    expect(collector.result().tables).toEqual([]);
  });
});

describe("skilling export", () => {
  const text = [
    SKILLING_HEADER,
    "Ana Silva,Microsoft 365 Certified: Administrator Expert,Expert,Modern Work,2024-05-15,2025-05-15",
    "ana  silva,Microsoft 365 Certified: Teams Administrator Associate,Associate,Modern Work,Oct-2024,",
    ",Microsoft 365 Certified: Endpoint Administrator Associate,Associate,Modern Work,2024-01-10,2025-01-10",
    "Bo Chen,,Associate,Modern Work,2024-01-10,2025-01-10",
    "Bo Chen,Microsoft 365 Certified: Fundamentals,Fundamentals,Modern Work,someday,2025-01-10",
    "",
    "Cy Ode,Microsoft 365 Certified: Endpoint Administrator Associate,Associate,Modern Work,45566,46000",
  ].join("\r\n");
  const { summary, input } = read("skills.csv", text);

  test("detected as skilling; rows and skipped counted", () => {
    expect(summary).toEqual({ name: "skills.csv", layout: "skilling", rows: 6, skipped: 3, headerRow: 1 });
    expect(input.usage.records).toEqual([]);
    expect(input.skilling?.files).toEqual(["skills.csv"]);
  });

  test("records carry person, person key, certification, type, area and months", () => {
    expect(input.skilling?.records).toEqual([
      {
        file: 0,
        row: 2,
        person: "Ana Silva",
        personKey: "ana silva",
        certification: "Microsoft 365 Certified: Administrator Expert",
        type: "Expert",
        solutionArea: "Modern Work",
        completed: 2024 * 12 + 4,
        expires: 2025 * 12 + 4,
      },
      {
        file: 0,
        row: 3,
        person: "ana  silva",
        personKey: "ana silva",
        certification: "Microsoft 365 Certified: Teams Administrator Associate",
        type: "Associate",
        solutionArea: "Modern Work",
        completed: Oct2024,
        expires: null,
      },
      {
        file: 0,
        row: 8,
        person: "Cy Ode",
        personKey: "cy ode",
        certification: "Microsoft 365 Certified: Endpoint Administrator Associate",
        type: "Associate",
        solutionArea: "Modern Work",
        completed: Oct2024,
        expires: 2025 * 12 + 11,
      },
    ]);
  });

  test("issues name file, row and column", () => {
    expect(input.issues.map((i) => [i.file, i.row, i.column])).toEqual([
      ["skills.csv", 4, "Individual name"],
      ["skills.csv", 5, "Certification name"],
      ["skills.csv", 6, "Completion date"],
    ]);
    expect(input.issues[2].message).toContain('"someday" is not a date');
  });
});

describe("several files in one collector", () => {
  test("a usage export and a skilling export", () => {
    const collector = new InputCollector();
    readCsvText(collector, "usage.csv", `${SEED_HEADER}\nA,CSP Tier1,Exchange,Oct-2024,1,2\nB,CSP Tier1,Exchange,Oct-2024,x,2\n`);
    readCsvText(collector, "skills.csv", `${SKILLING_HEADER}\nAna,Cert A,Associate,Modern Work,2024-05-15,\n,Cert B,,,,\n`);
    const input = collector.result();
    expect(input.tables).toEqual([
      { name: "usage.csv", layout: "m365-usage", rows: 2, skipped: 1, headerRow: 1 },
      { name: "skills.csv", layout: "skilling", rows: 2, skipped: 1, headerRow: 1 },
    ]);
    expect(input.usage.records).toHaveLength(1);
    expect(input.skilling?.records.map((r) => r.person)).toEqual(["Ana"]);
    expect(input.issues.map((i) => [i.file, i.row, i.column])).toEqual([
      ["usage.csv", 3, "ActiveUsage"],
      ["skills.csv", 3, "Individual name"],
    ]);
  });

  test("two usage exports share tenants; records point at their own file", () => {
    const collector = new InputCollector();
    readCsvText(collector, "a.csv", `${SEED_HEADER}\nA,CSP Tier1,Exchange,Oct-2024,1,2\nB,CSP Tier1,Exchange,Oct-2024,1,2\n`);
    readCsvText(collector, "b.csv", `${SEED_HEADER.replace(/,/g, ";")}\nB;CSP Tier1;Teams;Oct-2025;1;2\nC;CSP Tier1;Teams;Oct-2025;1;2\n`);
    const input = collector.result();
    expect(input.usage.files).toEqual(["a.csv", "b.csv"]);
    expect(input.usage.tenants.map((t) => t.key)).toEqual(["A", "B", "C"]);
    expect(input.usage.records.map((r) => [r.file, r.row, r.tenant])).toEqual([
      [0, 2, 0],
      [0, 3, 1],
      [1, 2, 1],
      [1, 3, 2],
    ]);
    expect(input.tables.map((t) => [t.name, t.rows, t.skipped])).toEqual([
      ["a.csv", 2, 0],
      ["b.csv", 2, 0],
    ]);
  });

  test("skipped counts are per table, not cumulative", () => {
    const collector = new InputCollector();
    const bad = `${SEED_HEADER}\nA,CSP Tier1,Exchange,nope,1,2\nB,CSP Tier1,Exchange,Oct-2024,1,2\n`;
    expect(readCsvText(collector, "one.csv", bad).skipped).toBe(1);
    expect(readCsvText(collector, "two.csv", bad).skipped).toBe(1);
  });
});

describe("worksheet ranges through addTable", () => {
  test("real numbers, Date objects and an offset first row", () => {
    const collector = new InputCollector();
    const summary = collector.addTable(
      "Book1 [Usage]",
      [
        SEED_HEADER.split(","),
        ["A", "CSP Tier 1", "Exchange", new Date(Date.UTC(2024, 9, 1)), 13, 14],
        [null, null, null, null, null, null],
        ["B", "DPOR", "Teams", 45597, 1234.5, 2000],
      ],
      5
    );
    expect(summary).toEqual({ name: "Book1 [Usage]", layout: "m365-usage", rows: 2, skipped: 0, headerRow: 5 });
    expect(collector.result().usage.records.map((r) => [r.row, r.month, r.mau, r.pau])).toEqual([
      [6, Oct2024, 13, 14],
      [8, 2024 * 12 + 10, 1234.5, 2000],
    ]);
  });
});
