/** Partner Center's "By customer" and skilling views on the partner's own rows (issue 14). */
export {
  customerLookup,
  type CustomerLookup,
  type CustomerEligibility,
  type CustomerExplanation,
  type DesignationEligibility,
  type TrackEligibility,
} from "./customerLookup";
export { tenantSearch, type CustomerMatches } from "./tenantSearch";
export type { Criterion } from "./criteria";
export {
  skillingEligibility,
  type SkillingEligibility,
  type DesignationSkilling,
  type SkillingStep,
  type CountedPerson,
  type HeldCertification,
  type NotCountedCertification,
} from "./skillingEligibility";
