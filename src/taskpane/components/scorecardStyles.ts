import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * The scorecard's three-column table (the score's and the simulated result's): fixed columns that wrap
 * inside themselves, so a row per association type or part stays readable at 320 px; the last column right-aligned.
 */
export function scorecardTable(widths: readonly [string, string, string]): GriffelStyle {
  return {
    width: "100%",
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "& th": { textAlign: "left", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground3, paddingRight: tokens.spacingHorizontalXS },
    "& td": { verticalAlign: "top", paddingRight: tokens.spacingHorizontalXS, paddingTop: tokens.spacingVerticalXXS, overflowWrap: "break-word" },
    "& th:first-child, & td:first-child": { width: widths[0] },
    "& th:nth-child(2), & td:nth-child(2)": { width: widths[1] },
    "& th:nth-child(3), & td:nth-child(3)": { width: widths[2], textAlign: "right", paddingRight: 0 },
  };
}

/** A scorecard category's name ("PERFORMANCE"), as Partner Center sets it. */
export const CATEGORY_NAME: GriffelStyle = {
  margin: 0,
  fontSize: tokens.fontSizeBase300,
  textTransform: "uppercase",
  letterSpacing: "0.04em",
  color: tokens.colorNeutralForeground2,
};
