import type * as React from 'react';
import type { EventName, ReactWebComponent } from '@lit/react';
import { OgCommitmentTracker, type OgCommitmentToggleDetail } from '../commitment-tracker/index.js';
import { dataEvents, eventName, reactWidget, type DataEvents } from './events.js';

/** The event handler props of {@link CommitmentTracker}. */
export type CommitmentTrackerEvents = DataEvents<OgCommitmentTracker> & {
  /** `og-commitment-toggle`: a commitment was expanded or collapsed. */
  onOgCommitmentToggle: EventName<CustomEvent<OgCommitmentToggleDetail>>;
};

export const commitmentTrackerEvents: CommitmentTrackerEvents = {
  ...dataEvents<OgCommitmentTracker>(),
  onOgCommitmentToggle: eventName('og-commitment-toggle'),
};

/** `<og-commitment-tracker>` as a React component: its properties as props (`data`, `layout`, …), its events as `onOg…` props. */
export const CommitmentTracker: ReactWebComponent<OgCommitmentTracker, CommitmentTrackerEvents> = reactWidget(
  'og-commitment-tracker',
  OgCommitmentTracker,
  commitmentTrackerEvents,
);

export type CommitmentTrackerProps = React.ComponentProps<typeof CommitmentTracker>;
