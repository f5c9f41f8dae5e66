/** CSV texts by file name, read as the command line reads its files: one parsed input. */
import { InputCollector, readCsvText, type ParsedInput } from "../../src/engine";

export function readInputs(files: Record<string, string>): ParsedInput {
  const c = new InputCollector();
  for (const [name, text] of Object.entries(files)) readCsvText(c, name, text);
  return c.result();
}
