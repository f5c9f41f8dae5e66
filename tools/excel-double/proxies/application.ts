/** Excel.Application: calculation controls. The double does not recalculate, so these only count. */
import type { RequestContext } from "../context";
import type { WorkbookModel } from "../model/workbook";
import { ClientObject, type Resolver } from "./base";

export class ApplicationProxy extends ClientObject<WorkbookModel> {
  constructor(context: RequestContext, resolver: Resolver<WorkbookModel>) {
    super(context, resolver, "derived");
  }
  protected get typeName(): string {
    return "Application";
  }
  protected scalarNames(): readonly string[] {
    return ["calculationMode"];
  }
  protected readScalar(): unknown {
    return "Automatic";
  }

  get calculationMode(): string {
    return this.getProp("calculationMode");
  }

  /** Counted in stats.suspendCalls when its sync runs. */
  suspendApiCalculationUntilNextSync(): void {
    this.queueMethod("suspendApiCalculationUntilNextSync", (_model, exec) => exec.countSuspend());
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.queueMethod("suspendScreenUpdatingUntilNextSync", () => undefined);
  }

  calculate(_calculationType?: string): void {
    this.queueMethod("calculate", () => undefined);
  }
}
