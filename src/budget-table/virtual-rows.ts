// Only the rows in view, for long budgets: a window of rows around the scroll position, with
// spacers above and below that keep the scrollbar true. Set through the CSSOM (a strict CSP
// allows it, unlike style="…").
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Above this many rows, only the rows in view are rendered. */
export const VIRTUALIZE_ABOVE = 300;
/** Rows rendered beyond the view, above and below, so that scrolling does not show blanks. */
const OVERSCAN = 12;

export class VirtualRowsController implements ReactiveController {
  /** The first row rendered, and how many. */
  first = 0;
  visible = 30;
  /** Measured from a rendered row. */
  rowHeight = 44;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      /** The box that scrolls, and its table, once rendered. */
      scroller: () => HTMLElement | null;
      /** How many rows the table has now, when it renders them in part (else undefined). */
      virtualRows: () => number | undefined;
    },
  ) {
    host.addController(this);
  }

  /** After each render of a long table: a row measured, the spacers sized. */
  hostUpdated(): void {
    const total = this.options.virtualRows();
    const table = this.options.scroller()?.querySelector<HTMLElement>('table');
    if (total !== undefined && table) this.layout(table, total);
  }

  /** Whether a list of this many rows is rendered in part. */
  static virtual(total: number): boolean {
    return total > VIRTUALIZE_ABOVE;
  }

  /** The rows rendered: all of them, or the window around the scroll position. */
  window(total: number): { first: number; last: number } {
    if (!VirtualRowsController.virtual(total)) return { first: 0, last: total };
    const first = Math.max(0, Math.min(this.first, total - this.visible));
    return { first, last: Math.min(total, first + this.visible) };
  }

  /** Back to the top (another set of rows). */
  reset(): void {
    this.first = 0;
  }

  /** Follows the scroll position. */
  onScroll(): void {
    const box = this.options.scroller();
    if (!box) return;
    const first = Math.max(0, Math.floor(box.scrollTop / this.rowHeight) - OVERSCAN);
    const visible = Math.ceil(box.clientHeight / this.rowHeight) + OVERSCAN * 2;
    if (first !== this.first || visible !== this.visible) {
      this.first = first;
      this.visible = visible;
      this.host.requestUpdate();
    }
  }

  /** Scrolls so that a row is in view (keyboard moves), and renders the window around it. */
  reveal(position: number): void {
    const box = this.options.scroller();
    if (!box) return;
    const top = position * this.rowHeight;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + this.rowHeight * 2 > box.scrollTop + box.clientHeight)
      box.scrollTop = top + this.rowHeight * 3 - box.clientHeight;
    this.onScroll();
  }

  /** Measures a row, and sizes the spacers of `total` rows. */
  private layout(table: HTMLElement, total: number): void {
    const row = table.querySelector<HTMLElement>('tbody tr.line');
    if (row && Math.abs(row.offsetHeight - this.rowHeight) > 0.5) {
      this.rowHeight = row.offsetHeight;
      this.host.requestUpdate();
    }
    const { first, last } = this.window(total);
    table.querySelector<HTMLElement>('.spacer.before')?.style.setProperty('block-size', `${first * this.rowHeight}px`);
    table
      .querySelector<HTMLElement>('.spacer.after')
      ?.style.setProperty('block-size', `${(total - last) * this.rowHeight}px`);
  }
}
