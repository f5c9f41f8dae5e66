import { dataAiScorer, digitalAppInnovationScorer, infrastructureScorer } from "./azure";
import { businessApplicationsScorer } from "./businessApplications";
import { modernWorkScorer } from "./modernWork";
import { securityScorer } from "./security";
import type { DesignationScorer } from "./types";

/** Every designation, in the order Partner Center lists them. A new designation is a new entry here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const DESIGNATIONS: readonly DesignationScorer<any>[] = [dataAiScorer, infrastructureScorer, digitalAppInnovationScorer, businessApplicationsScorer, modernWorkScorer, securityScorer];
