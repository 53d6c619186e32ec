// The keys of the month grid (WAI-ARIA grid pattern): what a key does, from the day that has the
// focus. Arrows move by a day (mirrored right to left) or a week, Home and End go to the week's
// ends, Page Up and Page Down change the month, Enter and Space open the day.
import type { KeyIntent } from '../core/controllers/keyboard.js';
import { addDays } from './model.js';

export type GridKeyAction = { kind: 'move'; day: string } | { kind: 'month'; delta: number } | { kind: 'open' };

/**
 * What a key (its intent, already mirrored for the direction by the core's keyIntent) does in the
 * grid of `weeks`, from `focusedDay`; undefined for a key it ignores.
 */
export function gridKeyAction(
  intent: KeyIntent | undefined,
  focusedDay: string,
  weeks: readonly (readonly string[])[],
): GridKeyAction | undefined {
  const week = weeks.find((days) => days.includes(focusedDay)) ?? [];
  const move = (day: string | undefined): GridKeyAction => ({ kind: 'move', day: day ?? '' });
  switch (intent) {
    case 'next':
      return move(addDays(focusedDay, 1));
    case 'previous':
      return move(addDays(focusedDay, -1));
    case 'down':
      return move(addDays(focusedDay, 7));
    case 'up':
      return move(addDays(focusedDay, -7));
    case 'first':
      return move(week[0]);
    case 'last':
      return move(week[6]);
    case 'page-down':
      return { kind: 'month', delta: 1 };
    case 'page-up':
      return { kind: 'month', delta: -1 };
    case 'activate':
      return { kind: 'open' };
    default:
      return undefined;
  }
}
