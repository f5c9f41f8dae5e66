import { azureModule } from "../azure/module";
import { infrastructure2023 } from "./rules2023";
import { infrastructure2026 } from "./rules2026";
import { titleOf } from "../../model/designationNames";

export const infrastructureModule = azureModule({
  id: "infrastructure",
  ...titleOf("infrastructure"),
  // Oldest first.
  ruleSets: [infrastructure2023, infrastructure2026],
});
