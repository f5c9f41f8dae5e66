/** @jest-environment jsdom */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LazyView } from "../../src/taskpane/components/LazyView";

describe("LazyView (a chunk fetched when first shown)", () => {
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
    const failure = Object.assign(new Error("Loading chunk history failed."), { name: "ChunkLoadError" });
    const View = React.lazy(() => Promise.reject(failure));
    // React reports the caught error on the console: expected here.
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <FluentProvider theme={webLightTheme}>
        <h1>Partner score</h1>
        <LazyView label="the history">
          <View />
        </LazyView>
      </FluentProvider>
    );
    expect(await screen.findByText("Could not load the history")).toBeTruthy();
    expect(screen.getByText(/Loading chunk history failed\. Close the pane and open it again to retry\./)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Partner score" })).toBeTruthy();
    quiet.mockRestore();
  });
});
