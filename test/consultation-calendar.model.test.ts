import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  groupByDay,
  eventDays,
  monthGrid,
  filterEvents,
  subscribeUrl,
  type CalendarEvent,
} from '../src/consultation-calendar/model.js';
import { eventToIcs, icsFold, googleCalendarUrl, mapUrl } from '../src/consultation-calendar/export.js';
import { parseEventsJson } from '../src/consultation-calendar/json.js';
import { eventsFromIcs, expandRecurrence } from '../src/consultation-calendar/ics.js';
import { parseEventsCsv } from '../src/consultation-calendar/csv.js';
import { parseIcs } from '../src/core/data/ics.js';
import { parseCsv } from '../src/core/data/csv.js';
import { OgDataError } from '../src/core/data/errors.js';

const WINDOW = { start: new Date('2025-01-01T00:00:00Z'), end: new Date('2028-01-01T00:00:00Z') };
const wallClock = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
const ics = (body: string) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${body.trim().split('\n').join('\r\n')}\r\nEND:VCALENDAR\r\n`;
const read = (text: string, timeZone?: string) => eventsFromIcs(parseIcs(text), { range: WINDOW, timeZone });

describe('calendar model: iCalendar', () => {
  it('reads the El Kef feed: a monthly series with EXDATE and a moved occurrence, all-day, cancelled, UTC', async () => {
    const list = read(await (await fetch('/demo/data/elkef-consultations.ics')).text());
    expect(list.timeZone).to.equal('Africa/Tunis');
    const committee = list.events.filter((event) => event.id === 'comite-pilotage@elkef.example');
    const days = committee.map((event) => event.start.toISOString().slice(0, 10));
    expect(days).to.include('2026-10-20');
    expect(days, 'EXDATE').not.to.include('2026-11-17');
    expect(days, 'moved by RECURRENCE-ID').to.include('2026-12-16');
    expect(days).not.to.include('2026-12-15');
    const moved = committee.find((event) => event.start.toISOString().startsWith('2026-12-16'))!;
    expect(moved.title).to.equal('Comité de pilotage (reporté au mercredi)');
    expect(moved.location?.name).to.equal('Maison des jeunes du Kef');
    expect(wallClock(committee[0]!.start, 'Africa/Tunis')).to.equal('17:00');
    const first = committee[0]!;
    expect(first.location?.geo).to.deep.equal({ lat: 36.1742, lon: 8.7049 });
    expect(first.description).to.contain('(municipalité et société civile), ouverte au public');
    expect(first.organizer).to.equal('Municipalité du Kef');
    expect(first.area).to.equal('Centre-ville');
    const forum = list.events.find((event) => event.id === 'inclusion-forum@elkef.example')!;
    expect(forum.allDay).to.equal(true);
    expect(eventDays(forum, 'Africa/Tunis')).to.deep.equal(['2026-12-19', '2026-12-20']);
    expect(list.events.find((event) => event.id === 'quartiers-annule@elkef.example')!.status).to.equal('cancelled');
    const online = list.events.find((event) => event.id === 'budget-online@elkef.example')!;
    expect(online.mode).to.equal('online');
    expect(online.start.toISOString()).to.equal('2026-12-08T17:00:00.000Z');
    const audit = list.events.find((event) => event.id === 'audit-info@elkef.example')!;
    expect(audit.mode).to.equal('hybrid');
    expect(audit.documents[0]!.url).to.equal('https://example.org/elkef/rapport-audit-2026.pdf');
  });

  it('keeps a weekly meeting at 10:00 in Casablanca across Ramadan and the 2026 switch (browser tz data)', () => {
    const list = read(
      ics(`BEGIN:VEVENT
UID:weekly@bmk
DTSTAMP:20260101T000000Z
DTSTART;TZID=Africa/Casablanca:20260203T100000
DTEND;TZID=Africa/Casablanca:20260203T120000
RRULE:FREQ=WEEKLY;UNTIL=20261031T000000Z
SUMMARY:Permanence
END:VEVENT`),
    );
    expect(list.events.length).to.be.greaterThan(30);
    for (const event of list.events)
      expect(wallClock(event.start, 'Africa/Casablanca'), event.start.toISOString()).to.equal('10:00');
    const offsets = new Set(list.events.map((event) => event.start.getUTCHours()));
    expect(offsets.size, 'the UTC hour changes with Casablanca’s offset').to.be.greaterThan(1);
  });

  it('expands simple weekly and monthly rules the same way ical.js does, EXDATE and overrides included', () => {
    const body = (rule: string) =>
      ics(`BEGIN:VEVENT
