/** Association spellings → the type rules speak of, and the label shown back to the user. */
import { normaliseAssociation, type AssociationType } from "../../../src/engine/parse/associations";
import { looseKey } from "../../../src/engine/parse/keys";

describe("normaliseAssociation", () => {
  test.each<[string, AssociationType, string]>([
    ["CSP Tier1", "CSP", "CSP Tier 1"],
    ["CSP Tier 1", "CSP", "CSP Tier 1"],
    ["CSP T1", "CSP", "CSP Tier 1"],
    ["csp tier 1", "CSP", "CSP Tier 1"],
    ["CSP_Tier_1", "CSP", "CSP Tier 1"],
    ["CSP Direct", "CSP", "CSP Tier 1"],
    ["Cloud Solution Provider Tier 1", "CSP", "CSP Tier 1"],
    ["CSP Tier-2", "CSP", "CSP Tier 2"],
    ["CSP Tier2", "CSP", "CSP Tier 2"],
    ["CSP Tier 2", "CSP", "CSP Tier 2"],
    ["csp-t2", "CSP", "CSP Tier 2"],
    ["CSP Indirect Reseller", "CSP", "CSP Tier 2"],
    ["CSP", "CSP", "CSP"],
    ["CPOR", "CPOR", "CPOR"],
    ["cpor", "CPOR", "CPOR"],
    [" CPOR ", "CPOR", "CPOR"],
    ["Claiming Partner of Record", "CPOR", "Claiming Partner of Record"],
    ["DPOR", "DPOR", "DPOR"],
    ["dpor", "DPOR", "DPOR"],
    ["DAP", "DPOR", "DPOR"],
    ["Digital Partner of Record", "DPOR", "DPOR"],
    ["PAL", "PAL", "PAL"],
    ["Partner Admin Link", "PAL", "PAL"],
    ["partner admin link", "PAL", "PAL"],
    ["Foo", "OTHER", "Foo"],
    ["  Reseller of record  ", "OTHER", "Reseller of record"],
    ["", "OTHER", "(blank)"],
    ["   ", "OTHER", "(blank)"],
  ])("%p → %s / %p", (raw, type, label) => {
    expect(normaliseAssociation(raw)).toEqual({ type, label });
  });

  test("the same spelling twice gives the same answer (cache)", () => {
    const first = normaliseAssociation("CSP Tier-2");
    expect(normaliseAssociation("CSP Tier-2")).toEqual(first);
    expect(normaliseAssociation("CSP Tier-2")).toEqual({ type: "CSP", label: "CSP Tier 2" });
  });
});

describe("looseKey", () => {
  test.each<[string, string]>([
    ["Teams Meetings", "teamsmeetings"],
    ["TeamsMeetings", "teamsmeetings"],
    ["customer_tenant_name", "customertenantname"],
    ["Monthly Active Users", "monthlyactiveusers"],
    ["\uFEFFCustomerTenantName", "customertenantname"],
    ["Microsoft 365 Apps", "microsoft365apps"],
  ])("%p → %p", (text, key) => {
    expect(looseKey(text)).toBe(key);
  });
});
