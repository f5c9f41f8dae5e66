/**
 * Errors shaped like office-js's OfficeExtension.Error: at runtime office-js sets `name` to
 * "RichApi.Error" (not the "OfficeExtension.Error" its typings mention) and puts the Excel
 * error code in `code`, so adapters should branch on `code`.
 */

export const ErrorCode = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  badPassword: "BadPassword",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidSelection: "InvalidSelection",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidObjectPath: "InvalidObjectPath",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  mergedRangeConflict: "MergedRangeConflict",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  notImplemented: "NotImplemented",
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

// Messages as listed in "Error handling with the application-specific JavaScript APIs" (learn.microsoft.com,
// office/dev/add-ins/testing/application-specific-api-error-handling), "Error codes and messages".
const DEFAULT_MESSAGES: Record<ErrorCodeValue, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of the Office application.",
  BadPassword: "The password you supplied is incorrect.",
  PropertyNotLoaded: "The property is not available.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object or its current state.",
  InvalidSelection: "The current selection is invalid for this operation.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  FormulaLengthExceedsLimit: "The bytecode of the applied formula exceeds the maximum length limit.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise.',
  NotImplemented: "The requested feature isn't implemented.",
};

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class ExcelDoubleError extends Error {
  readonly code: ErrorCodeValue;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: Error | null = null;

  constructor(code: ErrorCodeValue, detail?: string, errorLocation?: string) {
    const message = detail ?? DEFAULT_MESSAGES[code];
    super(message);
    Object.setPrototypeOf(this, ExcelDoubleError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function excelError(code: ErrorCodeValue, detail?: string, errorLocation?: string): ExcelDoubleError {
  return new ExcelDoubleError(code, detail, errorLocation);
}

export function propertyNotLoaded(property: string): ExcelDoubleError {
  return new ExcelDoubleError(
    ErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export function isExcelDoubleError(e: unknown): e is ExcelDoubleError {
  return e instanceof ExcelDoubleError;
}
