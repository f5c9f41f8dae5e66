import { azureModule } from "../azure/module";
import { digitalAppInnovation2023 } from "./rules2023";
import { digitalAppInnovation2026 } from "./rules2026";
import { titleOf } from "../../model/designationNames";

export const digitalAppInnovationModule = azureModule({
  id: "digital-app-innovation",
  ...titleOf("digital-app-innovation"),
  // Oldest first.
  ruleSets: [digitalAppInnovation2023, digitalAppInnovation2026],
});
