/** The summary sheet's name: a module of its own, so the pane finds the sheet without loading its layout. */
export const SUMMARY_SHEET = "SPD Summary";
