/** @jest-environment jsdom */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LazyView } from "../../src/taskpane/components/LazyView";

describe("LazyView (a chunk fetched when first shown)", () => {
  // React reports the errors a boundary catches on the console: expected here.
  let quiet: jest.SpyInstance;
  beforeEach(() => (quiet = jest.spyOn(console, "error").mockImplementation(() => undefined)));
  afterEach(() => quiet.mockRestore());

  test("shows a labelled spinner while it loads, then the view", async () => {
    const View = React.lazy(() => Promise.resolve({ default: () => <p>the view</p> }));
    render(
      <FluentProvider theme={webLightTheme}>
        <LazyView label="the history">
          <View />
        </LazyView>
      </FluentProvider>
    );
    expect(screen.getByText("Loading the history…")).toBeTruthy();
    expect(await screen.findByText("the view")).toBeTruthy();
  });

  test("a chunk that cannot be fetched says so in place; the rest of the pane stays", async () => {
    const failure = Object.assign(new Error("Loading chunk history failed.\n(error: https://addin.example.org/history.js)"), { name: "ChunkLoadError" });
    const View = React.lazy(() => Promise.reject(failure));
    render(
      <FluentProvider theme={webLightTheme}>
        <h1>Partner score</h1>
        <LazyView label="the history">
          <View />
        </LazyView>
      </FluentProvider>
    );
    expect(await screen.findByText("Could not load the history")).toBeTruthy();
    expect(screen.getByText(/could not be fetched from where the add-in is hosted\. Close the pane and open it again to retry\./)).toBeTruthy();
    expect(screen.queryByText(/https:/)).toBeNull();
    expect(screen.getByRole("heading", { name: "Partner score" })).toBeTruthy();
  });

  test("a view that fails is named as such, with its reason", async () => {
    const Broken = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'tracks')");
    };
    const View = React.lazy(() => Promise.resolve({ default: Broken }));
    render(
      <FluentProvider theme={webLightTheme}>
        <LazyView label="the results">
          <View />
        </LazyView>
      </FluentProvider>
    );
    expect(await screen.findByText("Could not show the results")).toBeTruthy();
    expect(screen.getByText(/reading 'tracks'\) Close the pane and open it again; if it happens again, report it\./)).toBeTruthy();
  });
});
