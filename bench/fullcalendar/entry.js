// Bundled by bench/calendar.bench.mjs into one script for the benchmark page.
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import iCalendarPlugin from '@fullcalendar/icalendar';

window.FullCalendarBench = { Calendar, dayGridPlugin, iCalendarPlugin };
