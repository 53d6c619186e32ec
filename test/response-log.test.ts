import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/response-log/index.js';
import type { OgResponseLog, OgFollowDetail } from '../src/response-log/index.js';
import { todayIso } from '../src/core/i18n/format.js';
import { settled, shadow } from './helpers.js';

const REGISTER = '/test/fixtures/responses/register.json';
const CSV = '/test/fixtures/responses/register-fr.csv';
const OPEN311 = '/test/fixtures/responses/open311.json';
const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';
const entries = (element: Element) => [...shadow(element).querySelectorAll<HTMLElement>('.entries [part="entry"]')];
const references = (element: Element) => entries(element).map((entry) => entry.dataset.reference);
const stats = (element: Element) =>
  Object.fromEntries(
    [...shadow(element).querySelectorAll('[part="summary"] .stats > div')].map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd')),
    ]),
  );
const select = (element: Element, label: string) =>
  [...shadow(element).querySelectorAll('label')].find((node) => text(node).startsWith(label))!.querySelector('select')!;

/** A day `days` before today, as `YYYY-MM-DD`. */
const daysAgo = (days: number) => todayIso(undefined, new Date(Date.now() - days * 86_400_000));

async function log(template: ReturnType<typeof html>): Promise<OgResponseLog> {
  const element = await fixture<OgResponseLog>(template);
  await settled(element);
  return element;
}

