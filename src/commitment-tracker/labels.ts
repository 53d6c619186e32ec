// The tracker's words for OGP's vocabulary, localized. Call while rendering (msg() reads the
// rendering widget's locale). Each table holds functions, not strings: a word is looked up in the
// language of the widget that renders it, at the moment it renders.
import { msg, str, formatCalendarDate, formatNumber, formatRelative, calendarDate } from '../core/index.js';
import type { CompletionLevel, MilestoneState, OpenedGovernment, Sector, SortKey } from './model.js';

type Words<K extends string> = Readonly<Record<K, () => string>>;

const STATUS: Words<CompletionLevel> = {
  'not-started': () => msg('Not started'),
  limited: () => msg('Limited'),
  substantial: () => msg('Substantial'),
  complete: () => msg('Complete'),
  'no-evidence': () => msg('No evidence available'),
  withdrawn: () => msg('Withdrawn'),
};

const OPENED_GOVERNMENT: Words<OpenedGovernment> = {
  worsened: () => msg('Worsened'),
  'did-not-change': () => msg('Did not change'),
  marginal: () => msg('Marginal'),
  major: () => msg('Major'),
  outstanding: () => msg('Outstanding'),
};

const SECTOR: Words<Sector> = {
  government: () => msg('Government'),
  'civil-society': () => msg('Civil society'),
  private: () => msg('Private sector'),
  academia: () => msg('Academia'),
  other: () => msg('Other'),
};

const SORT: Words<SortKey> = {
  due: () => msg('Next due date'),
  progress: () => msg('Progress'),
  title: () => msg('Title'),
};

const MILESTONE_STATE: Words<MilestoneState> = {
  done: () => msg('Done'),
  overdue: () => msg('Overdue'),
  upcoming: () => msg('Upcoming'),
};

export const statusLabel = (level: CompletionLevel): string => STATUS[level]();
export const openedGovernmentLabel = (level: OpenedGovernment): string => OPENED_GOVERNMENT[level]();
export const sectorLabel = (sector: Sector): string => SECTOR[sector]();
export const sortLabel = (key: SortKey): string => SORT[key]();
export const milestoneStateLabel = (state: MilestoneState): string => MILESTONE_STATE[state]();

/** "due 12 March 2025 (in 3 weeks)": a due date and how far it is from today. */
export function dueText(locale: string, due: string, today: string): string {
  const relative = formatRelative(locale, calendarDate(due)!, calendarDate(today));
  return msg(str`due ${formatCalendarDate(locale, due)} (${relative})`);
}

/** "Commitments shown: 3 of 12". */
export function countSentence(locale: string, shown: number, total: number): string {
  return msg(str`Commitments shown: ${formatNumber(locale, shown)} of ${formatNumber(locale, total)}`);
}
