// Hostile host pages: an old CMS theme's global CSS must leave every widget usable.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { settled, shadow, failOnPageErrors } from '../helpers.js';

const HOSTILE_CSS = `
  * { box-sizing: content-box; line-height: 0.8; font-size: 22px; letter-spacing: 0.3em; text-transform: uppercase; text-align: justify; }
  button { all: unset; }
  table { display: block; }
  [hidden] { display: block !important; }
  html { direction: rtl; }
  body { zoom: 1.5; white-space: pre; }
  div, p, span, li { visibility: inherit; }
`;

type Widget = HTMLElement & { dataState: string; updateComplete: Promise<boolean> };

async function widgets(): Promise<Widget[]> {
  const host = await fixture<HTMLElement>(html`<div>
    <og-commitment-tracker lang="en" src="/demo/data/bmk-plan.json"></og-commitment-tracker>
    <og-budget-table lang="en" src="/demo/data/bmk-budget.json"></og-budget-table>
    <og-consultation-calendar lang="en" src="/demo/data/elkef-consultations.ics" initial-date="2026-12-01" view="month" time-zone="Africa/Tunis"></og-consultation-calendar>
    <og-suggestion-form lang="en" action="/api/suggestions" no-draft></og-suggestion-form>
    <og-response-log lang="en" src="/demo/data/elkef-responses.json"></og-response-log>
  </div>`);
  const list = [...host.children] as Widget[];
  // The form shows without data; the others wait for theirs.
  for (const element of list) {
    if (element.localName === 'og-suggestion-form') await element.updateComplete;
    else await settled(element);
  }
  return list;
}

describe('hostile host pages', () => {
  let style: HTMLStyleElement;
  failOnPageErrors({
    before: () => {
      style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
    },
    after: () => style.remove(),
  });

  it('keeps text readable, left to right in English, and boxes as designed, whatever the theme says', async () => {
    for (const element of await widgets()) {
      const base = getComputedStyle(shadow(element).querySelector('.base')!);
      const name = element.localName;
      expect(parseFloat(base.lineHeight) / parseFloat(base.fontSize), `${name}: line height`).to.be.at.least(1.3);
      expect(base.direction, `${name}: direction from its own language`).to.equal('ltr');
      expect(base.textTransform, `${name}: no uppercase`).to.equal('none');
      expect(base.letterSpacing, `${name}: letter spacing`).to.equal('normal');
      expect(base.boxSizing, `${name}: box sizing`).to.equal('border-box');
      expect(base.whiteSpace, `${name}: white space`).to.equal('normal');
    }
  });

  it('keeps every button a visible, focusable button with its border, and tables as tables', async () => {
    for (const element of await widgets()) {
      const buttons = [...shadow(element).querySelectorAll<HTMLElement>('button:not([hidden])')].filter(
        (button) => button.getClientRects().length,
      );
      expect(buttons.length, `${element.localName}: has buttons`).to.be.above(0);
      for (const button of buttons) {
        const box = getComputedStyle(button);
        expect(
          box.cursor === 'pointer' || box.display !== 'inline',
          `${element.localName}: button "${button.textContent?.trim().slice(0, 20)}" keeps its styles`,
        ).to.equal(true);
      }
      const submitOrPrimary = buttons.find((button) => button.classList.contains('button'));
      if (submitOrPrimary)
        expect(getComputedStyle(submitOrPrimary).borderStyle, `${element.localName}: a styled button`).to.not.equal(
          'none',
        );
      for (const table of shadow(element).querySelectorAll('table')) {
        expect(getComputedStyle(table).display, `${element.localName}: a table`).to.equal('table');
      }
    }
  });

  it('still lets the page hide it: a container with visibility hidden hides the widget', async () => {
    const [tracker] = await widgets();
    tracker!.parentElement!.style.visibility = 'hidden';
    expect(getComputedStyle(shadow(tracker!).querySelector('.base')!).visibility).to.equal('hidden');
    tracker!.parentElement!.style.visibility = '';
  });

  // One check per widget: an accessibility scan of a whole widget is seconds of work on a loaded
  // machine, and five in one test would add up to the test's time limit.
  for (const tag of [
    'og-commitment-tracker',
    'og-budget-table',
    'og-consultation-calendar',
    'og-suggestion-form',
    'og-response-log',
  ]) {
    it(`${tag} stays accessible under the hostile theme`, async () => {
      const element = (await widgets()).find((widget) => widget.localName === tag)!;
      await expect(element).to.be.accessible();
    });
  }
});
