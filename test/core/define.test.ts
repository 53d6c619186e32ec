import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';

function makeClass(version: string) {
  return class extends HTMLElement {
    static readonly ogVersion = version;
  };
}

describe('guarded define', () => {
  it('defines once; a second copy, even of another version, does not throw and warns once', () => {
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(defineElement('og-define-test', makeClass('1.0.0'), '1.0.0')).to.equal(true);
      expect(defineElement('og-define-test', makeClass('1.0.0'), '1.0.0')).to.equal(false);
      expect(warnings).to.have.length(0, 'same version: no warning');
      expect(defineElement('og-define-test', makeClass('2.0.0'), '2.0.0')).to.equal(false);
      expect(defineElement('og-define-test-other', makeClass('1.0.0'), '1.0.0')).to.equal(true);
      expect(defineElement('og-define-test-other', makeClass('2.0.0'), '2.0.0')).to.equal(false);
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('version 1.0.0');
    expect(customElements.get('og-define-test')!).to.have.property('ogVersion', '1.0.0');
  });

  it('leaves a tag defined by another script alone', () => {
    customElements.define('og-define-foreign', class extends HTMLElement {});
    expect(() => defineElement('og-define-foreign', makeClass('1.0.0'))).not.to.throw();
  });
});