UID:s@x
DTSTAMP:20260101T000000Z
DTSTART;TZID=Africa/Tunis:20260106T180000
DTEND;TZID=Africa/Tunis:20260106T190000
RRULE:${rule}
EXDATE;TZID=Africa/Tunis:20260113T180000
SUMMARY:Série
END:VEVENT
BEGIN:VEVENT
UID:s@x
DTSTAMP:20260101T000000Z
RECURRENCE-ID;TZID=Africa/Tunis:20260120T180000
DTSTART;TZID=Africa/Tunis:20260121T090000
DTEND;TZID=Africa/Tunis:20260121T100000
SUMMARY:Série (déplacée)
END:VEVENT`);
    const simple = read(body('FREQ=WEEKLY;COUNT=5')).events;
    // The same series, written so that only the general expansion (ical.js) applies.
    const general = read(body('FREQ=WEEKLY;COUNT=5;BYHOUR=18')).events;
    const summary = (list: CalendarEvent[]) =>
      list.map((event) => `${event.start.toISOString()} ${event.title}`).sort();
    expect(summary(simple)).to.deep.equal(summary(general));
    expect(summary(simple)).to.deep.equal([
      '2026-01-06T17:00:00.000Z Série',
      '2026-01-21T08:00:00.000Z Série (déplacée)',
      '2026-01-27T17:00:00.000Z Série',
      '2026-02-03T17:00:00.000Z Série',
    ]);
    const monthly = read(
      ics(`BEGIN:VEVENT
UID:m@x
DTSTAMP:20260101T000000Z
DTSTART;VALUE=DATE:20260131
RRULE:FREQ=MONTHLY;COUNT=4
SUMMARY:Fin de mois
END:VEVENT`),
    ).events;
    expect(monthly.map((event) => event.start.toISOString().slice(0, 10))).to.deep.equal([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
    ]);
  });

  it('reads Outlook zones by their VTIMEZONE, and warns about an unknown TZID', () => {
    const list = read(
      ics(`BEGIN:VTIMEZONE
TZID:W. Central Africa Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0100
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:outlook@x
DTSTAMP:20260101T000000Z
DTSTART;TZID=W. Central Africa Standard Time:20260310T170000
DTEND;TZID=W. Central Africa Standard Time:20260310T180000
SUMMARY:Outlook meeting
END:VEVENT
BEGIN:VEVENT
UID:unknown@x
DTSTAMP:20260101T000000Z
DTSTART;TZID=Mars/Olympus:20260310T170000
SUMMARY:Somewhere
END:VEVENT`),
      'Africa/Tunis',
    );
    expect(list.events.find((event) => event.id === 'outlook@x')!.start.toISOString()).to.equal(
      '2026-03-10T16:00:00.000Z',
    );
    expect(list.events.find((event) => event.id === 'unknown@x')!.start.toISOString()).to.equal(
      '2026-03-10T16:00:00.000Z',
    );
    expect(list.warnings.some((warning) => warning.field === 'TZID')).to.equal(true);
  });

  it('survives bad feeds: no VCALENDAR, DTEND before DTSTART, a huge description, javascript: URLs', () => {
    expect(() => parseIcs('BEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT')).to.throw(OgDataError, /VCALENDAR/);
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const list = read(
      ics(`BEGIN:VEVENT
