/**
 * A small approximation of Excel's displayed text (Range.text) for common number formats.
 * Unknown formats fall back to "General"; locale is en-US.
 */
import type { CellValue } from "./types";

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  // General shows about 10 significant digits in a default-width column.
  const s = String(Number(n.toPrecision(10)));
  return s.includes("e") ? n.toExponential(5).replace(/\.?0+e/, "E").replace("e", "E") : s;
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const NUMERIC_FORMAT = /^([#,0]*0)(\.(0+))?(%?)$/;
const DATE_FORMAT = /^[ymd/\-. ]+$/i;

function formatNumber(n: number, format: string): string | null {
  const m = NUMERIC_FORMAT.exec(format);
  if (m) {
    const decimals = m[3]?.length ?? 0;
    const percent = m[4] === "%";
    const scaled = percent ? n * 100 : n;
    const fixed = Math.abs(scaled).toFixed(decimals);
    const [intPart, frac] = fixed.split(".");
    const body = (m[1].includes(",") ? group(intPart) : intPart) + (frac ? `.${frac}` : "");
    return (scaled < 0 && Number(fixed) !== 0 ? "-" : "") + body + (percent ? "%" : "");
  }
  if (DATE_FORMAT.test(format) && /[yd]/i.test(format)) return formatDate(n, format);
  return null;
}

function formatDate(serial: number, format: string): string {
  // Serial 25569 is 1970-01-01 in Excel's 1900 date system.
  const d = new Date(Math.round((serial - 25569) * 86_400_000));
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return format.replace(/yyyy|yy|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case "yyyy":
        return String(y);
      case "yy":
        return String(y % 100).padStart(2, "0");
      case "mm":
        return String(mo).padStart(2, "0");
      case "m":
        return String(mo);
      case "dd":
        return String(day).padStart(2, "0");
      default:
        return String(day);
    }
  });
}

export function formatCellText(value: CellValue | undefined, numberFormat: string): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numberFormat === "General" || numberFormat === "@") return general(value);
  return formatNumber(value, numberFormat) ?? general(value);
}
