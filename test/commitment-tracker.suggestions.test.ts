import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// As a developer would: the package's main entry, which makes every widget's reader known.
import '../src/index.js';
import type { OgCommitmentTracker } from '../src/commitment-tracker/index.js';
import { settled, shadow } from './helpers.js';

const PLAN = '/demo/data/elkef-plan.json';
const REGISTER = '/test/fixtures/responses/register.json';
const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';
const line = (element: Element, id: string) => shadow(element).querySelector(`.card[data-id="${id}"] .suggestions-led`);

async function tracker(template: ReturnType<typeof html>): Promise<OgCommitmentTracker> {
  const element = await fixture<OgCommitmentTracker>(template);
  await settled(element);
  return element;
}

describe('og-commitment-tracker: suggestions that led to each commitment', () => {
  it('counts the register’s suggestions per commitment and links to the log filtered on it', async () => {
    const element = await tracker(
      html`<og-commitment-tracker
        lang="en"
        src=${PLAN}
        responses-src=${REGISTER}
        responses-href="/demo/elkef/en/responses.html#top"
      ></og-commitment-tracker>`,
    );
    await waitUntil(() => line(element, 'audit'), 'no count for the audit commitment');
    expect(text(line(element, 'audit'))).to.equal("Citizens' suggestions that led to it: 1");
    const link = line(element, 'digital-services')!.querySelector('a')!;
    expect(new URL(link.href).pathname + new URL(link.href).hash).to.equal(
      '/demo/elkef/en/responses.html#suggestions-for-digital-services',
    );
    // No suggestion led to it: no line.
    expect(line(element, 'archives')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows the count without a link when the log’s page is not given, in Arabic', async () => {
    const element = await tracker(
      html`<og-commitment-tracker lang="ar" src=${PLAN} responses-src=${REGISTER}></og-commitment-tracker>`,
    );
    await waitUntil(() => line(element, 'audit'), 'no count for the audit commitment');
    expect(line(element, 'audit')!.querySelector('a')).to.equal(null);
    expect(text(line(element, 'audit'))).to.match(/١|1/);
    await expect(element).to.be.accessible();
  });

  it('stays as it is when the register cannot be read', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    try {
      const element = await tracker(
        html`<og-commitment-tracker lang="en" src=${PLAN} responses-src="/nowhere/register.json"></og-commitment-tracker>`,
      );
      await waitUntil(() => warnings.some((message) => message.includes('/nowhere/register.json')));
      expect(element.dataState).to.equal('ready');
      expect(shadow(element).querySelector('.suggestions-led')).to.equal(null);
      expect(shadow(element).querySelectorAll('.card')).to.have.length(4);
    } finally {
      console.warn = warn;
    }
  });
});
