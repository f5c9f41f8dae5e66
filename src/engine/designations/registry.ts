import { dataAiModule } from "./data-ai/module";
import { digitalAppInnovationModule } from "./digital-app-innovation/module";
import { infrastructureModule } from "./infrastructure/module";
import { businessApplicationsModule } from "./business-applications/module";
import { modernWorkModule } from "./modern-work/module";
import { securityModule } from "./security/module";
import type { DesignationModule } from "../model/module";
import type { DesignationId } from "../model/ruleTypes";

/** Every designation, in the order Partner Center lists them. A new designation is a new entry here. */

export const DESIGNATIONS: readonly DesignationModule<any>[] = [
  dataAiModule,
  infrastructureModule,
  digitalAppInnovationModule,
  businessApplicationsModule,
  modernWorkModule,
  securityModule,
];

export function moduleOf(id: DesignationId): DesignationModule {
  const found = DESIGNATIONS.find((d) => d.id === id);
  if (!found) throw new Error(`No designation module "${id}".`);
  return found;
}
