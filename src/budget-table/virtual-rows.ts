// Only the rows in view, for long budgets (above VIRTUALIZE_ABOVE rows, in table.ts): a window of
// rows around the scroll position, with spacers above and below that keep the scrollbar true. Set
// through the CSSOM (a strict CSP allows it, unlike style="…"). A chunk of its own, with its
// styles, which the element loads for budgets long enough to need it.
import { css, type ReactiveController, type ReactiveElement } from 'lit';

/** Rows rendered beyond the view, above and below, so that scrolling does not show blanks. */
const OVERSCAN = 12;

export class VirtualRowsController implements ReactiveController {
  /** The first row rendered, and how many. */
  first = 0;
  visible = 30;
  /** Measured from a rendered row. */
  rowHeight = 44;
  /** How many rows the long table has, as of its last render. */
  private total = 0;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The box that scrolls (table.ts's), once rendered. */
  private scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  /** After each render of a long table: a row measured, the spacers sized. */
  hostUpdated(): void {
    const table = this.host.renderRoot.querySelector<HTMLElement>('.scroller.virtual table');
    if (table) this.layout(table, this.total);
  }

  /** The rows a long table renders: the window around the scroll position. */
  window(total: number): { first: number; last: number } {
    this.total = total;
    const first = Math.max(0, Math.min(this.first, total - this.visible));
    return { first, last: Math.min(total, first + this.visible) };
  }

  /** Back to the top (another set of rows). */
  reset(): void {
    this.first = 0;
  }

  /** Follows the scroll position. */
  onScroll(): void {
    const box = this.scroller();
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
    const box = this.scroller();
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

/** The look of a long table, which joins the element's styles when this code loads. */
export const styles = css`
  :host {
    --_row-block-size: var(--og-budget-row-block-size, 2.75rem);
  }

  .scroller.virtual {
    max-block-size: var(--og-budget-max-block-size, 70vh);
    overflow-y: auto;
  }

  .scroller.virtual tr.line {
    block-size: var(--_row-block-size);
  }

  .scroller.virtual .label-cell {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-inline-size: 28rem;
  }

  .spacer td {
    padding: 0;
    border: 0;
  }

  @media print {
    .scroller.virtual {
      max-block-size: none;
      overflow: visible;
    }
  }
`;
