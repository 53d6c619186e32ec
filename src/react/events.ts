import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { OgElement, OgErrorDetail, OgLoadDetail } from '../core/index.js';
import type { WidgetTag } from '../widgets.js';

/** The model a widget reads its data into (what `og-load` carries as `detail.data`). */
export type ModelOf<TElement> = TElement extends OgElement<infer TModel> ? TModel : unknown;

/** The handler props of the events every widget fires about its data. */
export type DataEvents<TElement> = {
  /** `og-load`: the data has loaded and been read; `detail.data` is the widget's model of it. */
  onOgLoad: EventName<CustomEvent<OgLoadDetail<ModelOf<TElement>>>>;
  /** `og-error`: the data could not be loaded or read (or refreshed). */
  onOgError: EventName<CustomEvent<OgErrorDetail>>;
};

/** Names a DOM event for `createComponent`, with the type its handler prop receives. */
export function eventName<TDetail>(name: string): EventName<CustomEvent<TDetail>> {
  return name as EventName<CustomEvent<TDetail>>;
}

/** `og-load` and `og-error`, for `createComponent`'s `events`. */
export function dataEvents<TElement>(): DataEvents<TElement> {
  return { onOgLoad: eventName('og-load'), onOgError: eventName('og-error') };
}

/**
 * A widget as a React component named after its tag (`og-budget-table` → `BudgetTable`): its
 * properties as props, and its events as the `onOg…` props of `events`.
 */
export function reactWidget<TElement extends HTMLElement, TEvents extends Record<string, EventName | string>>(
  tagName: WidgetTag,
  elementClass: new () => TElement,
  events: TEvents,
): ReactWebComponent<TElement, TEvents> {
  const displayName = tagName
    .replace(/^og-/, '')
    .replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}
