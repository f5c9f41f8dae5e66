/** Excel.Workbook: entry point of context.workbook. */
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import type { WorkbookModel } from "../model/workbook";
import { ApplicationProxy } from "./application";
import { ClientObject } from "./base";
import { NamedItemCollectionProxy } from "./names";
import { RangeProxy } from "./range";
import { SettingCollectionProxy } from "./settings";
import { TableCollectionProxy } from "./tables";
import { WorksheetCollectionProxy } from "./worksheets";

export class WorkbookProxy extends ClientObject<WorkbookModel> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly application: ApplicationProxy;
  /** Document settings (ExcelApi 1.4): this add-in's key-value pairs kept in the workbook. */
  readonly settings: SettingCollectionProxy;
  /** Workbook-scoped defined names (ExcelApi 1.1). */
  readonly names: NamedItemCollectionProxy;

  constructor(context: RequestContext) {
    const model = () => context._env.model;
    super(context, model, "derived");
    this.worksheets = new WorksheetCollectionProxy(context, model);
    this.tables = new TableCollectionProxy(context, () => ({}));
    this.application = new ApplicationProxy(context, model);
    this.settings = new SettingCollectionProxy(context, () => model().settings);
    this.names = new NamedItemCollectionProxy(context, () => ({ sheet: null }));
  }

  protected get typeName(): string {
    return "Workbook";
  }
  protected scalarNames(): readonly string[] {
    return ["name"];
  }
  protected readScalar(model: WorkbookModel): unknown {
    return model.name;
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "worksheets") return this.worksheets as unknown as ClientObject<unknown>;
    if (name === "tables") return this.tables as unknown as ClientObject<unknown>;
    if (name === "application") return this.application as unknown as ClientObject<unknown>;
    if (name === "settings") return this.settings as unknown as ClientObject<unknown>;
    if (name === "names") return this.names as unknown as ClientObject<unknown>;
    return undefined;
  }

  get name(): string {
    return this.getProp("name");
  }

  /**
   * The selection on the active sheet. "If there are multiple ranges selected, this method will throw
   * an error" (Workbook.getSelectedRange reference), and with a chart or shape selected it throws
   * InvalidSelection, by design (office-js issues 8 and 2268): the sync fails with that code.
   */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const model = this._entity();
        const sheet = model.activeSheet;
        if (!sheet) throw excelError(ErrorCode.itemNotFound, "The workbook has no active worksheet.");
        const problem = model.selectionProblem();
        if (problem) throw excelError(ErrorCode.invalidSelection, `The current selection is invalid for this operation (${problem}).`);
        return { sheet, ref: { ...sheet.selection } };
      },
      "instantiate",
      "Workbook.getSelectedRange"
    );
  }

  /** Top-left cell of the selection. */
  getActiveCell(): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this._entity().activeSheet;
        if (!sheet) throw excelError(ErrorCode.itemNotFound, "The workbook has no active worksheet.");
        return { sheet, ref: { row: sheet.selection.row, col: sheet.selection.col, rowCount: 1, colCount: 1 } };
      },
      "instantiate",
      "Workbook.getActiveCell"
    );
  }
}