/** Leaves the page's URL as it was: the log writes `#suggestion-…` into it. */
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('og-response-log', () => {
  it('shows the register, newest first, with statuses, answers and who answered, in English', async () => {
    const element = await log(html`<og-response-log lang="en" src=${REGISTER}></og-response-log>`);
    expect(text(shadow(element).querySelector('.log-title'))).to.equal('What became of your suggestions');
    expect(references(element)).to.deep.equal([
      'KEF-2026-0004',
      'KEF-2026-0003',
      'KEF-2026-0005',
      'KEF-2026-0002',
      'KEF-2026-0001',
    ]);
    const accepted = entries(element).find((entry) => entry.dataset.reference === 'KEF-2026-0001')!;
    expect(text(accepted.querySelector('[part="status-badge"]'))).to.equal('Accepted');
    expect(text(accepted.querySelector('.answer-text'))).to.contain('Retenu');
    expect(text(accepted.querySelector('.answer-meta'))).to.contain('Comité de pilotage');
    expect(text(accepted.querySelector('.answer-meta'))).to.contain('(after 18 days)');
    expect(accepted.querySelector<HTMLAnchorElement>('.links a')!.href).to.equal('https://example.org/pv-2026-03.pdf');
    await expect(element).to.be.accessible();
  });

  it('summarizes: received, answered and the share, the median delay, late ones, and statuses as text', async () => {
    const element = await log(html`<og-response-log lang="en" src=${REGISTER}></og-response-log>`);
    expect(stats(element)).to.deep.include({
      'Suggestions received': '5',
      Answered: '3 (60%)',
      'Median time to an answer': '18 days',
      'Led to commitments': '2',
    });
    // KEF-2026-0003 (September) and KEF-2026-0004 (October) wait longer than the 30 days promised.
    expect(stats(element)['Waiting more than 30 days']).to.equal('2');
    expect([...shadow(element).querySelectorAll('.legend li')].map(text)).to.deep.equal([
      'Received: 1',
      'Under review: 1',
      'Accepted: 1',
      'Not retained: 1',
      'Outside our competence: 1',
    ]);
    expect(shadow(element).querySelector('.stacked')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('never shows a name, an email or a phone, even when the data carries them', async () => {
    const element = await log(html`<og-response-log lang="en" src=${REGISTER}></og-response-log>`);
    const all = shadow(element).textContent!;
    for (const leak of ['citoyen@example.org', 'Salma', 'Ben Ali', '+216']) expect(all).not.to.contain(leak);
    const csv = await log(html`<og-response-log lang="fr" src=${CSV}></og-response-log>`);
    for (const leak of ['Ahmed', 'Amrani', 'ahmed@example.org', 'Fatima', 'fz@example.org'])
      expect(shadow(csv).textContent).not.to.contain(leak);
    expect(references(csv)).to.deep.equal(['BMK-2026-102', 'BMK-2026-101', 'BMK-2026-103']);
  });

  it('shows hostile text as text', async () => {
    const element = await log(html`<og-response-log lang="en" src=${REGISTER}></og-response-log>`);
    const hostile = entries(element).find((entry) => entry.dataset.reference === 'KEF-2026-0003')!;
    expect(hostile.querySelector('img, b')).to.equal(null);
    expect(text(hostile.querySelector('.text'))).to.equal(
      "<img src=x onerror=alert(1)> Ajouter des bacs <b>près de l'école</b>",
    );
  });

  it('says how long an unanswered suggestion has waited, and flags it when late', async () => {
    const data = {
      answerWithin: 30,
      suggestions: [
        { reference: 'N-1', received: daysAgo(5), text: 'Recent', status: 'received' },
        { reference: 'N-2', received: daysAgo(45), text: 'Old', status: 'under-review' },
        { reference: 'N-3', received: daysAgo(60), text: 'Closed', status: 'closed' },
      ],
    };
    const element = await log(html`<og-response-log lang="en" .data=${data}></og-response-log>`);
    const waiting = (reference: string) =>
      entries(element)
        .find((entry) => entry.dataset.reference === reference)!
        .querySelector('.waiting')!;
    expect(text(waiting('N-1'))).to.equal('Not answered yet: waiting for 5 days.');
    expect(waiting('N-1').classList.contains('late')).to.equal(false);
    expect(text(waiting('N-2'))).to.equal(
      'Not answered yet: waiting for 45 days. An answer was promised within 30 days.',
    );
    expect(waiting('N-2').classList.contains('late')).to.equal(true);
    expect(text(waiting('N-3'))).to.contain('Closed without a published answer.');
    await expect(element).to.be.accessible();
  });

  describe('follow your suggestion', () => {
    it('finds a reference however it is typed, shows its answer, puts it in the URL and says it', async () => {
      const element = await log(html`<og-response-log lang="en" src=${REGISTER}></og-response-log>`);
      const input = shadow(element).querySelector<HTMLInputElement>('[part="follow"] input')!;
      input.focus();
      await sendKeys({ type: ' kef 2026 0002 ' });
      const followed = oneEvent(element, 'og-follow');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await followed) as CustomEvent<OgFollowDetail>;
      expect(detail).to.deep.equal({ reference: 'kef 2026 0002', found: true, status: 'not-retained' });
      await element.updateComplete;
      const result = shadow(element).querySelector('.follow-result')!;
      expect(text(result.querySelector('.follow-sentence'))).to.equal(
        'Your suggestion was not retained. The answer says why.',
      );
      expect(result.querySelector<HTMLElement>('[part="entry"]')!.dataset.reference).to.equal('KEF-2026-0002');
      expect(text(result.querySelector('.answer-text'))).to.contain('Non retenu');
      expect(location.hash).to.equal('#suggestion-KEF-2026-0002');
      await waitUntil(
        () => text(shadow(element).querySelector('[role="status"]')).includes('not retained'),
        'the result was not announced',
      );
      await expect(element).to.be.accessible();
    });

    it('says plainly when a reference is not published yet, and when it is not answered yet', async () => {
      const element = await log(html`<og-response-log lang="en" src=${REGISTER}></og-response-log>`);
      element.follow('KEF-2099-1');
      await element.updateComplete;
      expect(text(shadow(element).querySelector('.follow-sentence'))).to.equal(
        'No published suggestion has the reference "KEF-2099-1" yet. Registers are updated from time to time: check the reference on your receipt, or come back later.',
      );
      expect(shadow(element).querySelector('.follow-result [part="entry"]')).to.equal(null);
      element.follow('kef-2026-0004');
      await element.updateComplete;
      const result = shadow(element).querySelector('.follow-result')!;
      expect(text(result.querySelector('.follow-sentence'))).to.equal(
        'Your suggestion was received and is waiting to be examined.',
      );
      expect(text(result.querySelector('.waiting'))).to.match(/^Not answered yet: waiting for \d+ days\./);
      await expect(element).to.be.accessible();
    });

    it('opens the entry of #suggestion-<reference> in the page’s URL, on load and when the hash changes', async () => {
      history.replaceState(null, '', '#suggestion-KEF-2026-0005');
      const element = await log(html`<og-response-log lang="en" src=${REGISTER}></og-response-log>`);
      const followed = () =>
        shadow(element).querySelector<HTMLElement>('.follow-result [part="entry"]')?.dataset.reference;
      expect(followed()).to.equal('KEF-2026-0005');
      expect(shadow(element).activeElement).to.equal(shadow(element).querySelector('.follow-result'));
      location.hash = '#suggestion-KEF-2026-0001';
      await waitUntil(() => followed() === 'KEF-2026-0001', 'the hash change was not followed');
      // A malformed link opens nothing and breaks nothing.
      location.hash = '#suggestion-%E0%A4%A';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(followed()).to.equal('KEF-2026-0001');
    });

    it('shows only the field in the follow layout', async () => {
      const element = await log(html`<og-response-log lang="en" layout="follow" src=${REGISTER}></og-response-log>`);
      expect(shadow(element).querySelector('[part="summary"]')).to.equal(null);
      expect(entries(element)).to.have.length(0);
      element.follow('KEF-2026-0001');
      await element.updateComplete;
      expect(text(shadow(element).querySelector('.follow-sentence'))).to.equal('Your suggestion was accepted.');
      expect(shadow(element).querySelector('[part="follow"] [role="heading"]')!.getAttribute('aria-level')).to.equal(
        '2',
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('filters by status, announces the count, and clears', async () => {
      const element = await log(html`<og-response-log lang="en" src=${REGISTER}></og-response-log>`);
      const status = select(element, 'Status');
      status.value = 'referred';
      status.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(references(element)).to.deep.equal(['KEF-2026-0005']);
      expect(text(shadow(element).querySelector('.count'))).to.equal('Suggestions shown: 1 of 5');
      await waitUntil(
        () => text(shadow(element).querySelector('[role="status"]')) === 'Suggestions shown: 1 of 5',
        'count not announced',
      );
      const search = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
      search.focus();
      await sendKeys({ type: 'zzz' });
      await waitUntil(() => shadow(element).querySelector('.empty') !== null);
      await expect(element).to.be.accessible();
      shadow(element).querySelector<HTMLButtonElement>('.empty button')!.click();
      await element.updateComplete;
      expect(references(element)).to.have.length(5);
    });

    it('searches every language, ignoring accents and Arabic diacritics', async () => {
      const element = await log(html`<og-response-log lang="ar" src=${REGISTER}></og-response-log>`);
      const search = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
      search.focus();
      await sendKeys({ type: 'الميزانية' });
      await waitUntil(() => references(element).length === 1);
      expect(references(element)).to.deep.equal(['KEF-2026-0001']);
      search.select();
      await sendKeys({ type: 'eclairage' });
      await waitUntil(() => references(element)[0] === 'KEF-2026-0002');
      expect(references(element)).to.have.length(1);
    });

    it('finds the same in a large register before and after its quick search arrives', async () => {
      // 1,500 suggestions: over the size that loads the quick search, a chunk of its own.
      const suggestions = Array.from({ length: 1500 }, (_, index) => ({
        reference: `BMK-${index}`,
        received: '2026-10-01',
        status: 'received',
        text:
          index % 3 === 0
            ? { fr: `Améliorer l'éclairage du quartier ${index}`, ar: `تحسين الإِنَارَة في الحي ${index}` }
            : `Élargir la route ${index}`,
      }));
      const element = await log(html`<og-response-log lang="fr" .data=${{ suggestions }}></og-response-log>`);
      const count = () => text(shadow(element).querySelector('.count'));
      const search = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
      const type = async (query: string) => {
        search.value = query;
        search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await element.updateComplete;
        return count();
      };
      const before = [await type('ECLAIRAGE'), await type('الانارة'), await type('route 14')];
      // The element asked for the chunk when it read the register; it has arrived once this has.
      await import('../src/core/i18n/search.js');
      await new Promise((resolve) => setTimeout(resolve));
      const after = [await type('éclairage'), await type('الإنارة'), await type('route 14')];
      expect(after).to.deep.equal(before);
      expect(before[0]).to.contain('500');
      // "route" and "14" anywhere: the roads whose number (and reference) holds 14.
      const roads = suggestions.filter((_, index) => index % 3 !== 0 && String(index).includes('14')).length;
      expect(before[2]).to.contain(` ${roads} `);
    });

    it('orders by longest waiting and by latest answer', async () => {
      const element = await log(html`<og-response-log lang="en" src=${REGISTER}></og-response-log>`);
      const sort = select(element, 'Sort by');
      sort.value = 'answered';
      sort.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(references(element).slice(0, 3)).to.deep.equal(['KEF-2026-0005', 'KEF-2026-0002', 'KEF-2026-0001']);
      sort.value = 'waiting';
      sort.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(references(element).slice(0, 2)).to.deep.equal(['KEF-2026-0003', 'KEF-2026-0004']);
    });

    it('shows one commitment’s suggestions from #suggestions-for-<id>, and from the commitment attribute', async () => {
      history.replaceState(null, '', '#suggestions-for-audit');
      const element = await log(html`<og-response-log lang="en" src=${REGISTER}></og-response-log>`);
      expect(references(element)).to.deep.equal(['KEF-2026-0001']);
      history.replaceState(null, '', location.pathname + location.search);
      const one = await log(
        html`<og-response-log lang="en" commitment="digital-services" plan-href="/plan.html#x" src=${REGISTER}></og-response-log>`,
      );
      expect(references(one)).to.deep.equal(['KEF-2026-0004']);
      expect(stats(one)['Suggestions received']).to.equal('1');
      const link = entries(one)[0]!.querySelector<HTMLAnchorElement>('.commitments a')!;
      expect(new URL(link.href).pathname + new URL(link.href).hash).to.equal('/plan.html#commitment-digital-services');
    });

    it('shows a page at a time, and every entry when printing', async () => {
      const element = await log(html`<og-response-log lang="en" page-size="2" src=${REGISTER}></og-response-log>`);
      expect(references(element)).to.have.length(2);
      const more = [...shadow(element).querySelectorAll('button')].find((button) => text(button) === 'Show more')!;
      more.click();
      await element.updateComplete;
      expect(references(element)).to.have.length(4);
      const print = window.print;
      let printed = 0;
      window.print = () => (printed += 1);
      try {
        shadow(element).querySelector<HTMLButtonElement>('button.print')!.click();
        await waitUntil(() => printed === 1);
        expect(references(element)).to.have.length(5);
        window.dispatchEvent(new Event('afterprint'));
        await element.updateComplete;
        expect(references(element)).to.have.length(4);
      } finally {
        window.print = print;
      }
    });
  });

  describe('sources, states and languages', () => {
    it('reads a clerk’s spreadsheet in French, with French words', async () => {
      const element = await log(html`<og-response-log lang="fr" src=${CSV}></og-response-log>`);
      const first = entries(element).find((entry) => entry.dataset.reference === 'BMK-2026-101')!;
      expect(text(first.querySelector('[part="status-badge"]'))).to.equal('Acceptée');
      expect(text(first.querySelector('.text'))).to.equal("Raccorder les douars d'Aït Bouguemez au réseau.");
      expect(text(first.querySelector('.meta'))).to.contain('15 oct. 2026');
      await expect(element).to.be.accessible();
    });

    it('reads an Open311 feed: closed without notes is closed, not accepted', async () => {
      const element = await log(html`<og-response-log lang="en" src=${OPEN311}></og-response-log>`);
      const graffiti = entries(element).find((entry) => entry.dataset.reference === '638345')!;
      expect(text(graffiti.querySelector('[part="status-badge"]'))).to.equal('Closed');
      expect(text(graffiti.querySelector('.waiting'))).to.contain('Closed without a published answer.');
      expect(shadow(element).textContent).not.to.contain('République');
      expect(shadow(element).textContent).not.to.contain('Karim');
      expect(stats(element).Answered).to.equal('1 (25%)');
      // Notes on a request still open are shown as such, not as an answer.
      const scheduled = entries(element).find((entry) => entry.dataset.reference === '638347')!;
      expect(text(scheduled.querySelector('.progress-note'))).to.equal('Latest note Crew scheduled.');
      expect(scheduled.querySelector('[part="answer"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('is right to left in Arabic, with Arabic words, and accessible', async () => {
      const element = await log(html`<og-response-log lang="ar" src=${REGISTER}></og-response-log>`);
      expect(getComputedStyle(shadow(element).querySelector('.log')!).direction).to.equal('rtl');
      expect(text(shadow(element).querySelector('.log-title'))).to.equal('مآل مقترحاتكم');
      const referred = entries(element).find((entry) => entry.dataset.reference === 'KEF-2026-0005')!;
      expect(text(referred.querySelector('.answer-text'))).to.contain('خارج الاختصاص');
      expect(text(referred.querySelector('[part="status-badge"]'))).to.equal('خارج الاختصاص (أُحيل)');
      // The reference stays left to right inside the Arabic text.
      expect(referred.querySelector('.reference')!.getAttribute('dir')).to.equal('ltr');
      await expect(element).to.be.accessible();
      element.follow('KEF-2026-0001');
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    for (const lang of ['fr', 'es']) {
      it(`is accessible in ${lang}, with a translated summary`, async () => {
        const element = await log(html`<og-response-log lang=${lang} src=${REGISTER}></og-response-log>`);
        expect(Object.keys(stats(element))).not.to.include('Suggestions received');
        await expect(element).to.be.accessible();
      });
    }

    it('says when the register is empty', async () => {
      const element = await log(html`<og-response-log lang="en" .data=${{ suggestions: [] }}></og-response-log>`);
      expect(text(shadow(element).querySelector('[part="empty"]'))).to.contain(
        'No suggestion has been published in this register yet.',
      );
      await expect(element).to.be.accessible();
    });

    it('names what is wrong in bad data, with Retry, and fires og-error', async () => {
      const data = { suggestions: [{ reference: 'A', received: 'hier', text: 'x', status: 'peut-être' }] };
      const element = document.createElement('og-response-log') as OgResponseLog;
      element.lang = 'en';
      const failed = oneEvent(element, 'og-error');
      element.data = data;
      document.body.append(element);
      try {
        await failed;
        await element.updateComplete;
        const error = shadow(element).querySelector('[part="error"]')!;
        expect(text(error)).to.contain('received');
        expect(text(error)).to.contain('status');
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('says a calendar file is not a register, not that it is a web page, in the page’s language', async () => {
      for (const [lang, sentence] of [
        ['en', 'The data file is not of a kind that can be shown here.'],
        ['fr', 'Le fichier de données n’est pas d’un type qui peut être affiché ici.'],
        ['ar', 'ملف البيانات ليس من نوع يمكن عرضه هنا.'],
      ]) {
        const element = document.createElement('og-response-log') as OgResponseLog;
        element.lang = lang!;
        element.src = '/demo/data/elkef-consultations.ics';
        const failed = oneEvent(element, 'og-error');
        document.body.append(element);
        try {
          expect(((await failed) as CustomEvent<{ error: { kind: string } }>).detail.error.kind).to.equal('format');
          await waitUntil(() => text(shadow(element).querySelector('[part="error"]')).includes(sentence!), sentence);
          await expect(element).to.be.accessible();
        } finally {
          element.remove();
        }
      }
    });

    it('shows only the summary in the summary layout', async () => {
      const element = await log(html`<og-response-log lang="en" layout="summary" src=${REGISTER}></og-response-log>`);
      expect(shadow(element).querySelector('[part="summary"]')).not.to.equal(null);
      expect(shadow(element).querySelector('[part="follow"]')).to.equal(null);
      expect(entries(element)).to.have.length(0);
      await expect(element).to.be.accessible();
    });
  });
});
