import { parseArgs } from "node:util";

export const USAGE = `Usage: npm run -s spd -- score FILE... [options]

Scores Solutions Partner for Modern Work (Enterprise and SMB tracks) from Partner Center exports:
an M365 usage export (CSV or .xlsx) and, optionally, a skilling export.

Options:
  --as-of YYYY-MM     as-of month M (default: the latest month in the usage export)
  --intermediate N    intermediate certified people (instead of / over a skilling export)
  --advanced N        advanced certified people
  --rules ID          use this rule set instead of the one in force in the as-of month
  --json              print one JSON document (see README) instead of tables
  --rows              with --json: include the per-row flags
  --out FILE.xlsx     also write a workbook: the export rows with flag columns, and a summary sheet
  -h, --help          this text

Exit codes: 0 scored, 2 bad usage, 3 unreadable input.`;

export interface CliOptions {
  files: string[];
  asOf?: string;
  intermediate?: number;
  advanced?: number;
  rules?: string;
  json: boolean;
  rows: boolean;
  out?: string;
}

export class UsageError extends Error {
  override name = "UsageError";
}

function count(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`--${name} takes a whole number of people, not "${raw}".`);
  return Number(raw);
}

/** Parses `score FILE... [options]`; returns "help" for -h/--help. */
export function parseCli(argv: string[]): CliOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "as-of": { type: "string" },
        intermediate: { type: "string" },
        advanced: { type: "string" },
        rules: { type: "string" },
        json: { type: "boolean", default: false },
        rows: { type: "boolean", default: false },
        out: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const [command, ...files] = positionals;
  if (command !== "score") throw new UsageError(command ? `Unknown command "${command}".` : "No command given.");
  if (!files.length) throw new UsageError("Give at least one export file to score.");
  if (values.out !== undefined && !/\.xlsx$/i.test(values.out)) throw new UsageError(`--out must name an .xlsx file, not "${values.out}".`);
  return {
    files,
    asOf: values["as-of"],
    intermediate: count("intermediate", values.intermediate),
    advanced: count("advanced", values.advanced),
    rules: values.rules,
    json: values.json ?? false,
    rows: values.rows ?? false,
    out: values.out,
  };
}
