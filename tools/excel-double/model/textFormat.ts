/**
 * Excel's displayed text (Range.text, and what the playground grid shows) for a value and its
 * number format, en-US. A pure function covering the format codes workbooks commonly use:
 * - General and "@" (text);
 * - numbers: "0", "0.0", "0.00", "#,##0", "#,##0.0", "0%", "0.0%", "0.00E+00", with literal
 *   prefixes and suffixes ("$#,##0.00", `0.0 "pp"`, `#,##0 "pts"`, \x escapes, _x spaces);
 * - up to four sections "positive;negative;zero;text" (a negative number without its own section
 *   gets a leading "-", as Excel shows "-$5" for "$#,##0"); [Red]-style colour tags are ignored;
 * - dates and times: yyyy yy mmmm mmm mm m dddd ddd dd d h hh mm ss AM/PM ("mmm-yy", "d-mmm",
 *   "m/d/yyyy", "d mmm yyyy", "h:mm"), from the 1900 date system's serial numbers.
 * Unknown codes fall back to General. Source: support.microsoft.com, "Number format codes" and
 * "Review guidelines for customizing a number format".
 */
import type { CellValue } from "./types";

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  // General shows about 10 significant digits in a default-width column.
  const s = String(Number(n.toPrecision(10)));
  return s.includes("e")
    ? n
        .toExponential(5)
        .replace(/\.?0+e/, "E")
        .replace("e", "E")
    : s;
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Splits on ";" outside quotes and brackets. */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === "[" && !quoted) bracket = true;
    else if (ch === "]" && !quoted) bracket = false;
    else if (ch === "\\" && !quoted && i + 1 < format.length) {
      cur += ch + format[++i];
      continue;
    } else if (ch === ";" && !quoted && !bracket) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

type Token = { lit: string } | { code: string };

/** Literal text and format codes of one section; colour/condition tags and fill characters dropped. */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out.push({ lit: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") out.push({ lit: section[++i] ?? "" });
    else if (ch === "_") {
      i++;
      out.push({ lit: " " });
    } else if (ch === "*") i++;
    else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
    } else if (/^(AM\/PM|A\/P)/i.test(section.slice(i))) {
      const m = /^(AM\/PM|A\/P)/i.exec(section.slice(i))!;
      out.push({ code: m[0].toUpperCase() });
      i += m[0].length - 1;
    } else if (/[ymdhsYMDHS]/.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      out.push({ code: section.slice(i, j).toLowerCase() });
      i = j - 1;
    } else if (/[0#?.,%Ee]/.test(ch)) {
      if ((ch === "E" || ch === "e") && /[+-]/.test(section[i + 1] ?? "")) {
        out.push({ code: ch + section[i + 1] });
        i++;
      } else if (ch === "E" || ch === "e") out.push({ lit: ch });
      else out.push({ code: ch });
    } else out.push({ lit: ch });
  }
  return out;
}

const isDateCode = (t: Token): boolean => "code" in t && /^[ymdhs]|^A/.test(t.code);

