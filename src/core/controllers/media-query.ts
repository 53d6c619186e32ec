import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether a media query matches, followed live: a narrow screen that turns wide re-renders. */
export class MediaQueryController implements ReactiveController {
  /** Whether the query matches now. */
  matches = false;
  private list?: MediaQueryList;
  private readonly onChange = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.list = matchMedia(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
  }
}
