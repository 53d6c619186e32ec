// The tracker's words for OGP's vocabulary, localized. Call while rendering (msg() reads the
// rendering widget's locale).
import { msg } from '../core/index.js';
import type { CompletionLevel, OpenedGovernment, Sector, SortKey } from './model.js';

export function statusLabel(level: CompletionLevel): string {
  switch (level) {
    case 'not-started':
      return msg('Not started');
    case 'limited':
      return msg('Limited');
    case 'substantial':
      return msg('Substantial');
    case 'complete':
      return msg('Complete');
    case 'no-evidence':
      return msg('No evidence available');
    case 'withdrawn':
      return msg('Withdrawn');
  }
}

export function openedGovernmentLabel(level: OpenedGovernment): string {
  switch (level) {
    case 'worsened':
      return msg('Worsened');
    case 'did-not-change':
      return msg('Did not change');
    case 'marginal':
      return msg('Marginal');
    case 'major':
      return msg('Major');
    case 'outstanding':
      return msg('Outstanding');
  }
}

export function sectorLabel(sector: Sector): string {
  switch (sector) {
    case 'government':
      return msg('Government');
    case 'civil-society':
      return msg('Civil society');
    case 'private':
      return msg('Private sector');
    case 'academia':
      return msg('Academia');
    case 'other':
      return msg('Other');
  }
}

export function sortLabel(key: SortKey): string {
  switch (key) {
    case 'due':
      return msg('Next due date');
    case 'progress':
      return msg('Progress');
    case 'title':
      return msg('Title');
  }
}
