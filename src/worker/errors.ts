import { CalibrationError, DateInputError, EffortWeightError, InputError, ScenarioError, ScoreOptionError, UnknownRecommendationError } from "../engine";

/**
 * An error as it crosses the worker boundary. Structured clone keeps an Error's message but not its
 * class or its own fields (an InputError's file), so they travel by name and come back as they were.
 */
export interface SerializedError {
  name: string;
  message: string;
  fields: Record<string, unknown>;
}

// The engine's errors the pane or the adapter may tell apart (instanceof), by their `name`.
const CLASSES: Record<string, { prototype: Error }> = {
  InputError,
  ScoreOptionError,
  DateInputError,
  ScenarioError,
  CalibrationError,
  EffortWeightError,
  UnknownRecommendationError,
};

export function serializedError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error))
    if (key !== "message" && (value === null || ["string", "number", "boolean"].includes(typeof value))) fields[key] = value;
  // By identity, not constructor.name: a production build renames classes.
  const known = Object.entries(CLASSES).find(([, c]) => Object.getPrototypeOf(error) === c.prototype)?.[0];
  return { name: known ?? error.name, message: error.message, fields };
}

/** The error again, of its engine class where it had one. */
export function revivedError({ name, message, fields }: SerializedError): Error {
  const known = CLASSES[name];
  const error: Error = known ? Object.create(known.prototype) : new Error(message);
  Object.defineProperty(error, "message", { value: message, writable: true, configurable: true });
  if (!known && name !== "Error") error.name = name;
  Object.assign(error, fields);
  if (known && error.stack === undefined) Object.defineProperty(error, "stack", { value: `${error.name}: ${message}`, writable: true, configurable: true });
  return error;
}
