import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../fixtures/og-test-widget.js';
import type { OgTestWidget } from '../fixtures/og-test-widget.js';
import { clearFetchCache } from '../../src/core/data/fetch.js';
import type { OgErrorDetail, OgLoadDetail } from '../../src/core/events.js';
import { settled, shadow, crossOrigin, uniqueKey, watchPageErrors, failOnPageErrors } from '../helpers.js';

const titles = (element: Element) =>
  [...shadow(element).querySelectorAll('li .title')].map((node) => node.textContent!.trim());
const alertText = (element: Element) =>
  shadow(element)
    .querySelector('[role="alert"]')
    ?.textContent?.replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';

describe('og-test-widget: data sources', () => {
  failOnPageErrors({ before: clearFetchCache });

  it('loads JSON from src, shows it in the widget language, and fires og-load', async () => {
    const element = document.createElement('og-test-widget') as OgTestWidget;
    element.setAttribute('lang', 'fr');
    element.src = '/test/fixtures/items.json';
    const loaded = oneEvent(element, 'og-load');
    document.body.append(element);
    const event = (await loaded) as CustomEvent<OgLoadDetail>;
    await element.updateComplete;
    expect(event.detail.source.kind).to.equal('url');
    expect(event.detail.source.format).to.equal('json');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(titles(element)).to.deep.equal(['Audit interne', 'Digital archives']);
    expect(
      shadow(element)
        .querySelector('li .amount')!
        .textContent!.replace(/[\u00A0\u202F]/g, ' '),
    ).to.match(/12 500,000/);
    await expect(element).to.be.accessible();
    element.remove();
  });

  it('marks a fallback text with its own language', async () => {
    const element = await fixture<OgTestWidget>(
      html`<og-test-widget lang="es" .data=${[{ id: 'x', title: { ar: 'الأرشيف' }, amount: 1 }]}></og-test-widget>`,
    );
    await settled(element);
    const span = shadow(element).querySelector('li .title span');
    expect(span?.getAttribute('lang')).to.equal('ar');
    expect(span?.getAttribute('dir')).to.equal('auto');
  });

  it('reads inline JSON, and reloads when it changes', async () => {
    const element = await fixture<OgTestWidget>(html`<og-test-widget>
      <script type="application/json">[{"id":"a","title":"Inline","amount":1}]</script>
    </og-test-widget>`);
    await settled(element);
    expect(titles(element)).to.deep.equal(['Inline']);
    element.querySelector('script')!.textContent = '[{"id":"b","title":"Changed","amount":2}]';
    await waitUntil(() => titles(element)[0] === 'Changed', 'inline change was not picked up');
  });

  it('reads inline CSV', async () => {
    const element = await fixture<OgTestWidget>(html`<og-test-widget>
      <script type="text/csv">id;titre;montant
a;Inline CSV;1 250,5</script>
    </og-test-widget>`);
    await settled(element);
    expect(titles(element)).to.deep.equal(['Inline CSV']);
  });

  it('takes .data over src, and reloads when either changes', async () => {
    const element = await fixture<OgTestWidget>(
      html`<og-test-widget src="/test/fixtures/items.json" .data=${[{ id: 'p', title: 'Property', amount: 1 }]}></og-test-widget>`,
    );
    await settled(element);
    expect(titles(element)).to.deep.equal(['Property']);
    element.data = [{ id: 'q', title: 'New property', amount: 2 }];
    await waitUntil(() => titles(element)[0] === 'New property');
    element.data = undefined;
    await waitUntil(() => titles(element)[0] === 'Internal audit', 'falling back to src');
  });

  it('reads a French CSV export with a title line, BOM, ; and decimal commas, through columns', async () => {
    const element = await fixture<OgTestWidget>(
      html`<og-test-widget lang="fr" src="/test/fixtures/items-fr.csv" columns="title: Titre; amount: Montant"></og-test-widget>`,
    );
    await settled(element);
    expect(titles(element)).to.deep.equal(['Audit interne', 'Archives; numériques']);
    const amounts = [...shadow(element).querySelectorAll('li .amount')].map((node) =>
      node.textContent!.replace(/[\u00A0\u202F]/g, ' '),
    );
    expect(amounts[0]).to.match(/^12 500,000/);
    expect(amounts[1]).to.match(/^3 000,500/);
  });

  it('reads ICS through the lazily loaded parser', async () => {
    const element = await fixture<OgTestWidget>(
      html`<og-test-widget src="/test/fixtures/events.ics"></og-test-widget>`,
    );
    await settled(element);
    expect(titles(element)).to.deep.equal(['Forum citoyen, budget 2027']);
  });

  it('detects the format from the content type, the extension or the content', async () => {
    for (const [src, title] of [
      ['/test-api/json-as-text.json', 'Internal audit'],
      ['/test-api/csv-as-octet', 'Audit interne'],
      ['/test-api/calendar-as-text', 'Forum'],
    ]) {
      const element = await fixture<OgTestWidget>(html`<og-test-widget src=${src}></og-test-widget>`);
      await settled(element);
      expect(titles(element)[0], src).to.equal(title);
    }
  });

  it('fetches an identical URL once for several widgets', async () => {
    const key = uniqueKey('shared');
    const elements = await fixture<HTMLElement>(html`<div>
      <og-test-widget src=${`/test-api/count/${key}`}></og-test-widget>
      <og-test-widget src=${`/test-api/count/${key}`}></og-test-widget>
      <og-test-widget src=${`/test-api/count/${key}?`}></og-test-widget>
    </div>`);
    const widgets = [...elements.querySelectorAll('og-test-widget')] as OgTestWidget[];
    await Promise.all(widgets.slice(0, 2).map((widget) => settled(widget)));
    const hits = await (await fetch(`/test-api/hits/${key}`)).json();
    expect(hits.hits).to.equal(2, 'two distinct URLs, each fetched once');
  });

  it('aborts the request in flight when src changes, and shows only the new data', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const element = await fixture<OgTestWidget>(html`<og-test-widget src="/test-api/slow?ms=3000"></og-test-widget>`);
      expect(element.dataState).to.equal('loading');
      element.src = '/test/fixtures/items.json';
      await settled(element);
      expect(signals[0]!.aborted).to.equal(true);
      expect(titles(element)[0]).to.equal('Internal audit');
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('og-test-widget: typed failures', () => {
  beforeEach(() => clearFetchCache());

  async function failing(
    src: string,
    attributes: Record<string, string> = {},
  ): Promise<{ element: OgTestWidget; detail: OgErrorDetail }> {
    const element = document.createElement('og-test-widget') as OgTestWidget;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.src = src;
    const failed = oneEvent(element, 'og-error');
    document.body.append(element);
    const event = (await failed) as CustomEvent<OgErrorDetail>;
    await element.updateComplete;
    return { element, detail: event.detail };
  }

  afterEach(() => document.querySelectorAll('og-test-widget').forEach((element) => element.remove()));

  it('HTTP 404: says the file was not found, with the status', async () => {
    const { element, detail } = await failing('/test-api/status/404');
    expect(detail.error.kind).to.equal('http');
    expect(detail.error.status).to.equal(404);
    expect(alertText(element)).to.contain('The data file was not found (error 404)');
    await expect(element).to.be.accessible();
  });

  it('HTTP 503: repeats what Retry-After asks', async () => {
    const { element, detail } = await failing('/test-api/status/503');
    expect(detail.error.retryAfter).to.equal(30);
    expect(alertText(element)).to.contain('try again in 30 seconds');
  });

  it('timeout: gives up after the timeout attribute', async () => {
    const { element, detail } = await failing('/test-api/slow?ms=5000', { timeout: '0.3' });
    expect(detail.error.kind).to.equal('timeout');
    expect(alertText(element)).to.contain('took too long');
  });

  it('slow drip: a body that never finishes in time is a timeout too', async () => {
    const { detail } = await failing('/test-api/drip?ms=4000', { timeout: '0.5' });
    expect(detail.error.kind).to.equal('timeout');
  });

  it('CORS: says what to ask the data server for', async () => {
    const { element, detail } = await failing(crossOrigin('/test/fixtures/items.json'));
    expect(detail.error.kind).to.equal('cors');
    expect(alertText(element)).to.contain('does not allow this website');
    expect(alertText(element)).to.contain(`Access-Control-Allow-Origin: ${location.origin}`);
  });

  it('network: a connection that breaks mid-body', async () => {
    const { detail } = await failing('/test-api/broken-connection');
    expect(detail.error.kind).to.equal('network');
  });

  it('parse: truncated JSON', async () => {
    const { element, detail } = await failing('/test-api/truncated-json');
    expect(detail.error.kind).to.equal('parse');
    expect(shadow(element).querySelector('details pre')!.textContent).to.contain('cut short');
  });

  it('format: an HTML page served as JSON, or a web page at all', async () => {
    expect((await failing('/test-api/html-as-json')).detail.error.kind).to.equal('format');
    const { element, detail } = await failing('/test-api/html-page');
    expect(detail.error.kind).to.equal('format');
    expect(alertText(element)).to.contain('web page instead of data');
  });

  it('format: an empty file says it is empty, not that it is a web page', async () => {
    const { element, detail } = await failing('data:text/plain,');
    expect(detail.error.kind).to.equal('format');
    expect(alertText(element)).to.contain('The data file is empty.');
    expect(alertText(element)).not.to.contain('web page');
  });

  it('validation: names the record and the field', async () => {
    const { element, detail } = await failing('/test/fixtures/bad-items.json');
    expect(detail.error.kind).to.equal('validation');
    const items = [...shadow(element).querySelectorAll('[role="alert"] li')].map((node) =>
      node.textContent!.replace(/[\u2068\u2069]/g, '').trim(),
    );
    expect(items).to.include('#1: "amount" is not a number ("12 500,000 DT").');
    expect(items).to.include('#3: "id" is missing.');
    await expect(element).to.be.accessible();
  });

  it('validation in CSV: names the spreadsheet row and the header', async () => {
    const element = await fixture<OgTestWidget>(html`<og-test-widget>
      <script type="text/csv">id;Titre;Montant
a;Audit;12 500,000 DT</script>
    </og-test-widget>`);
    await settled(element, 'error');
    expect(alertText(element)).to.contain('Row 2: "Montant" is not a number ("12 500,000 DT").');
  });

  it('a bad columns attribute is a clear validation error', async () => {
    const element = await fixture<OgTestWidget>(
      html`<og-test-widget columns="title Titre" src="/test/fixtures/items-fr.csv"></og-test-widget>`,
    );
    await settled(element, 'error');
    expect(shadow(element).querySelector('details pre')!.textContent).to.contain('field: Header');
  });

  it('Retry loads again from the server', async () => {
    const { element } = await failing(`/test-api/flaky/${uniqueKey('flaky')}`);
    const loaded = oneEvent(element, 'og-load');
    (shadow(element).querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await loaded;
    await element.updateComplete;
    expect(titles(element)[0]).to.equal('Internal audit');
  });

  it('keeps the last good data when a refresh fails, with a notice', async () => {
    const element = await fixture<OgTestWidget>(
      html`<og-test-widget src=${`/test-api/fail-after-first/${uniqueKey('stale')}`}></og-test-widget>`,
    );
    await settled(element);
    const failed = oneEvent(element, 'og-error');
    await element.reload();
    const event = (await failed) as CustomEvent<OgErrorDetail>;
    await element.updateComplete;
    expect(event.detail.stale).to.equal(true);
    expect(titles(element)[0]).to.equal('Internal audit');
    expect(shadow(element).querySelector('[part="notice"]')!.textContent).to.contain('could not be refreshed');
    await expect(element).to.be.accessible();
  });

  it('accepts a URL object as src', async () => {
    const element = document.createElement('og-test-widget') as OgTestWidget;
    (element as unknown as { src: unknown }).src = new URL('/test/fixtures/items.json', location.href);
    document.body.append(element);
    await settled(element);
    expect(titles(element)[0]).to.equal('Internal audit');
  });

  it('shows the error, not the old data, when new .data is invalid', async () => {
    const element = await fixture<OgTestWidget>(
      html`<og-test-widget .data=${[{ id: 'a', title: 'Good', amount: 1 }]}></og-test-widget>`,
    );
    await settled(element);
    element.data = [{ id: 'a', title: 'Bad', amount: 'lots' }];
    await settled(element, 'error');
    expect(shadow(element).querySelector('[part="notice"]')).to.equal(null);
    expect(alertText(element)).to.contain('"amount" is not a number');
  });

  it('moves focus into the widget when Retry removes the button, and keeps it there', async () => {
    const { element } = await failing(`/test-api/flaky/${uniqueKey('focus')}`);
    const retry = shadow(element).querySelector('[part="retry-button"]') as HTMLButtonElement;
    retry.focus();
    const loaded = oneEvent(element, 'og-load');
    retry.click();
    await loaded;
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(shadow(element).querySelector('[part="base"]'));
  });

  it('says a failed refresh politely (role status)', async () => {
    const element = await fixture<OgTestWidget>(
      html`<og-test-widget src=${`/test-api/fail-after-first/${uniqueKey('polite')}`}></og-test-widget>`,
    );
    await settled(element);
    await element.reload();
    await waitUntil(() => shadow(element).querySelector('[part="notice"]'));
    expect(shadow(element).querySelector('[part="notice"]')!.getAttribute('role')).to.equal('status');
  });

  it('contains an exception thrown after Lit wrote the DOM (updated)', async () => {
    const pageErrors = watchPageErrors();
    const element = await fixture<OgTestWidget>(
      html`<og-test-widget .data=${[{ id: 'a', title: 'x', amount: 1 }]}></og-test-widget>`,
    );
    await settled(element);
    const failed = oneEvent(element, 'og-error');
    const originalError = console.error;
    console.error = () => {};
    try {
      element.explodeAfterRender = true;
      element.requestUpdate();
      const event = (await failed) as CustomEvent<OgErrorDetail>;
      expect(event.detail.error.kind).to.equal('render');
    } finally {
      element.explodeAfterRender = false;
      console.error = originalError;
    }
    await element.updateComplete;
    pageErrors.stop();
    expect(pageErrors.errors).to.deep.equal([]);
    expect(alertText(element)).to.contain('Something went wrong while showing this content.');
  });

  it('contains a rendering bug as an error state instead of throwing into the page', async () => {
    const pageErrors = watchPageErrors();
    const element = await fixture<OgTestWidget>(
      html`<og-test-widget .data=${[{ id: 'a', title: 'x', amount: 1 }]}></og-test-widget>`,
    );
    await settled(element);
    const failed = oneEvent(element, 'og-error');
    const originalError = console.error;
    console.error = () => {};
    try {
      element.explode = true;
      element.requestUpdate();
      await failed;
    } finally {
      console.error = originalError;
    }
    await element.updateComplete;
    pageErrors.stop();
    expect(pageErrors.errors).to.deep.equal([]);
    expect(shadow(element).querySelector('[role="alert"]')).to.exist;
  });
});