UID:bad@x
DTSTAMP:20260101T000000Z
DTSTART:20260310T170000Z
DTEND:20260310T160000Z
SUMMARY:Backwards
URL:javascript:alert(1)
DESCRIPTION:${huge}
END:VEVENT`),
    );
    const event = list.events[0]!;
    expect(event.end.getTime() - event.start.getTime()).to.equal(3_600_000);
    expect(event.url).to.equal(undefined);
    expect(String(event.description).length).to.equal(huge.length);
    expect(list.warnings.map((warning) => warning.field)).to.include.members(['DTEND', 'URL']);
  });

  it('writes .ics that parses back to the same event, escaped and folded', () => {
    const event: CalendarEvent = {
      key: 'k1@test',
      id: 'k1',
      title: 'Forum citoyen; budget, 2027 — النقاش العام حول الميزانية وبرنامج التنمية الجهوية في الأقاليم الخمسة',
      description: 'Ligne 1\nLigne 2',
      start: new Date('2026-12-03T09:00:00Z'),
      end: new Date('2026-12-03T11:00:00Z'),
      allDay: false,
      location: { name: 'Salle, Hôtel de ville', geo: { lat: 36.17, lon: 8.7 } },
      mode: 'in-person',
      status: 'cancelled',
      documents: [],
      calendar: 0,
      recurring: false,
    };
    const text = eventToIcs(event, 'fr', new Date('2026-11-28T00:00:00Z'));
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    const component = new ICAL.Component(ICAL.parse(text) as never);
    const vevent = component.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).to.equal(event.title);
    expect(vevent.getFirstPropertyValue('description')).to.equal('Ligne 1\nLigne 2');
    expect(vevent.getFirstPropertyValue('location')).to.equal('Salle, Hôtel de ville');
    expect(vevent.getFirstPropertyValue('uid')).to.equal('k1@test');
    expect(vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(
      (vevent.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>).toJSDate().toISOString(),
    ).to.equal('2026-12-03T09:00:00.000Z');
    expect(
      icsFold('a'.repeat(200))
        .split('\r\n ')
        .map((part) => part.length),
    ).to.deep.equal([75, 74, 51]);
  });

  it('writes a zoned event in its wall time with TZID and VTIMEZONE, read back to the same instant', () => {
    const event: CalendarEvent = {
      key: 'z@test',
      id: 'z',
      title: 'Réunion',
      start: new Date('2026-12-03T09:00:00Z'),
      end: new Date('2026-12-03T10:30:00Z'),
      allDay: false,
      timeZone: 'Africa/Tunis',
      mode: 'in-person',
      status: 'confirmed',
      documents: [],
      calendar: 0,
      recurring: false,
    };
    const text = eventToIcs(event, 'fr');
    expect(text).to.contain('DTSTART;TZID=Africa/Tunis:20261203T100000');
    expect(text).to.contain('TZOFFSETTO:+0100');
    const back = read(text);
    expect(back.warnings).to.deep.equal([]);
    expect(back.events[0]!.start.toISOString()).to.equal('2026-12-03T09:00:00.000Z');
    expect(back.events[0]!.end.toISOString()).to.equal('2026-12-03T10:30:00.000Z');
  });

  it('expands a BYDAY rule with an EXDATE written in UTC, and moves an occurrence to a later month', () => {
    const feed = (end: string) =>
      eventsFromIcs(
        parseIcs(
          ics(`BEGIN:VEVENT
