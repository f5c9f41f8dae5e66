/**
 * The Excel enums an adapter is likely to reference (Excel.ErrorCodes.itemNotFound, ...), as plain
 * string values identical to office-js's.
 */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  rangeExceedsLimit: "RangeExceedsLimit",
  // Not in @types/office-js's Excel.ErrorCodes, but documented for Excel on the web.
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedOperation: "UnsupportedOperation",
} as const;

export const RangeValueType = {
  unknown: "Unknown",
  empty: "Empty",
  string: "String",
  integer: "Integer",
  double: "Double",
  boolean: "Boolean",
  error: "Error",
  richValue: "RichValue",
} as const;

export const ClearApplyTo = {
  all: "All",
  formats: "Formats",
  contents: "Contents",
  hyperlinks: "Hyperlinks",
  removeHyperlinks: "RemoveHyperlinks",
  resetContents: "ResetContents",
} as const;

export const HorizontalAlignment = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerAcrossSelection: "CenterAcrossSelection",
  distributed: "Distributed",
} as const;

export const VerticalAlignment = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
} as const;

export const SheetVisibility = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

export const CalculationMode = { automatic: "Automatic", automaticExceptTables: "AutomaticExceptTables", manual: "Manual" } as const;

export const CalculationType = { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" } as const;

export const ConditionalFormatType = {
  custom: "Custom",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  presetCriteria: "PresetCriteria",
  containsText: "ContainsText",
  cellValue: "CellValue",
} as const;

export const ConditionalCellValueOperator = {
  invalid: "Invalid",
  between: "Between",
  notBetween: "NotBetween",
  equalTo: "EqualTo",
  notEqualTo: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
} as const;

export const ConditionalTextOperator = {
  invalid: "Invalid",
  contains: "Contains",
  notContains: "NotContains",
  beginsWith: "BeginsWith",
  endsWith: "EndsWith",
} as const;

export const excelEnums = {
  ErrorCodes,
  RangeValueType,
  ClearApplyTo,
  HorizontalAlignment,
  VerticalAlignment,
  SheetVisibility,
  CalculationMode,
  CalculationType,
  ConditionalFormatType,
  ConditionalCellValueOperator,
  ConditionalTextOperator,
} as const;
