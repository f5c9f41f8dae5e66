import { InputError, ScoreOptionError, parseIsoMonth, scoreDesignations, skillingRowFlags } from "../engine";
import { USAGE, UsageError, parseCli } from "./args";
import { readInputFiles } from "./readFiles";
import { textReport } from "./textReport";

const EXIT = { scored: 0, usage: 2, unreadable: 3 } as const;

async function main(argv: string[]): Promise<number> {
  const options = parseCli(argv);
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.scored;
  }
  const { input, sources } = await readInputFiles(options.files, { keepSources: options.out !== undefined });
  const result = scoreDesignations(input, {
    asOf: options.asOf,
    intermediate: options.intermediate,
    advanced: options.advanced,
    counts: options.counts,
    ruleSet: options.rules,
    options: options.options,
    tracks: options.tracks,
    designations: options.designations,
    rows: options.rows || options.out !== undefined,
  });
  if (options.out) {
    // ExcelJS is heavy to load; only pay for it when a workbook is asked for.
    const { writeXlsx } = await import("./writeXlsx");
    const asOf = parseIsoMonth(result.report.asOf)!;
    await writeXlsx(options.out, input, result.report, skillingRowFlags(input, result.outcomes, asOf), sources);
  }
  const report = options.rows ? result.report : { ...result.report, rows: undefined };
  if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(`${textReport(report)}\n${options.out ? `\nWrote ${options.out}\n` : ""}`);
  return EXIT.scored;
}

// exitCode, not exit(): exit() would cut off output still flowing into a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ScoreOptionError) {
      process.stderr.write(`spd: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    if (error instanceof InputError) {
      process.stderr.write(`spd: ${error.message}\n`);
      process.exitCode = EXIT.unreadable;
      return;
    }
    process.stderr.write(`spd: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
