// The treegrid's keys, as the WAI-ARIA pattern describes them, as plain data: what a key does to
// the focused row. No DOM here; the element applies the outcome.
import type { KeyIntent } from '../core/index.js';

/** Where the focus is, and what the focused row can do. */
export interface TreegridPosition {
  /** The focused row's position among the rows shown, and how many are shown. */
  position: number;
  count: number;
  hasChildren: boolean;
  expanded: boolean;
  /** While searching, every level is open: the arrows move instead of opening or closing. */
  searching: boolean;
  /** The position of the row's parent among the rows shown, or -1. */
  parentPosition: number;
}

/** What a key does: move the focus, open or close the row, or toggle it. */
export type TreegridOutcome = { move: number } | { expand: boolean } | { toggle: true };

const PAGE = 10;

/** The outcome of a key on the focused row; undefined when the key is not the treegrid's. */
export function treegridKey(intent: KeyIntent | undefined, at: TreegridPosition): TreegridOutcome | undefined {
  const { position, count, hasChildren, expanded, searching, parentPosition } = at;
  const clamp = (next: number) => ({ move: Math.max(0, Math.min(count - 1, next)) });
  switch (intent) {
    case 'down':
      return clamp(position + 1);
    case 'up':
      return clamp(position - 1);
    case 'first':
      return clamp(0);
    case 'last':
      return clamp(count - 1);
    case 'page-down':
      return clamp(position + PAGE);
    case 'page-up':
      return clamp(position - PAGE);
    case 'next':
      if (hasChildren && !expanded && !searching) return { expand: true };
      return expanded || searching ? clamp(position + 1) : { move: position };
    case 'previous':
      if (expanded && !searching) return { expand: false };
      return { move: parentPosition >= 0 ? parentPosition : position };
    case 'activate':
      return { toggle: true };
    default:
      return undefined;
  }
}
