/**
 * The theme switch (system / light / dark) of the header, remembered in localStorage. The choice
 * is written as `data-theme` on <html>, which src/style.css reads; "system" removes the attribute
 * and lets prefers-color-scheme decide. This module imports nothing at run time, so that
 * observablehq.config.ts can take the header's markup and the pre-paint script from it.
 */

export const THEME_STORAGE_KEY = "mangetamain.theme";
export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const isThemeChoice = (value: unknown): value is ThemeChoice =>
  typeof value === "string" && (THEME_CHOICES as readonly string[]).includes(value);

/**
 * Runs inline in <head>, before the body is parsed, so a stored light or dark choice applies before
 * the first paint (no flash of the other theme). Kept byte-for-byte stable: the production server
 * allows inline scripts by hash.
 */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}`;

// 16×16 glyphs drawn in currentColor, so they follow the theme (no emoji font needed).
const ICONS: Record<ThemeChoice, string> = {
  system: "M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zm0 1.5v10a5 5 0 0 1 0-10z",
  light:
    "M8 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM7.25 0h1.5v2.5h-1.5zm0 13.5h1.5V16h-1.5zM0 7.25h2.5v1.5H0zm13.5 0H16v1.5h-2.5zM2.1 3.16l1.06-1.06 1.77 1.77-1.06 1.06zm8.97 8.97 1.06-1.06 1.77 1.77-1.06 1.06zM2.1 12.84l1.77-1.77 1.06 1.06-1.77 1.77zm8.97-8.97 1.77-1.77 1.06 1.06-1.77 1.77z",
  dark: "M6.2 1.2a6.8 6.8 0 1 0 8.6 8.6A5.6 5.6 0 0 1 6.2 1.2z",
};

/** English names; setupThemeSwitch replaces them with the page's language. */
const DEFAULT_LABELS: ThemeLabels = {
  group: "Theme",
  system: "System theme",
  light: "Light theme",
  dark: "Dark theme",
};

export interface ThemeLabels {
  group: string;
  system: string;
  light: string;
  dark: string;
}

/** The switch's static markup, for the header of every page (observablehq.config.ts). */
export function themeSwitchHtml(): string {
  const buttons = THEME_CHOICES.map(
    (choice) =>
      `<button type="button" data-theme-choice="${choice}" aria-pressed="false" aria-label="${DEFAULT_LABELS[choice]}" title="${DEFAULT_LABELS[choice]}"><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path d="${ICONS[choice]}"/></svg></button>`,
  ).join("");
  return `<div class="theme-switch" role="group" aria-label="${DEFAULT_LABELS.group}">${buttons}</div>`;
}

export function storedTheme(): ThemeChoice {
  try {
    const value = globalThis.localStorage?.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(value) ? value : "system";
  } catch {
    return "system"; // storage disabled: follow the system
  }
}

function showTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", choice);
}

/** Applies a choice to the page and remembers it. */
export function applyTheme(choice: ThemeChoice): void {
  showTheme(choice);
  try {
    if (choice === "system") globalThis.localStorage?.removeItem(THEME_STORAGE_KEY);
    else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // not remembered, but applied to this page
  }
}

/** Binds the header's buttons: translated names, the pressed state, clicks (Enter and Space too). */
export function setupThemeSwitch(labels: ThemeLabels): void {
  const group = document.querySelector<HTMLElement>("#observablehq-header .theme-switch");
  if (!group) return;
  group.setAttribute("aria-label", labels.group);
  const buttons = [...group.querySelectorAll<HTMLButtonElement>("button[data-theme-choice]")];
  const show = (current: ThemeChoice) => {
    for (const button of buttons)
      button.setAttribute("aria-pressed", String(button.dataset.themeChoice === current));
  };
  for (const button of buttons) {
    const choice = button.dataset.themeChoice;
    if (!isThemeChoice(choice)) continue;
    button.setAttribute("aria-label", labels[choice]);
    button.title = labels[choice];
    button.onclick = () => {
      applyTheme(choice);
      show(choice);
    };
  }
  const current = storedTheme();
  showTheme(current);
  show(current);
  // A choice made in another tab applies here too.
  globalThis.addEventListener?.("storage", (event) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    const next = storedTheme();
    showTheme(next);
    show(next);
  });
}
