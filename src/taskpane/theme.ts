import { webLightTheme, type Theme } from "@fluentui/react-components";

/** What the pane reads of `Office.context.officeTheme` (absent outside Office and in older hosts). */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
}

/** Relative luminance (0 black – 1 white) of "#rrggbb" or "#rgb"; null when the text is no such colour. */
export function luminance(color: string): number | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Fluent's dark theme under a dark Office background (Dark Gray, Black), the light one otherwise or
 * without Office. The dark theme is a chunk of its own (dark-theme.js), fetched only under a dark
 * background: most panes never need it, and the page is smaller without it (issue 15).
 */
export async function paneTheme(officeTheme?: OfficeThemeLike | null): Promise<Theme> {
  const l = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  if (l === null || l >= 0.5) return webLightTheme;
  return (await import(/* webpackChunkName: "dark-theme" */ "./darkTheme")).webDarkTheme;
}

/** The host's Office theme, when there is one. */
export function hostOfficeTheme(): OfficeThemeLike | undefined {
  const office = (globalThis as { Office?: { context?: { officeTheme?: OfficeThemeLike } } }).Office;
  try {
    return office?.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}
