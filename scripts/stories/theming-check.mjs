// Checks the "Theming for your municipality" story (stories/theming.ts) in a built Storybook:
// choosing a brand colour changes the colour the widgets compute; the CSS rule shown is the embed
// builder's rule for the same colour, to the byte; a font that tries to break out of the rule is
// left out; no element of the preview carries the tokens in a style attribute (a strict CSP would
// block it); and the rule's stylesheet leaves the page with the story.

const STORY = 'foundation-theming-for-your-municipality--your-municipality';
const BRAND = '#0f5132';
// What demo/builder/builder-model.ts's themeRule() returns for the five widgets and BRAND alone
// (test/builder/builder-model.test.ts holds the generator to this shape).
const EXPECTED_RULE = [
  'og-commitment-tracker,',
  'og-suggestion-form,',
  'og-budget-table,',
  'og-consultation-calendar,',
  'og-response-log {',
  `  --og-color-accent: ${BRAND};`,
  '  --og-color-on-accent: #ffffff;',
  '}',
].join('\n');

/**
 * @param {import('puppeteer-core').Page} tab
 * @param {string} origin the built Storybook's address (`http://127.0.0.1:1234`)
 * @returns {Promise<string[]>} what fails, in words (empty when all is well)
 */
export async function checkTheming(tab, origin) {
  const failures = [];
  const fail = (message) => failures.push(`Theming story: ${message}`);
  try {
    await tab.goto(`${origin}/iframe.html?id=${STORY}&viewMode=story`, { waitUntil: 'load', timeout: 60000 });
    await tab.waitForFunction(
      () => {
        const story = document.querySelector('og-story-theming');
        const widgets = story ? [...story.querySelectorAll('.ogs-preview > *')].filter((el) => 'dataState' in el) : [];
        return (
          widgets.length === 5 && widgets.every((el) => el.shadowRoot?.childElementCount && el.dataState !== 'loading')
        );
      },
      { timeout: 15000 },
    );
    const accents = () =>
      tab.evaluate(() =>
        [...document.querySelectorAll('og-story-theming .ogs-preview > *')]
          .filter((el) => el.localName.startsWith('og-'))
          .map((el) => [el.localName, getComputedStyle(el).getPropertyValue('--_color-accent').trim()]),
      );
    const before = await accents();
    if (before.some(([, accent]) => accent.toLowerCase() === BRAND))
      fail(`a widget shows ${BRAND} before it is chosen`);

    await tab.evaluate((brand) => {
      const input = document.querySelector('og-story-theming input[type="color"]');
      input.value = brand;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, BRAND);
    await tab
      .waitForFunction(() => document.querySelector('og-story-theming pre code')?.textContent?.includes('--og-'), {
        timeout: 5000,
      })
      .catch(() => fail('no CSS rule is shown after choosing a brand colour'));

    for (const [tag, accent] of await accents())
      if (accent.toLowerCase() !== BRAND) fail(`<${tag}> computes --_color-accent "${accent}", not ${BRAND}`);
    const shown = await tab.evaluate(() => document.querySelector('og-story-theming pre code')?.textContent ?? '');
    if (shown.trim() !== EXPECTED_RULE)
      fail(`the rule shown is not the builder's rule:\n${shown}\n--- expected ---\n${EXPECTED_RULE}`);
    const hexText = await tab.evaluate(() => document.querySelector('og-story-theming input.ogs-hex')?.value ?? '');
    if (hexText.toLowerCase() !== BRAND) fail(`the hex field shows "${hexText}", not ${BRAND}`);

    // A font that would close the rule is left out (and said so), the rest of the rule stays.
    await tab.evaluate(() => {
      const font = document.querySelector('og-story-theming input[id$="-font"]');
      font.value = 'Arial; } body { display: none';
      font.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await tab
      .waitForFunction(() => document.querySelector('og-story-theming input[id$="-font"][aria-invalid="true"]'), {
        timeout: 5000,
      })
      .catch(() => fail('a font with "; }" is not marked invalid'));
    const afterBadFont = await tab.evaluate(
      () => document.querySelector('og-story-theming pre code')?.textContent ?? '',
    );
    if (afterBadFont.trim() !== EXPECTED_RULE) fail(`a font with "; }" changed the rule:\n${afterBadFont}`);

    // Strict CSP: no token in a style attribute, in the page or inside the widgets.
    const styled = await tab.evaluate(() => {
      const found = [];
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if ((element.getAttribute('style') ?? '').includes('--og-')) found.push(element.localName);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      const inlineStyles = [...document.querySelectorAll('#storybook-root style')].filter((style) =>
        style.textContent.includes('--og-'),
      ).length;
      return { found, inlineStyles };
    });
    if (styled.found.length) fail(`style attributes with --og- tokens on: ${styled.found.join(', ')}`);
    if (styled.inlineStyles) fail(`${styled.inlineStyles} inline <style> element(s) hold --og- tokens`);

    // The rule lives in an adopted stylesheet, which leaves with the story.
    const adopted = await tab.evaluate((brand) => {
      const holds = () =>
        document.adoptedStyleSheets.some((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes(`--og-color-accent: ${brand}`)),
        );
      const whileShown = holds();
      document.querySelector('og-story-theming')?.remove();
      return { whileShown, afterRemoval: holds() };
    }, BRAND);
    if (!adopted.whileShown) fail('the rule is not in document.adoptedStyleSheets');
    if (adopted.afterRemoval) fail('the rule stays in document.adoptedStyleSheets after the story is removed');
  } catch (error) {
    fail(`could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  }
  return failures;
}
