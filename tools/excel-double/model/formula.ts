/**
 * A deliberately small formula evaluator so the playground shows numbers instead of formula text.
 * Supported: number/string/boolean literals, A1 references and ranges (optionally sheet-qualified),
 * + - * / ^ & = <> < > <= >= %, and SUM MIN MAX AVERAGE COUNT COUNTA IF IFERROR AND OR NOT ROUND
 * ABS LEN UPPER LOWER CONCAT CONCATENATE. Anything else evaluates to "#NAME?", the error Excel
 * shows for an unknown function; results are error strings ("#DIV/0!") like Range.values returns.
 */
import { parseAddress, type RangeRef } from "../address";
import type { CellValue } from "./types";

export interface FormulaHost {
  /** Evaluated values of a block ("" for empty cells); null when the sheet does not exist. */
  readBlock(sheet: string | undefined, ref: RangeRef): CellValue[][] | null;
}

export const FORMULA_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);

class FormulaErr {
  constructor(readonly code: string) {}
}
type Scalar = number | string | boolean | FormulaErr;
type Val = Scalar | CellValue[][];

type Node =
  | { t: "lit"; v: Scalar }
  | { t: "ref"; sheet?: string; ref: RangeRef }
  | { t: "un"; op: string; a: Node }
  | { t: "post"; op: "%"; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "call"; name: string; args: Node[] };

type Tok =
  { k: "num"; v: number } | { k: "str"; v: string } | { k: "id"; v: string } | { k: "sheet"; v: string } | { k: "op"; v: string } | { k: "err"; v: string };

// Error literals in formula text; "#REF!" may carry what is left of a reference whose sheet was
// deleted ("=#REF!C8", as Excel rewrites it), which stays #REF!.
const ERROR_LITERAL = /^(#REF!(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)?|#NULL!|#DIV\/0!|#VALUE!|#NAME\?|#NUM!|#N\/A)/;

const NAME_ERR = new FormulaErr("#NAME?");

function tokenize(src: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && !/^[A-Za-z$_]/.test(src.slice(i + num[0].length)) && src[i + num[0].length] !== ":") {
      out.push({ k: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const err = ch === "#" ? ERROR_LITERAL.exec(src.slice(i)) : null;
    if (err) {
      out.push({ k: "err", v: err[0].startsWith("#REF!") ? "#REF!" : err[0] });
      i += err[0].length;
      continue;
    }
    if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) return null;
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ k: "str", v: s });
      continue;
    }
    if (ch === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(src.slice(i));
      if (!m) return null;
      out.push({ k: "sheet", v: m[1].replace(/''/g, "'") });
      i += m[0].length;
      continue;
    }
    const id = /^[A-Za-z0-9_$.\\]+/.exec(src.slice(i));
    if (id) {
      i += id[0].length;
      if (src[i] === "!") {
        out.push({ k: "sheet", v: id[0] });
        i++;
      } else out.push({ k: "id", v: id[0] });
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>%(),:])/.exec(src.slice(i));
    if (!op) return null;
    out.push({ k: "op", v: op[0] });
    i += op[0].length;
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  parse(): Node | null {
    const n = this.compare();
    return n && this.i === this.toks.length ? n : null;
  }
  private peekOp(...ops: string[]): string | null {
    const t = this.toks[this.i];
    return t && t.k === "op" && ops.includes(t.v) ? t.v : null;
  }
  private binary(next: () => Node | null, ops: string[], rightAssoc = false): Node | null {
    let a = next();
    let op: string | null;
    while (a && (op = this.peekOp(...ops))) {
      this.i++;
      const b = rightAssoc ? this.binary(next, ops, true) : next();
      if (!b) return null;
      a = { t: "bin", op, a, b };
      if (rightAssoc) break;
    }
    return a;
  }
  private compare = (): Node | null => this.binary(this.concat, ["=", "<>", "<", ">", "<=", ">="]);
  private concat = (): Node | null => this.binary(this.additive, ["&"]);
  private additive = (): Node | null => this.binary(this.multiplicative, ["+", "-"]);
  private multiplicative = (): Node | null => this.binary(this.power, ["*", "/"]);
  private power = (): Node | null => this.binary(this.unary, ["^"]);
  private unary = (): Node | null => {
    const op = this.peekOp("-", "+");
    if (op) {
      this.i++;
      const a = this.unary();
      return a && { t: "un", op, a };
    }
    return this.postfix();
  };
  private postfix(): Node | null {
    let a = this.primary();
    while (a && this.peekOp("%")) {
      this.i++;
      a = { t: "post", op: "%", a };
    }
    return a;
  }
  private primary(): Node | null {
    const t = this.toks[this.i++];
    if (!t) return null;
    if (t.k === "num") return { t: "lit", v: t.v };
    if (t.k === "str") return { t: "lit", v: t.v };
    if (t.k === "err") return { t: "lit", v: new FormulaErr(t.v) };
    if (t.k === "op" && t.v === "(") {
      const n = this.compare();
      if (!n || !this.peekOp(")")) return null;
      this.i++;
      return n;
    }
    if (t.k === "sheet") {
      const r = this.toks[this.i++];
      return r && r.k === "id" ? this.reference(r.v, t.v) : null;
    }
    if (t.k === "id") {
      if (this.peekOp("(")) return this.call(t.v);
      const upper = t.v.toUpperCase();
      if (upper === "TRUE" || upper === "FALSE") return { t: "lit", v: upper === "TRUE" };
      return this.reference(t.v, undefined);
    }
    return null;
  }
  private reference(first: string, sheet: string | undefined): Node {
    let text = first;
    if (this.peekOp(":")) {
      const next = this.toks[this.i + 1];
      if (next && (next.k === "id" || next.k === "num")) {
        text += `:${String(next.v)}`;
        this.i += 2;
      }
    }
    const parsed = parseAddress(text);
    return parsed ? { t: "ref", sheet, ref: parsed.ref } : { t: "lit", v: NAME_ERR };
  }
  private call(name: string): Node | null {
    this.i++; // "("
    const args: Node[] = [];
    if (this.peekOp(")")) {
      this.i++;
      return { t: "call", name: name.toUpperCase(), args };
    }
    for (;;) {
      const a = this.compare();
      if (!a) return null;
      args.push(a);
      if (this.peekOp(",")) {
        this.i++;
        continue;
      }
      if (this.peekOp(")")) {
        this.i++;
        return { t: "call", name: name.toUpperCase(), args };
      }
      return null;
    }
  }
}

