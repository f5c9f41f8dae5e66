/**
 * Month parsing: every form people have in a month column, and the values that must not be read
 * as a month. Expectations are written as [year, month]; a MonthIndex is year * 12 + month - 1.
 */
import { formatMonth, isExcelSerial, monthIndex, monthLabel, monthYear, parseIsoMonth, parseMonth } from "../../../src/engine/parse/months";

const ym = (year: number, month: number) => year * 12 + month - 1;

describe("MonthIndex helpers", () => {
  test("monthIndex is year * 12 + month - 1", () => {
    expect(monthIndex(2024, 10)).toBe(24297);
    expect(monthIndex(2025, 1)).toBe(24300);
  });

  test("monthYear inverts monthIndex, including December and January", () => {
    expect(monthYear(24297)).toEqual({ year: 2024, month: 10 });
    expect(monthYear(24299)).toEqual({ year: 2024, month: 12 });
    expect(monthYear(24300)).toEqual({ year: 2025, month: 1 });
  });

  test("formatMonth gives YYYY-MM with a zero-padded month", () => {
    expect(formatMonth(ym(2025, 10))).toBe("2025-10");
    expect(formatMonth(ym(2025, 3))).toBe("2025-03");
  });

  test("monthLabel gives the export form Mmm-YYYY", () => {
    expect(monthLabel(ym(2024, 10))).toBe("Oct-2024");
    expect(monthLabel(ym(2025, 1))).toBe("Jan-2025");
  });

  test("twelve months before is plain subtraction across a year boundary", () => {
    expect(ym(2025, 3) - 12).toBe(ym(2024, 3));
    expect(formatMonth(ym(2025, 1) - 1)).toBe("2024-12");
  });
});

describe("parseIsoMonth (--as-of)", () => {
  test.each<[string, [number, number] | null]>([
    ["2025-10", [2025, 10]],
    ["2025-1", [2025, 1]],
    [" 2025-12 ", [2025, 12]],
    ["2025-13", null],
    ["2025-00", null],
    ["Oct-2025", null],
    ["2025-10-01", null],
    ["2025/10", null],
    ["", null],
  ])("%j → %j", (text, expected) => {
    expect(parseIsoMonth(text)).toBe(expected === null ? null : ym(...expected));
  });
});

describe("parseMonth: accepted forms", () => {
  test.each<[string, unknown, [number, number]]>([
    ["seed export form", "Oct-2024", [2024, 10]],
    ["upper case", "OCT-2024", [2024, 10]],
    ["Excel's write-back of Oct-2024", "Oct-24", [2024, 10]],
    ["full month name", "October 2024", [2024, 10]],
    ["full name with dash", "October-2024", [2024, 10]],
    ["short name and space", "Oct 2024", [2024, 10]],
    ["name, comma, year", "Oct, 2024", [2024, 10]],
    ["abbreviation with dot", "Oct.2024", [2024, 10]],
    ["Microsoft's Sept", "Sept 2025", [2025, 9]],
    ["lower-case sep", "sep-2025", [2025, 9]],
    ["December", "Dec-2024", [2024, 12]],
    ["January", "Jan-2025", [2025, 1]],
    ["year then name", "2024 Oct", [2024, 10]],
    ["ISO year-month", "2024-10", [2024, 10]],
    ["ISO year-month, one digit", "2024-3", [2024, 3]],
    ["ISO with slash", "2024/10", [2024, 10]],
    ["ISO date", "2024-10-01", [2024, 10]],
    ["ISO date-time", "2024-10-01T00:00:00", [2024, 10]],
    ["ISO date space time", "2024-10-01 00:00:00", [2024, 10]],
    ["ISO date last day", "2024-10-31", [2024, 10]],
    ["MM/YYYY", "10/2024", [2024, 10]],
    ["M/YYYY", "3/2024", [2024, 3]],
    ["MM-YYYY", "10-2024", [2024, 10]],
    ["MM.YYYY", "10.2024", [2024, 10]],
    ["US first of month", "10/1/2024", [2024, 10]],
    ["European first of month", "1/10/2024", [2024, 10]],
    ["day over 12 first (d/m)", "31/10/2024", [2024, 10]],
    ["day over 12 second (m/d)", "10/31/2024", [2024, 10]],
    ["same day and month", "6/6/2024", [2024, 6]],
    ["d-Mmm-yy", "1-Oct-24", [2024, 10]],
    ["surrounding spaces", "  Oct-2024  ", [2024, 10]],
    ["Excel serial as text (2024-10-01)", "45566", [2024, 10]],
    ["Excel serial with a time fraction", "45566.5", [2024, 10]],
    ["Excel serial number (2024-10-01)", 45566, [2024, 10]],
    ["Excel serial 2024-10-31", 45596, [2024, 10]],
    ["Excel serial 2024-11-01", 45597, [2024, 11]],
    ["Excel serial 2024-12-31", 45657, [2024, 12]],
    ["Excel serial 2025-01-01", 45658, [2025, 1]],
    ["Date object (UTC)", new Date(Date.UTC(2024, 9, 15)), [2024, 10]],
  ])("%s: %p", (_label, value, [year, month]) => {
    expect(parseMonth(value)).toBe(ym(year, month));
  });
});

