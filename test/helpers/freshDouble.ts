import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";

/**
 * A fresh Excel double, installed as office-js's globals, for each test of the file (or describe block)
 * that calls this, and removed after it: `let double: ExcelDouble; freshDoubleEachTest((d) => (double = d));`.
 */
export function freshDoubleEachTest(take: (double: ExcelDouble) => void): void {
  let restore: () => void = () => undefined;
  beforeEach(() => {
    const double = createExcelDouble();
    restore = double.install();
    take(double);
  });
  afterEach(() => restore());
}
