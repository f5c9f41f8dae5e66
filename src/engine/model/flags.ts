export type FlagCell = string | number | null;

/** One column the add-in and --out write beside an export's rows, from a row's flags. */
export interface FlagColumn<Row> {
  /** Starts with FLAG_HEADER_PREFIX, so the next run finds and replaces it without touching user columns. */
  header: string;
  /** Excel number format for the column ("@" = text). */
  numberFormat: string;
  value: (row: Row) => FlagCell;
}

export const FLAG_HEADER_PREFIX = "SPD ";
