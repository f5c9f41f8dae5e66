import { ALL_DESIGNATION_IDS, DESIGNATION_NAMES, DESIGNATION_SHORT_NAMES } from "../../../src/engine/model/designationNames";
import { DESIGNATIONS } from "../../../src/engine/designations/registry";

// The names are a table of their own so the pane's page can read them without the modules behind them.
describe("designation names", () => {
  test("list the registry's modules in its order (Partner Center's)", () => {
    expect(ALL_DESIGNATION_IDS).toEqual(DESIGNATIONS.map((d) => d.id));
  });

  test("are the names each module carries", () => {
    for (const d of DESIGNATIONS) {
      expect([d.id, d.name, d.shortName]).toEqual([d.id, DESIGNATION_NAMES[d.id], DESIGNATION_SHORT_NAMES[d.id]]);
    }
    expect(DESIGNATION_NAMES["infrastructure"]).toBe("Solutions Partner for Infrastructure (Azure)");
    expect(DESIGNATION_SHORT_NAMES["business-applications"]).toBe("Business Applications");
  });
});
