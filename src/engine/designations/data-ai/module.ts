import { azureModule } from "../azure/module";
import { dataAi2023 } from "./rules2023";
import { dataAi2026 } from "./rules2026";
import { titleOf } from "../../model/designationNames";

export const dataAiModule = azureModule({
  id: "data-ai",
  ...titleOf("data-ai"),
  // Oldest first.
  ruleSets: [dataAi2023, dataAi2026],
});
