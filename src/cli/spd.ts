import {
  CalibrationError,
  EffortWeightError,
  InputError,
  ScoreOptionError,
  describeOptions,
  insights,
  mergeOptions,
  optionsFor,
  scoreDesignations,
  type ParsedInput,
  type ScoreOptions,
} from "../engine";
import { historyText } from "./historyText";
import { ScenarioError } from "../engine";
import { UnknownRecommendationError } from "../engine";
import { simulate } from "../engine";
import { USAGE, UsageError, parseCli, type CliOptions } from "./args";
import { simulationText } from "./simulationText";
import { readInputFiles } from "./readFiles";
import { textReport } from "./textReport";
import { parseObservedArgs } from "./calibrateArgs";
import { runCalibration } from "./calibrate";
import { loadOptionsFile, optionsFileLine } from "./optionsFile";
import { printable } from "./printable";
import { ByteSink, writeJson } from "./jsonOut";

const EXIT = { scored: 0, usage: 2, unreadable: 3 } as const;

async function main(argv: string[]): Promise<number> {
  const options = parseCli(argv);
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.scored;
  }
  const observed = options.command === "calibrate" ? parseObservedArgs(options.observed) : [];
  // --options-file: the options calibrate saved, for the designations scored, beside any --option.
  const saved = options.optionsFile ? loadOptionsFile(options.optionsFile) : null;
  const { options: ruleOptions, fromFile } = mergeOptions(options.options, saved && { ...saved, options: optionsFor(saved.options, options.designations) });
  const fileNote = options.optionsFile ? { optionsFile: { file: options.optionsFile, options: fromFile } } : {};
  const fileLine = options.optionsFile ? `${optionsFileLine(options.optionsFile, fromFile)}\n` : "";
  const { input, sources } = await readInputFiles(options.files, { keepSources: options.out !== undefined });
  const scoreOptions: ScoreOptions = {
    asOf: options.asOf,
    intermediate: options.intermediate,
    advanced: options.advanced,
    counts: options.counts,
    ruleSet: options.rules,
    options: ruleOptions,
    tracks: options.tracks,
    designations: options.designations,
    rows: options.rows || options.out !== undefined,
  };
  if (options.command === "calibrate") {
    process.stdout.write(
      printable(runCalibration(input, scoreOptions, { observed, json: options.json, save: options.save, optionsFile: options.optionsFile, fromFile }))
    );
    return EXIT.scored;
  }
  if (options.command === "simulate") return runSimulation(input, scoreOptions, options, fileNote, fileLine);
  const result = scoreDesignations(input, scoreOptions);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const extra = insights(input, scoreOptions, result, {
    weights: options.weights,
    anniversary: options.anniversary,
    anniversaries: options.anniversaries,
    today,
    history: options.history,
  });
  const { paths, history, renewal } = extra;
  if (options.out) {
    // ExcelJS is heavy to load; only pay for it when a workbook is asked for.
    const { writeXlsx, OutputError } = await import("./writeXlsx");
    try {
      // The workbook names the rule options in force, as the add-in's summary sheet does.
      const from = [fromFile.length ? options.optionsFile : "", options.options.length ? "--option" : ""].filter(Boolean).join(" and ");
      const ruleOptions = { options: describeOptions(scoreOptions.options ?? []), ...(from ? { from } : {}) };
      await writeXlsx(options.out, input, result.report, sources, { ...extra, ruleOptions });
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      process.stderr.write(printable(`spd: ${error.message}\n`));
      return EXIT.unreadable;
    }
  }
  const report = options.rows ? result.report : { ...result.report, rows: undefined };
  if (options.json) printJson({ ...report, paths, ...(history ? { history, renewal } : {}), ...fileNote });
  else
    process.stdout.write(
      printable(
        `${fileLine}${textReport(report, paths)}\n${history ? `\n${historyText(history, renewal)}\n` : ""}${options.out ? `\nWrote ${options.out}\n` : ""}`
      )
    );
  return EXIT.scored;
}

/** One JSON document on stdout, written a piece at a time (with --rows it can be hundreds of MB). */
function printJson(document: object): void {
  const sink = new ByteSink((bytes) => process.stdout.write(bytes));
  writeJson(document, (text) => sink.put(text));
  sink.put("\n");
  sink.end();
}

function runSimulation(input: ParsedInput, scoreOptions: ScoreOptions, options: CliOptions, fileNote: object, fileLine: string): number {
  const result = simulate(input, { ...scoreOptions, rows: false }, options.scenario);
  if (options.json) printJson({ ...result, ...fileNote });
  else process.stdout.write(printable(`${fileLine}${simulationText(result)}\n`));
  return EXIT.scored;
}

// `spd score … | head`: the reader closing the pipe early is not an error of ours; stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

// exitCode, not exit(): exit() would cut off output still flowing into a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ScenarioError || error instanceof UnknownRecommendationError || error instanceof CalibrationError) {
      process.stderr.write(printable(`spd: ${error.message}\n`));
      process.exitCode = EXIT.usage;
      return;
    }
    if (error instanceof UsageError || error instanceof ScoreOptionError || error instanceof EffortWeightError) {
      process.stderr.write(printable(`spd: ${error.message}\n\n${USAGE}\n`));
      process.exitCode = EXIT.usage;
      return;
    }
    if (error instanceof InputError) {
      process.stderr.write(printable(`spd: ${error.message}\n`));
      process.exitCode = EXIT.unreadable;
      return;
    }
    process.stderr.write(`spd: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
);
