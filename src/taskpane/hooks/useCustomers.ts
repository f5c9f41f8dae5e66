import { useCallback } from "react";
import type { CustomerLookup } from "../service";
import type { ScoreRequest, ScoringService } from "../service";
import { useRequestRunner } from "./useRequestRunner";

/** Customer eligibility: the workbook scored with row flags once the view opens (not with every score). */
export function useCustomers(service: ScoringService) {
  const call = useCallback((request: ScoreRequest): Promise<CustomerLookup> => service.customers(request), [service]);
  return useRequestRunner(call);
}
