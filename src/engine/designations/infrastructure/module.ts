import { azureModule } from "../azure/module";
import { infrastructure2023 } from "./rules2023";
import { infrastructure2026 } from "./rules2026";

export const infrastructureModule = azureModule({
  id: "infrastructure",
  name: "Solutions Partner for Infrastructure (Azure)",
  shortName: "Infrastructure",
  // Oldest first.
  ruleSets: [infrastructure2023, infrastructure2026],
});
