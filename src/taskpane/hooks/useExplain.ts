import { useCallback } from "react";
import type { ScoreRequest, ScoringService, TenantExplanations } from "../service";
import { useRequestRunner } from "./useRequestRunner";

/** "Explain tenants": asked for on its own, since it scores the exports again once per tenant. */
export function useExplain(service: ScoringService) {
  const call = useCallback((request: ScoreRequest): Promise<TenantExplanations> => service.explain(request), [service]);
  return useRequestRunner(call);
}
