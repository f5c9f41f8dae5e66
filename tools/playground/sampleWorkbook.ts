import Papa from "papaparse";
import usageCsv from "../../samples/modern-work-usage.csv";
import skillingCsv from "../../samples/skilling.csv";
import azureCsv from "../../samples/azure-usage.csv";
import bizAppsUsageCsv from "../../samples/bizapps-usage.csv";
import bizAppsRevenueCsv from "../../samples/bizapps-revenue.csv";
import { createExcelDouble, type ExcelDouble } from "../excel-double";

/** CSV text as Excel shows it once opened: plain numbers become numbers. */
function cells(csv: string): (string | number)[][] {
  const rows = Papa.parse<string[]>(csv.trim()).data;
  return rows.map((r) => r.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
}

/** An in-memory workbook holding the sample exports, standing in for Excel in the playground. */
export function sampleWorkbook(): ExcelDouble {
  const double = createExcelDouble({ syncDelayMs: 20 });
  double.workbook.addSheet("Usage", cells(usageCsv));
  double.workbook.addSheet("Skilling", cells(skillingCsv));
  double.workbook.addSheet("Azure", cells(azureCsv));
  double.workbook.addSheet("BizApps usage", cells(bizAppsUsageCsv));
  double.workbook.addSheet("BizApps revenue", cells(bizAppsRevenueCsv));
  return double;
}
