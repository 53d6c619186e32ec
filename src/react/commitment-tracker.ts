import type * as React from 'react';
import { OgCommitmentTracker, type OgCommitmentToggleDetail } from '../commitment-tracker/index.js';
import { dataEvents, eventName, reactWidget } from './events.js';

/** The events of {@link CommitmentTracker}, as `createComponent` takes them: `og-load`, `og-error` and its own. */
export const commitmentTrackerEvents = {
  ...dataEvents<OgCommitmentTracker>(),
  /** `og-commitment-toggle`: a commitment was expanded or collapsed. */
  onOgCommitmentToggle: eventName<OgCommitmentToggleDetail>('og-commitment-toggle'),
};

/** The event handler props of {@link CommitmentTracker}. */
export type CommitmentTrackerEvents = typeof commitmentTrackerEvents;

/** `<og-commitment-tracker>` as a React component: its properties as props (`data`, `layout`, …), its events as `onOg…` props. */
export const CommitmentTracker = reactWidget('og-commitment-tracker', OgCommitmentTracker, commitmentTrackerEvents);

export type CommitmentTrackerProps = React.ComponentProps<typeof CommitmentTracker>;
