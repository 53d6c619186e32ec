import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs a refresh every few minutes while the element is in the page and the page is visible (a
 * tab in the background does not fetch), from the element's `refresh` attribute.
 */
export class RefreshController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { minutes: () => number | undefined; refresh: () => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.restart();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearInterval(this.timer);
  }

  /** Starts again with the current number of minutes (call it when the attribute changes). */
  restart(): void {
    clearInterval(this.timer);
    const minutes = Number(this.options.minutes());
    if (!this.connected || !minutes || minutes <= 0) return;
    this.timer = setInterval(
      () => {
        if (document.visibilityState === 'visible') this.options.refresh();
      },
      Math.max(1, minutes) * 60_000,
    );
  }
}