describe("parseMonth: rejects", () => {
  test.each<[string, unknown]>([
    ["month 13", "13/2024"],
    ["month 0", "0/2024"],
    ["ISO month 13", "2024-13"],
    ["ISO month 0", "2024-00"],
    ["a word", "hello"],
    ["unknown month name", "Foo-2024"],
    ["German month name", "Okt-2024"],
    ["trailing words", "Oct 2024 extra"],
    ["ambiguous d/m vs m/d", "5/6/2024"],
    ["ambiguous d/m vs m/d, swapped", "6/5/2024"],
    ["month/two-digit year (ambiguous)", "10/24"],
    ["year before 1990", "Oct-1989"],
    ["small number as text", "45"],
    ["small number", 45],
    ["count like 13.00", "13.00"],
    ["number below the serial range", 19999],
    ["number above the serial range", 80001],
    ["yyyymmdd digits", "20241001"],
    ["exponent", "1e4"],
    ["empty", ""],
    ["blank", "   "],
    ["null", null],
    ["undefined", undefined],
    ["boolean", true],
    ["invalid Date", new Date("not a date")],
    ["NaN", Number.NaN],
  ])("%s: %p → null", (_label, value) => {
    expect(parseMonth(value)).toBeNull();
  });
});

describe("isExcelSerial", () => {
  test.each<[number, boolean]>([
    [45566, true],
    [20000, true],
    [80000, true],
    [19999, false],
    [80001, false],
    [45, false],
    [Number.POSITIVE_INFINITY, false],
    [Number.NaN, false],
  ])("%p → %p", (n, expected) => {
    expect(isExcelSerial(n)).toBe(expected);
  });
});

test("an ISO date with an impossible day is not a month", () => {
  expect(parseMonth("2024-10-45")).toBeNull();
  expect(parseMonth("2024-10-31")).not.toBeNull();
});

test.each([
  ["30 February", "2025-02-30"],
  ["29 February in a common year", "2025-02-29"],
  ["31 April, day first", "31/04/2025"],
  ["31 June, month first", "06/31/2025"],
  ["31 September, day and month name", "31-Sep-2025"],
])("a date whose day does not exist in its month is not a month: %s (%p)", (_label, text) => {
  expect(parseMonth(text)).toBeNull();
});

test("the last real day of a month still reads, leap years included", () => {
  expect(parseMonth("2024-02-29")).toBe(monthIndex(2024, 2));
  expect(parseMonth("30/04/2025")).toBe(monthIndex(2025, 4));
  expect(parseMonth("28-Feb-2025")).toBe(monthIndex(2025, 2));
});
