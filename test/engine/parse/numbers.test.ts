/** Number parsing: counts as people have them in exports, and values that are not numbers. */
import { parseNumber } from "../../../src/engine/parse/numbers";

describe("parseNumber: accepted forms", () => {
  test.each<[string, unknown, number]>([
    ["seed export decimal", "13.00", 13],
    ["zero with decimals", "0.00", 0],
    ["plain integer text", "42", 42],
    ["leading zeros", "007", 7],
    ["surrounding spaces", " 7 ", 7],
    ["thousands comma", "1,234", 1234],
    ["thousands comma with decimals", "1,234.50", 1234.5],
    ["two thousands groups", "1,234,567.89", 1234567.89],
    ["millions with commas", "1,000,000", 1000000],
    ["thousands space", "1 234", 1234],
    ["thousands no-break space", "1\u00a0234", 1234],
    ["thousands narrow no-break space", "1\u202f234", 1234],
    ["Swiss apostrophe", "1'234", 1234],
    ["European thousands dot and decimal comma", "1.234,5", 1234.5],
    ["European millions", "1.000.000", 1000000],
    ["European decimal comma", "13,00", 13],
    ["European one-decimal comma", "12,5", 12.5],
    ["European space thousands and decimal comma", "12 345,67", 12345.67],
    ["leading dot", ".5", 0.5],
    ["negative", "-5", -5],
    ["negative leading dot", "-.5", -0.5],
    ["accounting negative", "(12)", -12],
    ["real number", 13, 13],
    ["real fraction", -3.5, -3.5],
    ["real zero", 0, 0],
  ])("%s: %p → %p", (_label, value, expected) => {
    expect(parseNumber(value)).toBe(expected);
  });
});

describe("parseNumber: rejects", () => {
  test.each<[string, unknown]>([
    ["a word", "abc"],
    ["empty", ""],
    ["blank", "   "],
    ["null", null],
    ["undefined", undefined],
    ["boolean", true],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["currency", "$5"],
    ["percent", "5%"],
    ["exponent", "1e3"],
    ["misplaced group comma", "1,2345"],
    ["double minus", "--5"],
    ["trailing dot", "1."],
    ["number with words", "12 users"],
  ])("%s: %p → null", (_label, value) => {
    expect(parseNumber(value)).toBeNull();
  });
});

test("a negative inside parentheses is a typo, not a positive count", () => {
  expect(parseNumber("(-5)")).toBeNull();
});

test("a number too large to be finite is not a number (one junk cell must not score full points)", () => {
  expect(parseNumber("9".repeat(400))).toBeNull();
  expect(parseNumber("-" + "9".repeat(400))).toBeNull();
  expect(parseNumber("1" + "0".repeat(309) + ".5")).toBeNull();
  expect(parseNumber("123456789012")).toBe(123_456_789_012);
});

test("a plain decimal reads as Number() reads it, to the last bit (whole, zero fractions, long and negative ones)", () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join("");
  for (let i = 0; i < 20_000; i++) {
    const whole = digits(1 + Math.floor(next() * 20));
    const fraction = next() < 0.3 ? "" : next() < 0.5 ? "0".repeat(1 + Math.floor(next() * 3)) : digits(1 + Math.floor(next() * 4));
    const text = `${next() < 0.2 ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
    expect({ text, n: parseNumber(text) }).toEqual({ text, n: Number(text) });
  }
  expect(Object.is(parseNumber("-0.00"), -0)).toBe(true);
});
