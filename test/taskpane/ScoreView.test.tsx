/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { ENTERPRISE, ENTERPRISE_PATH, FakeService, OUTCOME, PATHS, SMB, TODAY, deferred, path, installBrowserStubs, renderScored } from "./fakeService";
import type { ScoreOutcome } from "../../src/taskpane/service";

beforeAll(installBrowserStubs);
jest.setTimeout(30_000);

const designation = () => within(screen.getByLabelText("Solutions Partner for Modern Work", { selector: "section" }));

describe("Score view: cheapest path", () => {
  test("the counting track's path shows on the collapsed card; the other track's inside it", async () => {
    await renderScored();
    // SMB counts and already qualifies; Enterprise's path is in its own card.
    expect(designation().getByText("Already qualified: 85 points")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^Solutions Partner for Modern Work: 85 \/ 100/ }));
    // The track cards are a chunk loaded when a designation is first opened.
    expect((await screen.findByLabelText("Enterprise cheapest path")).textContent).toBe(
      "Cheapest path: 2 advanced certified people + 3 CPOR deployments → 72.5 points"
    );
    // The counting track's path is the card's own line, not repeated in its track card.
    expect(screen.queryByLabelText("SMB cheapest path")).toBeNull();
  });

  test("when another track that qualifies the designation is cheaper, the card says so beside the counting track's plan", async () => {
    // Counting Enterprise needs a plan of cost 25; SMB would need cost 12 (made-up costs: what the card shows is the engine's text).
    const ent = path(ENTERPRISE, true, { outcome: "plan", cost: 25, text: ENTERPRISE_PATH.text });
    const smb = path(SMB, false, { outcome: "plan", cost: 12, text: "Cheapest path: 2 intermediate certified people + 3 SMB deployments → 72 points" });
    const outcome: ScoreOutcome = { ...OUTCOME, paths: [{ ...PATHS[0], countingTrack: "enterprise", tracks: [ent, smb], cheapest: smb, text: "" }] };
    await renderScored(outcome);
    expect(designation().getByText("Cheapest path: 2 advanced certified people + 3 CPOR deployments → 72.5 points")).toBeTruthy();
    expect(designation().getByText("Less effort through the SMB track: 2 intermediate certified people + 3 SMB deployments → 72 points")).toBeTruthy();
  });
});

describe("Score view: effort weights", () => {
  async function openWeights(service = new FakeService()) {
    await renderScored(undefined, service);
    fireEvent.click(screen.getByRole("button", { name: "Effort weights for the cheapest path" }));
    // The editor is a chunk loaded when its section is first opened.
    await screen.findByLabelText("Deployment");
    return service;
  }

  test("one number box per kind of effort, at the defaults", async () => {
    await openWeights();
    // DEFAULT_EFFORT_WEIGHTS: deployment 5 per deployment, 100 MAU 1, new customer 10.
    expect((screen.getByLabelText("Deployment") as HTMLInputElement).value).toBe("5");
    expect((screen.getByLabelText("Monthly active users of growth") as HTMLInputElement).value).toBe("1");
    expect((screen.getByLabelText("New customer (net customer add)") as HTMLInputElement).value).toBe("10");
    expect(screen.getByText("Effort per 100 MAU")).toBeTruthy();
    expect(screen.getByText("Effort per deployment")).toBeTruthy();
  });

  test("an edited weight reaches the request when scoring again, and the new plan replaces the old", async () => {
    const service = await openWeights();
    fireEvent.change(screen.getByLabelText("Deployment"), { target: { value: "8" } });
    fireEvent.change(screen.getByLabelText("New customer (net customer add)"), { target: { value: "-1" } });
    expect(screen.getByText("The effort must be a number of 0 or more, not -1.")).toBeTruthy();
    service.scoreAnswer = deferred();
    fireEvent.click(screen.getByRole("button", { name: "Score again with these weights" }));
    // The invalid box is not sent; the first score sent no weights.
    expect(service.scoreCalls).toEqual([{ today: TODAY }, { today: TODAY, weights: { deployment: 8 } }]);

    // The previous result stays while scoring again; then the new plan shows.
    expect(designation().getByText("Already qualified: 85 points")).toBeTruthy();
    const smb = path(SMB, true, { outcome: "plan", cost: 20, text: "Cheapest path: 1 advanced certified person + 2 net customer adds → 70.5 points" });
    await act(async () => service.scoreAnswer.resolve({ ...OUTCOME, paths: [{ ...PATHS[0], tracks: [ENTERPRISE_PATH, smb], cheapest: smb }] }));
    expect(designation().getByText("Cheapest path: 1 advanced certified person + 2 net customer adds → 70.5 points")).toBeTruthy();
    expect(designation().queryByText("Already qualified: 85 points")).toBeNull();
    // The edited weight is still shown.
    expect((screen.getByLabelText("Deployment") as HTMLInputElement).value).toBe("8");
  });

  test("a weight set back to its default is not sent", async () => {
    const service = await openWeights();
    fireEvent.change(screen.getByLabelText("Deployment"), { target: { value: "8" } });
    fireEvent.change(screen.getByLabelText("Deployment"), { target: { value: "5" } });
    service.scoreAnswer = deferred();
    fireEvent.click(screen.getByRole("button", { name: "Score again with these weights" }));
    expect(service.scoreCalls[1]).toEqual({ today: TODAY });
  });
});

describe("Score view: what Score could not write", () => {
  test("an export with no room for its flag columns: the pane says no flags were written, and why", async () => {
    const note =
      'No flag columns on "Usage": rows 1–26 beside the export have a value in column XFD, so the 8 flag columns after it would pass XFD, Excel\'s last column.';
    await renderScored({ ...OUTCOME, flagRanges: [], writeNotes: [note] });
    expect(screen.getByText(/^No flag columns written; summary on sheet "SPD Summary"\./)).toBeTruthy();
    expect(screen.getByText("Not written")).toBeTruthy();
    expect(screen.getByText(note)).toBeTruthy();
  });
});