const cache = new Map<string, Node | null>();

function parseFormula(formula: string): Node | null {
  let node = cache.get(formula);
  if (node === undefined) {
    const toks = tokenize(formula.slice(1));
    node = toks ? new Parser(toks).parse() : null;
    if (cache.size > 10_000) cache.clear();
    cache.set(formula, node);
  }
  return node;
}

function fromCell(v: CellValue): Scalar {
  return typeof v === "string" && FORMULA_ERRORS.has(v) ? new FormulaErr(v) : v;
}

function scalar(v: Val): Scalar {
  if (!Array.isArray(v)) return v;
  return v.length === 1 && v[0].length === 1 ? fromCell(v[0][0]) : new FormulaErr("#VALUE!");
}

function num(v: Scalar): number | FormulaErr {
  if (v instanceof FormulaErr) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : new FormulaErr("#VALUE!");
}

function text(v: Scalar): string | FormulaErr {
  if (v instanceof FormulaErr) return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function truthy(v: Scalar): boolean | FormulaErr {
  if (v instanceof FormulaErr) return v;
  if (typeof v === "string") {
    const u = v.toUpperCase();
    if (u === "TRUE" || u === "FALSE") return u === "TRUE";
    return v === "" ? false : new FormulaErr("#VALUE!");
  }
  return typeof v === "number" ? v !== 0 : v;
}

function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") return a.toUpperCase().localeCompare(b.toUpperCase());
  return Number(a) - Number(b);
}

function arith(op: string, x: number, y: number): Scalar {
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? new FormulaErr("#DIV/0!") : x / y;
    default: {
      const r = Math.pow(x, y);
      return Number.isFinite(r) ? r : new FormulaErr("#NUM!");
    }
  }
}

/** Numbers for SUM-like functions: from ranges only numbers count, direct arguments are coerced. */
function numbers(args: Val[]): number[] | FormulaErr {
  const out: number[] = [];
  for (const a of args) {
    if (Array.isArray(a)) {
      for (const row of a)
        for (const c of row) {
          const s = fromCell(c);
          if (s instanceof FormulaErr) return s;
          if (typeof s === "number") out.push(s);
        }
    } else {
      const n = num(a);
      if (n instanceof FormulaErr) return n;
      out.push(n);
    }
  }
  return out;
}

