import { azureModule } from "../azure/module";
import { dataAi2023 } from "./rules2023";
import { dataAi2026 } from "./rules2026";

export const dataAiModule = azureModule({
  id: "data-ai",
  name: "Solutions Partner for Data & AI (Azure)",
  shortName: "Data & AI",
  // Oldest first.
  ruleSets: [dataAi2023, dataAi2026],
});
