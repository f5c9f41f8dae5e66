/**
 * Calibrate to Partner Center (issue 10 §4). Import it through the engine facade (`src/engine`), not
 * this file: these modules import the rest of the engine through the facade, which re-exports them.
 */
export { calibrate, describeOptions, optionsKnownTo, optionsFor, MAX_OPTIONS } from "./calibrate";
export { observableMetrics, observableDesignation, resolveObservation, resolveObservations, TOLERANCE } from "./catalogue";
export { CalibrationError, parseObservation, observationText } from "./observed";
export { savedOptionsOf, readSavedOptions, mergeOptions } from "./savedOptions";
export { engineValue } from "./values";
export type * from "./types";
export { printValue, printDifference } from "./print";