UID:tt@x
DTSTAMP:20260101T000000Z
DTSTART;TZID=Africa/Tunis:20260105T180000
DTEND;TZID=Africa/Tunis:20260105T190000
RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260115T170000Z
EXDATE:20260108T170000Z
SUMMARY:Permanence
END:VEVENT
BEGIN:VEVENT
UID:tt@x
DTSTAMP:20260101T000000Z
RECURRENCE-ID;TZID=Africa/Tunis:20260112T180000
DTSTART;TZID=Africa/Tunis:20260302T180000
DTEND;TZID=Africa/Tunis:20260302T190000
SUMMARY:Permanence (reportée)
END:VEVENT`),
        ),
        { range: { start: new Date('2026-01-01T00:00:00Z'), end: new Date(end) } },
      )
        .events.map((event) => `${event.start.toISOString()} ${event.title}`)
        .sort();
    const series = ['2026-01-05T17:00:00.000Z Permanence', '2026-01-15T17:00:00.000Z Permanence'];
    expect(feed('2026-04-01T00:00:00Z'), 'Jan 8 excluded, Jan 12 moved, UNTIL in UTC inclusive').to.deep.equal([
      ...series,
      '2026-03-02T17:00:00.000Z Permanence (reportée)',
    ]);
    expect(feed('2026-02-01T00:00:00Z'), 'moved past the window: neither the old nor the new date').to.deep.equal(
      series,
    );
  });

  it('reads JSON times with an offset, all-day ranges as written, and a bad recurrence as one meeting with a warning', () => {
    const list = parseEventsJson(
      [
        { id: 'o', title: 'Offset', start: '2026-12-03T10:00+01:00', end: '2026-12-03T12:00:00+0100' },
        { id: 'a', title: 'Forum', start: '2026-12-19', end: '2026-12-20', allDay: true },
        { id: 'one', title: 'Day', start: '2026-12-19T09:00', end: '2026-12-19T12:00', allDay: true },
        { id: 'r', title: 'Broken rule', start: '2026-12-05T10:00:00Z', recurrence: 'FREQ=SOMETIMES' },
      ],
      { range: WINDOW, expand: expandRecurrence },
    );
    const byId = (id: string) => list.events.filter((event) => event.id === id);
    expect(byId('o')[0]!.start.toISOString()).to.equal('2026-12-03T09:00:00.000Z');
    expect(byId('o')[0]!.end.toISOString()).to.equal('2026-12-03T11:00:00.000Z');
    expect(eventDays(byId('a')[0]!, 'Africa/Tunis'), 'the end is the last day').to.deep.equal([
      '2026-12-19',
      '2026-12-20',
    ]);
    expect(eventDays(byId('one')[0]!, 'Africa/Tunis'), 'all day: times dropped').to.deep.equal(['2026-12-19']);
    expect(byId('r')).to.have.length(1);
    expect(list.warnings.some((warning) => warning.field === 'recurrence')).to.equal(true);
  });
});

describe('calendar model: JSON, CSV and views', () => {
  it('reads JSON events in their zone, expands a recurrence, and names bad fields', async () => {
    const data = await (await fetch('/demo/data/bmk-consultations.json')).json();
    const list = parseEventsJson(data, { range: WINDOW, expand: expandRecurrence });
    const azilal = list.events.find((event) => event.id === 'pdr-0')!;
    expect(wallClock(azilal.start, 'Africa/Casablanca')).to.equal('10:00');
    expect(azilal.mode).to.equal('hybrid');
    expect(azilal.registration).to.include({ capacity: 80, remaining: 12 });
    expect(list.events.filter((event) => event.id === 'civil-forum').length).to.equal(4); // in the window: 2026-06, 2026-12, 2027-06, 2027-12
    const bad = () => parseEventsJson([{ title: 'x', start: '2026-02-30T10:00' }, { start: '2026-03-01' }]);
    expect(bad).to.throw(OgDataError);
  });

  it('reads a French CSV of meetings, dates as dd/mm/yyyy included', () => {
    const table = parseCsv(
      'Titre;Début;Fin;Lieu;Province;Format;Statut\nRéunion;03/12/2026 10:00;03/12/2026 12:00;Mairie;Azilal;Hybride;Annulé\n',
    );
    const list = parseEventsCsv(table, { timeZone: 'Africa/Tunis', range: WINDOW });
    expect(list.events[0]).to.include({ area: 'Azilal', mode: 'hybrid', status: 'cancelled' });
    expect(list.events[0]!.start.toISOString()).to.equal('2026-12-03T09:00:00.000Z');
    const forum = parseEventsCsv(parseCsv('Titre;Début;Fin\nForum;19/12/2026;20/12/2026\n'), {
      timeZone: 'Africa/Tunis',
      range: WINDOW,
    }).events[0]!;
    expect(eventDays(forum, 'Africa/Tunis')).to.deep.equal(['2026-12-19', '2026-12-20']);
    expect(() => parseEventsCsv(parseCsv('Titre;Début\nX;demain\n'))).to.throw(OgDataError);
  });

  it('groups by day in a zone: a late meeting in UTC is the next day in Tunis', () => {
    const late: CalendarEvent = {
      key: 'l',
      id: 'l',
      title: 'Late',
      start: new Date('2026-12-03T23:30:00Z'),
      end: new Date('2026-12-04T00:30:00Z'),
      allDay: false,
      mode: 'online',
      status: 'confirmed',
      documents: [],
      calendar: 0,
      recurring: false,
    };
    expect([...groupByDay([late], 'UTC').keys()]).to.deep.equal(['2026-12-03', '2026-12-04']);
    expect([...groupByDay([late], 'Africa/Tunis').keys()]).to.deep.equal(['2026-12-04']);
  });

  it('builds month grids that start on Monday, or on the day asked', () => {
    const weeks = monthGrid(2026, 12, 1);
    expect(weeks[0]![0]).to.equal('2026-11-30');
    expect(weeks[weeks.length - 1]![6]).to.equal('2027-01-03');
    expect(monthGrid(2026, 12, 6)[0]![0], 'Saturday start').to.equal('2026-11-28');
  });

  it('filters by area, topic, mode and words in any language', async () => {
    const list = parseEventsJson(await (await fetch('/demo/data/bmk-consultations.json')).json(), {
      range: WINDOW,
      expand: expandRecurrence,
    });
    expect(filterEvents(list.events, { area: 'Khénifra' }, 'fr').map((event) => event.id)).to.deep.equal(['pdr-3']);
    expect(filterEvents(list.events, { mode: 'hybrid', query: 'beni mellal' }, 'fr')).to.have.length(0);
    expect(filterEvents(list.events, { query: 'خريبكة' }, 'ar').map((event) => event.id)).to.deep.equal(['pdr-4']);
  });

  it('builds safe links: maps, Google Calendar, webcal', () => {
    const event = parseEventsJson([
      {
        id: 'x',
        title: 'Forum',
        start: '2026-12-18',
        allDay: true,
        location: { name: 'Conseil', geo: { lat: 32.3, lon: -6.3 } },
      },
    ]).events[0]!;
    expect(mapUrl(event)).to.equal('https://www.openstreetmap.org/?mlat=32.3&mlon=-6.3#map=17/32.3/-6.3');
    expect(googleCalendarUrl(event, 'fr')).to.contain('dates=20261218%2F20261219');
    expect(subscribeUrl('https://example.org/feed.ics')).to.equal('webcal://example.org/feed.ics');
    expect(subscribeUrl('javascript:alert(1)')).to.equal(undefined);
  });
});
