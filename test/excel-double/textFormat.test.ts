import { formatCellText } from "../../tools/excel-double/model/textFormat";
import { dateSerial } from "../../tools/excel-double/model/generalCoercion";

const OCT_15_2025 = dateSerial(2025, 10, 15)!;

describe("formatCellText (Range.text and the playground grid)", () => {
  it.each([
    [1234.5678, "General", "1234.5678"],
    [0.1 + 0.2, "General", "0.3"],
    [-7, "General", "-7"],
    [1234.5, "@", "1234.5"],
    [1234.5, "0", "1235"],
    [-1234.5, "0", "-1235"],
    [2.25, "0.0", "2.3"],
    [2, "0.00", "2.00"],
    [-0.001, "0.0", "0.0"],
    [1234567.8, "#,##0", "1,234,568"],
    [-1234567.8, "#,##0", "-1,234,568"],
    [1234.56, "#,##0.0", "1,234.6"],
    [0.4, "0%", "40%"],
    [0.1234, "0.0%", "12.3%"],
    [-0.05, "0%", "-5%"],
    [1000, "$#,##0", "$1,000"],
    [-1000, "$#,##0", "-$1,000"],
    [9.5, "$#,##0.00", "$9.50"],
    [12.34, '0.0 "pp"', "12.3 pp"],
    [-3, '0.0 "pp"', "-3.0 pp"],
    [1500, '#,##0 "pts"', "1,500 pts"],
    [100000, "0.00E+00", "1.00E+05"],
    [0.001, "0.00E+00", "1.00E-03"],
    [-5, "0;(0)", "(5)"],
    [0, '0;-0;"zero"', "zero"],
    [1000, "$#,##0_);($#,##0)", "$1,000 "],
    [-1000, "$#,##0_);($#,##0)", "($1,000)"],
    [1000, "[Red]#,##0", "1,000"],
    [45931, "mmm-yy", "Oct-25"],
    [45931, "mmm-yyyy", "Oct-2025"],
    [OCT_15_2025, "d mmm yyyy", "15 Oct 2025"],
    [OCT_15_2025, "m/d/yyyy", "10/15/2025"],
    [OCT_15_2025, "d-mmm", "15-Oct"],
    [OCT_15_2025, "d-mmm-yy", "15-Oct-25"],
    [OCT_15_2025, "yyyy-mm-dd", "2025-10-15"],
    [OCT_15_2025, "dddd, mmmm d", "Wednesday, October 15"],
    [0.4375, "h:mm", "10:30"],
    [(21 * 60 + 5) / 1440, "h:mm AM/PM", "9:05 PM"],
    [OCT_15_2025 + 0.5, "m/d/yyyy h:mm", "10/15/2025 12:00"],
    [1, "m/d/yyyy", "1/1/1900"],
    [61, "m/d/yyyy", "3/1/1900"],
  ])("%p in %p shows %p", (value, format, text) => {
    expect(formatCellText(value, format)).toBe(text);
  });

  it("shows text, booleans and empty cells as Excel does", () => {
    expect(formatCellText("Contoso", "0.00")).toBe("Contoso");
    expect(formatCellText("x", '0;-0;0;"[" @ "]"')).toBe("[ x ]");
    expect(formatCellText(true, "General")).toBe("TRUE");
    expect(formatCellText("", "0%")).toBe("");
    expect(formatCellText(undefined, "General")).toBe("");
  });
});
