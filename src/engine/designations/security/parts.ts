import type { MetricTarget, Sourced } from "../../model/ruleTypes";

interface Half {
  unit: [string, string];
  unitsPerPoint: Sourced<number>;
}

/** Security's metrics are the capped sum of an Azure half and an M365 half ("calculated separately and then totalled"). */
export function azureAndM365(azure: Half, m365: Half): MetricTarget {
  return {
    kind: "parts",
    parts: [
      { id: "azure", label: "Azure", ...azure },
      { id: "m365", label: "M365", ...m365 },
    ],
  };
}
