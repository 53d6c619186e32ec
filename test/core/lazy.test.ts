import { expect, waitUntil } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { LazyModule } from '../../src/core/lazy.js';
import type { OgDataError } from '../../src/core/data/errors.js';

class LazyHost extends LitElement {
  updates = 0;
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.updates += 1;
    super.requestUpdate(...args);
  }
}
customElements.define('og-lazy-host', LazyHost);

describe('core: a part whose code loads on first use (LazyModule)', () => {
  let host: LazyHost;
  beforeEach(async () => {
    host = document.createElement('og-lazy-host') as LazyHost;
    document.body.append(host);
    await host.updateComplete;
  });
  afterEach(() => host.remove());

  it('gives nothing while the code loads, then the module, and the element renders again with its styles', async () => {
    const part = new LazyModule(
      host,
      () => Promise.resolve({ styles: css`:host { --og-lazy-test: 7px; }`, answer: 42 }),
      'a part',
    );
    const before = host.updates;
    const failures: OgDataError[] = [];
    expect(
      part.get(5000, (error) => failures.push(error)),
      'nothing while it loads',
    ).to.equal(undefined);
    await waitUntil(() => part.module, 'the code arrives');
    expect(part.get(5000, (error) => failures.push(error))?.answer).to.equal(42);
    expect(host.updates, 'the element renders again').to.be.greaterThan(before);
    expect(getComputedStyle(host).getPropertyValue('--og-lazy-test').trim(), 'its styles apply').to.equal('7px');
    expect(failures).to.deep.equal([]);
  });

  it('says a refused load is an error of the network, and tries again on the next call', async () => {
    let attempts = 0;
    const part = new LazyModule(
      host,
      () => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : Promise.resolve({ answer: 1 });
      },
      'the chart',
    );
    const failures: OgDataError[] = [];
    part.get(5000, (error) => failures.push(error));
    await waitUntil(() => failures.length === 1, 'the failure is heard');
    expect(failures[0]!.kind).to.equal('network');
    expect(failures[0]!.detail).to.contain('the chart');
    await part.load(5000);
    expect(attempts).to.equal(2);
    expect(part.module).to.deep.equal({ answer: 1 });
  });

  it('never waits longer than the timeout for code that does not come', async () => {
    const part = new LazyModule(host, () => new Promise<object>(() => undefined), 'the details');
    let failure: OgDataError | undefined;
    part.get(20, (error) => (failure = error));
    await waitUntil(() => failure, 'a load that never ends fails within the timeout', { timeout: 2000 });
    expect(failure!.kind).to.equal('timeout');
    expect(part.module).to.equal(undefined);
  });
});
