import { CalibrationError, parseObservation, type Observation } from "../engine";
import { UsageError } from "./usageError";

type Command = "score" | "simulate" | "calibrate";

/** The calibrate flags belong to calibrate, and calibrate needs at least one --observed; score-only outputs are refused there. */
export function checkCalibrateFlags(command: Command, values: { observed?: string[]; save?: string; out?: string; history?: boolean; rows?: boolean }): void {
  if (command !== "calibrate") {
    const flag = values.observed?.length ? "--observed" : values.save !== undefined ? "--save" : undefined;
    if (flag)
      throw new UsageError(
        `${flag} belongs to the calibrate command: npm run -s spd -- calibrate FILE... --observed "business-applications/smb/net-customer-adds=3"`
      );
    return;
  }
  if (!values.observed?.length)
    throw new UsageError(
      `calibrate needs at least one --observed value read off Partner Center, e.g. --observed "business-applications/smb/net-customer-adds=3".`
    );
  const scoreOnly = values.out !== undefined ? "--out" : values.history ? "--history" : values.rows ? "--rows" : undefined;
  if (scoreOnly)
    throw new UsageError(
      `${scoreOnly} belongs to the score command; calibrate prints the combinations it tried (--json for the document, --save FILE for the options).`
    );
}

/** The --observed texts, read strictly (the names are checked against the rules in force once the exports are read). */
export function parseObservedArgs(texts: readonly string[]): Observation[] {
  try {
    return texts.map(parseObservation);
  } catch (error) {
    if (error instanceof CalibrationError) throw new UsageError(error.message);
    throw error;
  }
}
