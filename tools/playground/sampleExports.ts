/**
 * The sample exports (samples/*.csv) as text, one sheet each: a chunk of their own (sampleWorkbook loads it
 * with import()), so playground.js does not carry them. webpack loads a chunk with a script tag, which works
 * over http and from disk (file://) alike, where fetch() of the CSV files would not.
 */
import usageCsv from "../../samples/modern-work-usage.csv";
import skillingCsv from "../../samples/skilling.csv";
import azureCsv from "../../samples/azure-usage.csv";
import bizAppsUsageCsv from "../../samples/bizapps-usage.csv";
import bizAppsRevenueCsv from "../../samples/bizapps-revenue.csv";

/** [sheet name, CSV text], in the workbook's order. */
export const SAMPLE_SHEETS: readonly (readonly [string, string])[] = [
  ["Usage", usageCsv],
  ["Skilling", skillingCsv],
  ["Azure", azureCsv],
  ["BizApps usage", bizAppsUsageCsv],
  ["BizApps revenue", bizAppsRevenueCsv],
];