function callFn(name: string, args: Val[]): Scalar {
  const nums = () => numbers(args);
  switch (name) {
    case "SUM": {
      const n = nums();
      return n instanceof FormulaErr ? n : n.reduce((s, x) => s + x, 0);
    }
    case "MIN":
    case "MAX": {
      const n = nums();
      if (n instanceof FormulaErr) return n;
      return n.length === 0 ? 0 : name === "MIN" ? Math.min(...n) : Math.max(...n);
    }
    case "AVERAGE": {
      const n = nums();
      if (n instanceof FormulaErr) return n;
      return n.length === 0 ? new FormulaErr("#DIV/0!") : n.reduce((s, x) => s + x, 0) / n.length;
    }
    case "COUNT":
    case "COUNTA": {
      let count = 0;
      for (const a of args) {
        const cells = Array.isArray(a) ? a.flat() : [a];
        for (const c of cells) {
          if (name === "COUNT" ? typeof c === "number" : c !== "") count++;
        }
      }
      return count;
    }
    case "IF": {
      if (args.length < 2 || args.length > 3) return new FormulaErr("#VALUE!");
      const cond = truthy(scalar(args[0]));
      if (cond instanceof FormulaErr) return cond;
      return cond ? scalar(args[1]) : args.length === 3 ? scalar(args[2]) : false;
    }
    case "IFERROR": {
      if (args.length !== 2) return new FormulaErr("#VALUE!");
      const v = scalar(args[0]);
      return v instanceof FormulaErr ? scalar(args[1]) : v;
    }
    case "AND":
    case "OR": {
      const flags: boolean[] = [];
      for (const a of args) {
        const t = truthy(scalar(a));
        if (t instanceof FormulaErr) return t;
        flags.push(t);
      }
      return name === "AND" ? flags.every(Boolean) : flags.some(Boolean);
    }
    case "NOT": {
      const t = args.length === 1 ? truthy(scalar(args[0])) : new FormulaErr("#VALUE!");
      return t instanceof FormulaErr ? t : !t;
    }
    case "ROUND": {
      const n = num(scalar(args[0] ?? ""));
      const d = num(scalar(args[1] ?? 0));
      if (n instanceof FormulaErr) return n;
      if (d instanceof FormulaErr) return d;
      const f = Math.pow(10, Math.trunc(d));
      return (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
    }
    case "ABS": {
      const n = num(scalar(args[0] ?? ""));
      return n instanceof FormulaErr ? n : Math.abs(n);
    }
    case "LEN":
    case "UPPER":
    case "LOWER": {
      const s = text(scalar(args[0] ?? ""));
      if (s instanceof FormulaErr) return s;
      return name === "LEN" ? s.length : name === "UPPER" ? s.toUpperCase() : s.toLowerCase();
    }
    case "CONCAT":
    case "CONCATENATE": {
      let out = "";
      for (const a of args) {
        for (const c of Array.isArray(a) ? a.flat().map(fromCell) : [a]) {
          const s = text(c);
          if (s instanceof FormulaErr) return s;
          out += s;
        }
      }
      return out;
    }
    default:
      return NAME_ERR;
  }
}

function evaluate(node: Node, host: FormulaHost): Val {
  switch (node.t) {
    case "lit":
      return node.v;
    case "ref":
      return host.readBlock(node.sheet, node.ref) ?? new FormulaErr("#REF!");
    case "un": {
      const n = num(scalar(evaluate(node.a, host)));
      return n instanceof FormulaErr || node.op === "+" ? n : -n;
    }
    case "post": {
      const n = num(scalar(evaluate(node.a, host)));
      return n instanceof FormulaErr ? n : n / 100;
    }
    case "call":
      return callFn(
        node.name,
        node.args.map((a) => evaluate(a, host))
      );
    case "bin": {
      const a = scalar(evaluate(node.a, host));
      const b = scalar(evaluate(node.b, host));
      if (a instanceof FormulaErr) return a;
      if (b instanceof FormulaErr) return b;
      if (node.op === "&") return `${text(a) as string}${text(b) as string}`;
      if (["=", "<>", "<", ">", "<=", ">="].includes(node.op)) {
        const c = compare(a === "" && typeof b === "number" ? 0 : a, b === "" && typeof a === "number" ? 0 : b);
        switch (node.op) {
          case "=":
            return c === 0;
          case "<>":
            return c !== 0;
          case "<":
            return c < 0;
          case ">":
            return c > 0;
          case "<=":
            return c <= 0;
          default:
            return c >= 0;
        }
      }
      const x = num(a);
      const y = num(b);
      if (x instanceof FormulaErr) return x;
      if (y instanceof FormulaErr) return y;
      return arith(node.op, x, y);
    }
  }
}

/** Evaluates "=..." to what Range.values would show. */
export function evaluateFormula(formula: string, host: FormulaHost): CellValue {
  const node = parseFormula(formula);
  if (!node) return "#NAME?";
  const result = scalar(evaluate(node, host));
  if (result instanceof FormulaErr) return result.code;
  // A formula that points at an empty cell shows 0.
  return result === "" && node.t === "ref" ? 0 : result;
}

/**
 * Rewrites the sheet qualifiers naming `sheetName` (ignoring case, quoted or not) in a formula,
 * outside string literals: to `replacement` + "!" when the sheet is renamed (Excel updates every
 * formula), or to "#REF!" when it is deleted (Excel shows "=#REF!C8", which evaluates to #REF!).
 */
export function replaceSheetQualifier(formula: string, sheetName: string, replacement: string | null): string {
  const target = sheetName.toUpperCase();
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const rest = formula.slice(i);
    const quoted = ch === "'" ? /^'((?:[^']|'')+)'!/.exec(rest) : null;
    const plain = !quoted && !/[A-Za-z0-9_.\\$]/.test(formula[i - 1] ?? "") ? /^([A-Za-z0-9_.\\]+)!/.exec(rest) : null;
    const m = quoted ?? plain;
    if (m) {
      const name = quoted ? m[1].replace(/''/g, "'") : m[1];
      out += name.toUpperCase() === target ? (replacement === null ? "#REF!" : `${replacement}!`) : m[0];
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
