// Keys as the WAI-ARIA patterns read them, whatever the writing direction: in right-to-left, the
// left arrow goes forward. Grids, treegrids and tab lists all go through this.

/** What a key asks for, once mirrored for the direction. */
export type KeyIntent = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last' | 'page-up' | 'page-down' | 'activate';

/**
 * The intent of a key press: `next`/`previous` for the arrows along the line of reading (mirrored
 * in right-to-left), `up`/`down` across it, Home/End, PageUp/PageDown, Enter/Space. Undefined for
 * any other key (let it do what it does).
 */
export function keyIntent(event: KeyboardEvent, direction: 'ltr' | 'rtl'): KeyIntent | undefined {
  const rtl = direction === 'rtl';
  switch (event.key) {
    case 'ArrowRight':
      return rtl ? 'previous' : 'next';
    case 'ArrowLeft':
      return rtl ? 'next' : 'previous';
    case 'ArrowDown':
      return 'down';
    case 'ArrowUp':
      return 'up';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'PageUp':
      return 'page-up';
    case 'PageDown':
      return 'page-down';
    case 'Enter':
    case ' ':
      return 'activate';
    default:
      return undefined;
  }
}

/**
 * The next position in a one-dimensional roving tabindex (a tab list, a toolbar): the arrows along
 * the line wrap around, Home and End go to the ends. Undefined when the key does not move.
 */
export function rovingMove(intent: KeyIntent | undefined, position: number, count: number): number | undefined {
  switch (intent) {
    case 'next':
      return (position + 1) % count;
    case 'previous':
      return (position + count - 1) % count;
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    default:
      return undefined;
  }
}
