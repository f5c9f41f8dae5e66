import { azureModule } from "../azure/module";
import { digitalAppInnovation2023 } from "./rules2023";
import { digitalAppInnovation2026 } from "./rules2026";

export const digitalAppInnovationModule = azureModule({
  id: "digital-app-innovation",
  name: "Solutions Partner for Digital & App Innovation (Azure)",
  shortName: "Digital & App Innovation",
  // Oldest first.
  ruleSets: [digitalAppInnovation2023, digitalAppInnovation2026],
});
