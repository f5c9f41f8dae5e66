import { fireEvent, within } from "@testing-library/react";

// The pane's pickers are native <select>s (Fluent's Select): chosen as a user's browser chooses, by option.

/** The text of the option a select shows. */
export function shownOption(select: HTMLElement): string | null {
  return (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? null;
}

/** The options' texts, in order. */
export function optionTexts(select: HTMLElement): (string | null)[] {
  return within(select)
    .getAllByRole("option")
    .map((o) => o.textContent);
}

/** Chooses the option named `name` (the change event a browser fires). */
export function chooseOption(select: HTMLElement, name: string): void {
  const option = within(select).getByRole("option", { name }) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
}
