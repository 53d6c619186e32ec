// The toolbar's "Forced colors" switch. A page cannot turn on the browser's forced-colors mode (the
// system does, or DevTools: Rendering › Emulate CSS media feature forced-colors), so this simulates
// it for a quick look: the widgets' `@media (forced-colors: active)` rules apply, and their colour
// tokens become the system colours that mode uses (Canvas, CanvasText, LinkText…). The page suites
// (test/pages/phones-and-contrast.mjs) test the widgets in the real mode, through Chromium's emulation.

const FORCED = /\(\s*forced-colors\s*:\s*active\s*\)/;

/** The rules switched on, with the media text to give back. */
const switched = new Map<CSSMediaRule, string>();
let timer: ReturnType<typeof setInterval> | undefined;

/** The style sheets of `root` and of every shadow root under it. */
function sheetsUnder(root: Document | ShadowRoot, sheets = new Set<CSSStyleSheet>()): Set<CSSStyleSheet> {
  for (const sheet of root.adoptedStyleSheets) sheets.add(sheet);
  for (const sheet of root.styleSheets) sheets.add(sheet);
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) sheetsUnder(element.shadowRoot, sheets);
  return sheets;
}

function switchOn(rules: CSSRuleList): void {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule && FORCED.test(rule.media.mediaText) && !switched.has(rule)) {
      switched.set(rule, rule.media.mediaText);
      // Only the forced-colors condition is taken as true; any other condition of the query stays.
      rule.media.mediaText = rule.media.mediaText.replace(FORCED, '(min-width: 0)');
    }
    if ('cssRules' in rule) switchOn((rule as CSSGroupingRule).cssRules);
  }
}

function sweep(): void {
  for (const sheet of sheetsUnder(document)) {
    try {
      switchOn(sheet.cssRules);
    } catch {
      // A sheet from another origin cannot be read: not one of the widgets'.
    }
  }
}

/** The system colours the forced-colors mode gives the page, as the widgets' tokens. */
export const FORCED_PALETTE: Readonly<Record<string, string>> = {
  '--og-color-text': 'CanvasText',
  '--og-color-text-muted': 'CanvasText',
  '--og-color-surface': 'Canvas',
  '--og-color-surface-alt': 'Canvas',
  '--og-color-border': 'CanvasText',
  '--og-color-accent': 'LinkText',
  '--og-color-on-accent': 'Canvas',
  '--og-color-focus': 'Highlight',
  '--og-color-skeleton': 'GrayText',
  '--og-color-success': 'CanvasText',
  '--og-color-success-surface': 'Canvas',
  '--og-color-warning': 'CanvasText',
  '--og-color-warning-surface': 'Canvas',
  '--og-color-danger': 'CanvasText',
  '--og-color-danger-surface': 'Canvas',
  '--og-color-info': 'CanvasText',
  '--og-color-info-surface': 'Canvas',
  '--og-color-neutral': 'CanvasText',
  '--og-color-neutral-surface': 'Canvas',
};

/**
 * Turns the simulation on or off for the whole preview. On, it keeps switching on the rules of
 * widgets that render later (their styles arrive with their code).
 */
export function simulateForcedColors(on: boolean): void {
  if (on) {
    sweep();
    timer ??= setInterval(sweep, 250);
    return;
  }
  if (timer !== undefined) clearInterval(timer);
  timer = undefined;
  for (const [rule, media] of switched) rule.media.mediaText = media;
  switched.clear();
}
