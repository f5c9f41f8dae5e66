/** @jest-environment jsdom */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LazyView } from "../../src/taskpane/components/LazyView";

/** A pane with a heading and one lazy view whose module `load` gives. */
function renderLazy(label: string, load: () => Promise<{ default: React.ComponentType }>) {
  const View = React.lazy(load);
  render(
    <FluentProvider theme={webLightTheme}>
      <h1>Partner score</h1>
      <LazyView label={label}>
        <View />
      </LazyView>
    </FluentProvider>
  );
}

describe("LazyView (a chunk fetched when first shown)", () => {
  // React reports the errors a boundary catches on the console: expected here.
  let quiet: jest.SpyInstance;
  beforeEach(() => (quiet = jest.spyOn(console, "error").mockImplementation(() => undefined)));
  afterEach(() => quiet.mockRestore());

  test("shows a labelled spinner while it loads, then the view", async () => {
    renderLazy("the history", () => Promise.resolve({ default: () => <p>the view</p> }));
    expect(screen.getByText("Loading the history…")).toBeTruthy();
    expect(await screen.findByText("the view")).toBeTruthy();
  });

  test("a chunk that cannot be fetched says so in place; the rest of the pane stays", async () => {
    const failure = Object.assign(new Error("Loading chunk history failed.\n(error: https://addin.example.org/history.js)"), { name: "ChunkLoadError" });
    renderLazy("the history", () => Promise.reject(failure));
    expect(await screen.findByText("Could not load the history")).toBeTruthy();
    expect(screen.getByText(/could not be fetched from where the add-in is hosted\. Close the pane and open it again to retry\./)).toBeTruthy();
    expect(screen.queryByText(/https:/)).toBeNull();
    expect(screen.getByRole("heading", { name: "Partner score" })).toBeTruthy();
  });

  test("a view that fails is named as such, with its reason", async () => {
    const Broken = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'tracks')");
    };
    renderLazy("the results", () => Promise.resolve({ default: Broken }));
    expect(await screen.findByText("Could not show the results")).toBeTruthy();
    expect(screen.getByText(/reading 'tracks'\) Close the pane and open it again; if it happens again, report it\./)).toBeTruthy();
  });
});