/** The calendar date and time of a 1900-system serial (29 Feb 1900 is day 60, as in Excel). */
function fromSerial(serial: number): { y: number; mo: number; d: number; wd: number; h: number; mi: number; s: number } {
  let days = Math.floor(serial);
  let secs = Math.round((serial - days) * 86_400);
  if (secs >= 86_400) {
    days++;
    secs -= 86_400;
  }
  const time = { h: Math.floor(secs / 3600), mi: Math.floor(secs / 60) % 60, s: secs % 60 };
  if (days === 60) return { y: 1900, mo: 2, d: 29, wd: 3, ...time };
  const date = new Date(Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * 86_400_000);
  return { y: date.getUTCFullYear(), mo: date.getUTCMonth() + 1, d: date.getUTCDate(), wd: date.getUTCDay(), ...time };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function formatDate(serial: number, toks: Token[]): string | null {
  if (serial < 0 || serial >= 2_958_466) return null; // Excel shows ##### outside 1900-9999
  const t = fromSerial(serial);
  const ampm = toks.some((x) => "code" in x && x.code.startsWith("A"));
  // "m"/"mm" right after an hour or right before seconds are minutes.
  const codes = toks.map((x, i) => ("code" in x ? { code: x.code, i } : null)).filter((x): x is { code: string; i: number } => x !== null);
  const minuteAt = new Set<number>();
  codes.forEach((c, k) => {
    if (c.code !== "m" && c.code !== "mm") return;
    if (codes[k - 1]?.code.startsWith("h") || codes[k + 1]?.code.startsWith("s")) minuteAt.add(c.i);
  });
  const pad = (n: number) => String(n).padStart(2, "0");
  const hour12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return toks
    .map((x, i) => {
      if ("lit" in x) return x.lit;
      const c = x.code;
      if (minuteAt.has(i)) return c === "mm" ? pad(t.mi) : String(t.mi);
      if (c.startsWith("y")) return c.length <= 2 ? pad(t.y % 100) : String(t.y);
      if (c.startsWith("m")) {
        if (c.length >= 5) return MONTHS[t.mo - 1][0];
        if (c.length === 4) return MONTHS[t.mo - 1];
        if (c.length === 3) return MONTHS[t.mo - 1].slice(0, 3);
        return c.length === 2 ? pad(t.mo) : String(t.mo);
      }
      if (c.startsWith("d")) {
        if (c.length >= 4) return DAYS[t.wd];
        if (c.length === 3) return DAYS[t.wd].slice(0, 3);
        return c.length === 2 ? pad(t.d) : String(t.d);
      }
      if (c.startsWith("h")) {
        const h = ampm ? hour12 : t.h;
        return c.length >= 2 ? pad(h) : String(h);
      }
      if (c.startsWith("s")) return c.length >= 2 ? pad(t.s) : String(t.s);
      if (c === "AM/PM") return t.h < 12 ? "AM" : "PM";
      if (c === "A/P") return t.h < 12 ? "A" : "P";
      return c;
    })
    .join("");
}

/** A number section: literal prefix, the digit pattern (one run of 0 # ? , .), literal suffix. */
function formatNumberSection(n: number, toks: Token[]): string {
  const first = toks.findIndex((t) => "code" in t && /^[0#?]$/.test(t.code));
  if (first < 0) return toks.map((t) => ("lit" in t ? t.lit : t.code === "%" ? "%" : "")).join("");
  let last = first;
  for (let i = first; i < toks.length; i++) {
    const t = toks[i];
    if ("code" in t && /^([0#?.,]|E[+-])$/i.test(t.code)) last = i;
    else if ("code" in t && t.code === "%") continue;
    else break;
  }
  // A "." before the first digit code ("#.00" written ".00") belongs to the pattern too.
  const start = first > 0 && "code" in toks[first - 1] && (toks[first - 1] as { code: string }).code === "." ? first - 1 : first;
  const pattern = toks
    .slice(start, last + 1)
    .map((t) => ("code" in t ? t.code : ""))
    .join("");
  const percent = toks.filter((t) => "code" in t && t.code === "%").length;
  const render = (t: Token) => ("lit" in t ? t.lit : t.code === "%" ? "%" : "");
  const prefix = toks.slice(0, start).map(render).join("");
  const suffix = toks
    .slice(last + 1)
    .map(render)
    .join("");
  const scaled = n * Math.pow(100, percent);
  const sci = /^([0#?.,]+)E([+-])([0#]+)$/i.exec(pattern);
  let body: string;
  if (sci) {
    const decimals = (sci[1].split(".")[1] ?? "").replace(/[^0#?]/g, "").length;
    const [mant, exp] = scaled.toExponential(decimals).split("e");
    const e = Number(exp);
    body = `${mant}E${e < 0 ? "-" : sci[2] === "+" ? "+" : ""}${String(Math.abs(e)).padStart(sci[3].length, "0")}`;
  } else {
    const [intPat, fracPat = ""] = pattern.split(".");
    const decimals = fracPat.replace(/[^0#?]/g, "").length;
    const minFrac = fracPat.replace(/[^0]/g, "").length;
    const minInt = intPat.replace(/[^0]/g, "").length;
    let [intPart, frac = ""] = scaled.toFixed(decimals).split(".");
    frac = frac.replace(/0+$/, "").padEnd(minFrac, "0");
    if (intPart === "0" && minInt === 0) intPart = "";
    intPart = intPart.padStart(minInt, "0");
    if (intPat.includes(",")) intPart = group(intPart);
    body = intPart + (pattern.includes(".") && (frac !== "" || fracPat === "") ? `.${frac}` : "");
  }
  return prefix + body + suffix;
}

export function formatCellText(value: CellValue | undefined, numberFormat: string): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const parts = sections(numberFormat);
  if (typeof value === "string") {
    // A fourth section formats text; "@" in it stands for the text.
    const textSection = parts[3];
    return textSection === undefined
      ? value
      : tokens(textSection)
          .map((t) => ("lit" in t ? t.lit : ""))
          .join("")
          .replace("@", value) || value;
  }
  if (numberFormat === "General" || numberFormat === "@" || numberFormat === "") return general(value);
  let section = parts[0];
  let n = value;
  let sign = "";
  if (value < 0 && parts.length >= 2 && parts[1] !== "") {
    section = parts[1];
    n = -value;
  } else if (value === 0 && parts.length >= 3 && parts[2] !== "") section = parts[2];
  else if (value < 0) {
    n = -value;
    sign = "-";
  }
  if (/^general$/i.test(section.trim())) return sign + general(n);
  const toks = tokens(section);
  if (toks.some(isDateCode)) return formatDate(value, toks) ?? "#".repeat(8);
  const text = formatNumberSection(n, toks);
  // A negative that rounds to zero shows without its sign ("-0.001" in "0.0" shows "0.0").
  return sign && /[1-9]/.test(text) ? sign + text : text;
}
