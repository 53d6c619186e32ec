import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/consultation-calendar/index.js';
import type {
  OgConsultationCalendar,
  OgEventOpenDetail,
  OgRangeChangeDetail,
} from '../src/consultation-calendar/index.js';
import { settled, shadow, failOnPageErrors } from './helpers.js';
import { dialogFrame } from '../src/consultation-calendar/dialog.js';

const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';
const active = (element: Element) => shadow(element).activeElement as HTMLElement | null;
const FEED = '/demo/data/elkef-consultations.ics';

/** Waits until the calendar shows `selector` (as a citizen waits for what loads on first use). */
async function waitFor(element: Element, selector: string): Promise<Element> {
  await waitUntil(() => shadow(element).querySelector(selector), `${selector} shows`);
  return shadow(element).querySelector(selector)!;
}

async function calendar(template: ReturnType<typeof html>): Promise<OgConsultationCalendar> {
  const element = await fixture<OgConsultationCalendar>(template);
  await settled(element);
  return element;
}

describe('og-consultation-calendar', () => {
  failOnPageErrors();

  it('shows the month as a grid that starts on Monday, with events in their days', async () => {
    const element = await calendar(
      html`<og-consultation-calendar lang="fr" view="month" initial-date="2026-12-01" time-zone="Africa/Tunis" src=${FEED}></og-consultation-calendar>`,
    );
    const grid = shadow(element).querySelector('[role="grid"]')!;
    expect(text(shadow(element).querySelector('#calendar-title'))).to.equal('décembre 2026');
    expect(text(grid.querySelector('th .weekday-short'))).to.equal('lun.');
    expect(text(grid.querySelector('th .visually-hidden')), 'the full name is what is heard').to.equal('lundi');
    const day = (key: string) => grid.querySelector(`[data-day="${key}"]`)!;
    expect(text(day('2026-12-03'))).to.contain("Séance d'information");
    expect(text(day('2026-12-03').querySelector('.visually-hidden'))).to.equal(
      'jeudi 3 décembre 2026, consultations ce jour-là : 1',
    );
    expect(day('2026-12-19').textContent).to.contain('Forum');
    expect(day('2026-12-20').textContent).to.contain('Forum');
    expect(day('2026-12-05').querySelector('.chip.cancelled')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('moves by day with the arrows, by month with PageUp/PageDown, and mirrors in Arabic', async () => {
    const element = await calendar(
      html`<og-consultation-calendar lang="en" view="month" initial-date="2026-12-10" time-zone="Africa/Tunis" src=${FEED}></og-consultation-calendar>`,
    );
    shadow(element).querySelector<HTMLElement>('[data-day="2026-12-10"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(active(element)?.dataset.day).to.equal('2026-12-11');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(active(element)?.dataset.day).to.equal('2026-12-18');
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(active(element)?.dataset.day).to.equal('2026-12-14');
    const range = oneEvent(element, 'og-range-change');
    await sendKeys({ press: 'PageDown' });
    expect(((await range) as CustomEvent<OgRangeChangeDetail>).detail.start).to.equal('2026-12-28');
    await element.updateComplete;
    expect(active(element)?.dataset.day).to.equal('2027-01-14');
    await waitUntil(
      () => text(shadow(element).querySelector('[role="status"]')) === 'January 2027',
      'the month is announced',
    );

    const arabic = await calendar(
      html`<og-consultation-calendar lang="ar" view="month" initial-date="2026-12-10" time-zone="Africa/Tunis" src=${FEED}></og-consultation-calendar>`,
    );
    shadow(arabic).querySelector<HTMLElement>('[data-day="2026-12-10"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await arabic.updateComplete;
    expect(active(arabic)?.dataset.day, 'ArrowLeft goes forward in RTL').to.equal('2026-12-11');
    await expect(arabic).to.be.accessible();
  });

  it('opens the day with Enter, then an event in a dialog, and gives focus back', async () => {
    const element = await calendar(
      html`<og-consultation-calendar lang="en" view="month" initial-date="2026-12-03" time-zone="Africa/Tunis" src=${FEED}></og-consultation-calendar>`,
    );
    const cell = shadow(element).querySelector<HTMLElement>('[data-day="2026-12-03"]')!;
    cell.focus();
    await sendKeys({ press: 'Enter' });
    // The dialog's content loads on first use: wait for it as a citizen would.
    const title = await waitFor(element, 'dialog .dialog-title');
    const dialog = shadow(element).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(text(title)).to.equal('Thursday, December 3, 2026');
    expect(active(element), 'focus moved to the title').to.equal(title);
    const opened = oneEvent(element, 'og-event-open');
    dialog.querySelector<HTMLButtonElement>('button.event')!.click();
    expect(((await opened) as CustomEvent<OgEventOpenDetail>).detail.id).to.equal('audit-info@elkef.example');
    await element.updateComplete;
    const details = shadow(element).querySelector('dialog')!;
    expect(active(element), 'focus moved to the event’s title').to.equal(details.querySelector('.dialog-title'));
    expect(text(details)).to.contain('10:00');
    expect(text(details)).to.match(/Central European Standard Time \(GMT\+1\)|GMT\+1/);
    expect(details.querySelector('a[href^="https://meet.example.org"]')).to.exist;
    expect(details.querySelector('a[href^="https://calendar.google.com"]')).to.exist;
    await expect(element).to.be.accessible();
    [...details.querySelectorAll<HTMLButtonElement>('.dialog-actions button')][0]!.click();
    await element.updateComplete;
    await waitUntil(() => active(element) === cell, 'focus went back to the day');
    expect(shadow(element).querySelector('dialog')).to.equal(null);
  });

  it('marks a cancelled event clearly in its details', async () => {
    const element = await calendar(
      html`<og-consultation-calendar lang="fr" view="agenda" time-zone="Africa/Tunis" src=${FEED}></og-consultation-calendar>`,
    );
    const cancelled = [...shadow(element).querySelectorAll<HTMLButtonElement>('button.event')].find((button) =>
      button.classList.contains('cancelled'),
    );
    expect(text(cancelled)).to.contain('Annulée');
    cancelled!.click();
    expect(text(await waitFor(element, 'dialog .cancel-note'))).to.equal('Cette consultation est annulée.');
  });

  it('filters by area, topic, format and words, and announces the count', async () => {
    const element = await calendar(
      html`<og-consultation-calendar lang="en" view="agenda" show-filters src="/demo/data/bmk-consultations.json"></og-consultation-calendar>`,
    );
    const titles = () => [...shadow(element).querySelectorAll('.event-title')].map(text);
    const selects = [...shadow(element).querySelectorAll<HTMLSelectElement>('.filters select')];
    selects[0]!.value = 'Khénifra';
    selects[0]!.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(titles()).to.deep.equal(['Regional plan consultation — Khénifra']);
    await waitUntil(() => text(shadow(element).querySelector('[role="status"]')) === 'Consultations shown: 1');
    selects[0]!.value = '';
    selects[0]!.dispatchEvent(new Event('change'));
    const search = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'budget';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(titles()).to.deep.equal(['Regional citizen budget forum']);
    await expect(element).to.be.accessible();
  });

  it('switches between the municipality’s time zone and the visitor’s', async () => {
    const element = await calendar(
      html`<og-consultation-calendar lang="en" view="agenda" time-zone="Pacific/Auckland" src=${FEED}></og-consultation-calendar>`,
    );
    const zone = () => text(shadow(element).querySelector('.zone'));
    expect(zone()).to.contain('New Zealand');
    const times = () => [...shadow(element).querySelectorAll('.event-time')].map(text);
    const before = times();
    const box = shadow(element).querySelector<HTMLInputElement>('.zone-switch input')!;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(times()).not.to.deep.equal(before);
    expect(zone()).not.to.contain('New Zealand Time (');
  });

  it('shows the next events only in a compact agenda, and is accessible empty and broken', async () => {
    const compact = await calendar(
      html`<og-consultation-calendar lang="en" max-events="2" src="/demo/data/bmk-consultations.json"></og-consultation-calendar>`,
    );
    expect(shadow(compact).querySelectorAll('button.event')).to.have.length(2);
    expect(shadow(compact).querySelector('.segmented')).to.equal(null);
    await expect(compact).to.be.accessible();

    const empty = await calendar(
      html`<og-consultation-calendar lang="ar" view="month" initial-date="2027-03-01" src="/demo/data/bmk-consultations.json"></og-consultation-calendar>`,
    );
    expect(shadow(empty).querySelectorAll('.chip')).to.have.length(0);
    await expect(empty).to.be.accessible();

    const broken = await fixture<OgConsultationCalendar>(html`<og-consultation-calendar lang="fr"
      ><script type="text/calendar">BEGIN:VEVENT
SUMMARY:x
END:VEVENT</script></og-consultation-calendar
    >`);
    await settled(broken, 'error');
    expect(text(shadow(broken).querySelector('[role="alert"]'))).to.contain('illisible');
    await expect(broken).to.be.accessible();
  });

  it('merges sources, each with its label and colour, and offers a webcal subscription for feeds', async () => {
    const element = await calendar(html`<og-consultation-calendar
      lang="en"
      view="agenda"
      src=${FEED}
      .sources=${[{ label: 'Azilal', color: '#146c2e', data: [{ id: 'a', title: 'Azilal meeting', start: '2027-01-05T10:00', timeZone: 'Africa/Casablanca' }] }]}
    ></og-consultation-calendar>`);
    expect(text(shadow(element).querySelector('.sources'))).to.equal('Azilal');
    expect([...shadow(element).querySelectorAll('.event-title')].map(text)).to.include('Azilal meeting');
    expect(shadow(element).querySelector('.subscribe a')!.getAttribute('href')).to.match(
      /^webcal:\/\/.*elkef-consultations\.ics$/,
    );
  });

  it('reads meetings from an inline French CSV, with a multi-day forum and a cancelled meeting', async () => {
    const element =
      await calendar(html`<og-consultation-calendar lang="fr" view="agenda" initial-date="2026-12-01" time-zone="Africa/Tunis" show-past>
      <script type="text/csv">
Titre;Début;Fin;Lieu;Statut
Forum de l'inclusion;19/12/2026;20/12/2026;Maison de la culture;
Réunion de quartier;03/12/2026 18:00;03/12/2026 20:00;Salle Ennour;Annulé
      </script>
    </og-consultation-calendar>`);
    const titles = [...shadow(element).querySelectorAll('.event-title')].map(text);
    expect(titles).to.deep.equal(['Réunion de quartier Annulée', "Forum de l'inclusion"]);
    element.view = 'month';
    await settled(element);
    const day = (key: string) => text(shadow(element).querySelector(`[data-day="${key}"]`));
    expect(day('2026-12-19'), 'the forum on its first day').to.contain('Forum');
    expect(day('2026-12-20'), 'and on its last').to.contain('Forum');
    expect(day('2026-12-21')).not.to.contain('Forum');
    await expect(element).to.be.accessible();
  });

  it('still shows the other sources when one cannot be read, says which, and retries', async () => {
    const element = await calendar(html`<og-consultation-calendar
      lang="en"
      view="agenda"
      src=${FEED}
      .sources=${[
        { label: 'Azilal', src: '/demo/data/missing-azilal.ics' },
        {
          label: 'Khouribga',
          color: '#146c2e',
          data: [{ id: 'k', title: 'Khouribga meeting', start: '2027-01-05T10:00', timeZone: 'Africa/Casablanca' }],
        },
      ]}
    ></og-consultation-calendar>`);
    const notice = shadow(element).querySelector('.notice');
    expect(text(notice)).to.contain('Some calendars could not be loaded and are not shown: Azilal.');
    expect(text(shadow(element).querySelector('.sources'))).to.equal('Khouribga');
    expect([...shadow(element).querySelectorAll('.event-title')].map(text)).to.include('Khouribga meeting');
    await expect(element).to.be.accessible();
    element.sources = [
      { label: 'Khouribga', data: [{ id: 'k', title: 'Khouribga meeting', start: '2027-01-05T10:00' }] },
    ];
    notice!.querySelector('button')!.click();
    await waitUntil(
      () => !shadow(element).querySelector('.notice') && shadow(element).querySelector('.event-title'),
      'the notice goes once every source loads',
    );
  });
});

describe('og-consultation-calendar: the dialog while its details load', () => {
  it('is named "Loading…", busy, and can be closed, in English and in Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      let closed = 0;
      const host = await fixture<HTMLDivElement>(
        html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
          ${dialogFrame({ close: () => (closed += 1), closed: () => undefined }, undefined)}
        </div>`,
      );
      const dialog = host.querySelector('dialog')!;
      dialog.showModal();
      expect(dialog.getAttribute('aria-busy')).to.equal('true');
      expect(dialog.getAttribute('aria-label')).to.equal('Loading…');
      expect(dialog.hasAttribute('aria-labelledby'), 'no title to point at yet').to.equal(false);
      await expect(host).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('.dialog-actions button')!.click();
      expect(closed).to.equal(1);
      dialog.close();
      host.remove();
    }
  });
});
