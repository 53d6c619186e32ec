// Reading consultation events from a CSV table (one row per meeting): loaded only for CSV sources.
import {
  validationError,
  isIsoDateTime,
  excerpt,
  parseLocaleNumber,
  mapCsvColumns,
  matchWord,
  type CsvField,
  type CsvTable,
  type ValidationProblem,
} from '../core/index.js';
import {
  defaultRange,
  type CalendarEvent,
  type EventList,
  type EventStatus,
  type Mode,
  type DateRange,
} from './model.js';
import { occurrencesOf } from './occurrences.js';

/** The columns og-consultation-calendar reads from a CSV file. */
export const EVENTS_CSV_FIELDS: readonly CsvField[] = [
  { name: 'id', aliases: ['uid', 'identifiant'] },
  { name: 'title', required: true, aliases: ['titre', 'intitule', 'reunion', 'summary', 'العنوان'] },
  { name: 'start', required: true, aliases: ['debut', 'date debut', 'date', 'البداية', 'التاريخ'] },
  { name: 'end', aliases: ['fin', 'date fin', 'النهاية'] },
  { name: 'location', aliases: ['lieu', 'adresse', 'المكان'] },
  { name: 'online', aliases: ['lien', 'en ligne', 'visio', 'الرابط'] },
  { name: 'area', aliases: ['province', 'zone', 'arrondissement', 'الإقليم', 'المنطقة'] },
  { name: 'topic', aliases: ['theme', 'sujet', 'الموضوع'] },
  { name: 'mode', aliases: ['format', 'modalite', 'الصيغة'] },
  { name: 'status', aliases: ['statut', 'etat', 'الحالة'] },
  { name: 'description', aliases: ['details', 'الوصف'] },
  { name: 'capacity', aliases: ['places', 'capacite', 'المقاعد'] },
  { name: 'remaining', aliases: ['places restantes', 'المقاعد المتبقية'] },
  { name: 'registration', aliases: ['inscription', 'التسجيل'] },
];

const MODE_WORDS: Record<Mode, string[]> = {
  'in-person': ['in person', 'presentiel', 'sur place', 'حضوري'],
  online: ['en ligne', 'distanciel', 'visioconference', 'عن بعد'],
  hybrid: ['hybride', 'mixte', 'مختلط'],
};
const STATUS_WORDS: Record<EventStatus, string[]> = {
  confirmed: ['confirme', 'maintenu', 'مؤكد'],
  tentative: ['provisoire', 'a confirmer', 'مبدئي'],
  cancelled: ['canceled', 'annule', 'ملغى', 'ملغاة'],
};

/** Reads events from a CSV table (one row per meeting), mapped through `columns`. */
export function parseEventsCsv(
  table: CsvTable,
  options: { columns?: Record<string, string>; timeZone?: string; calendar?: number; range?: DateRange } = {},
): EventList {
  const mapped = mapCsvColumns(table, EVENTS_CSV_FIELDS, options.columns ?? {});
  const problems: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  const range = options.range ?? defaultRange();
  const header = (field: string) => mapped.headerOf[field] ?? field;
  const events: CalendarEvent[] = [];
  mapped.rows.forEach(({ row, values }, index) => {
    const date = (field: 'start' | 'end') => {
      const text = values[field]?.trim().replace(/^(\d{2})\/(\d{2})\/(\d{4})/, '$3-$2-$1');
      if (!text) return undefined;
      if (!isIsoDateTime(text)) {
        problems.push({ row, field: header(field), expected: 'date', received: excerpt(values[field]) });
        return undefined;
      }
      return text;
    };
    const start = date('start');
    const end = date('end');
    const number = (field: string) => {
      const parsed = values[field] ? parseLocaleNumber(values[field]) : null;
      if (parsed !== null && Number.isNaN(parsed))
        problems.push({ row, field: header(field), expected: 'number', received: excerpt(values[field]) });
      return parsed === null || Number.isNaN(parsed) ? undefined : parsed;
    };
    const capacity = number('capacity');
    const remaining = number('remaining');
    if (!values.title) problems.push({ row, field: header('title'), expected: 'present' });
    if (!start) {
      if (!values.start) problems.push({ row, field: header('start'), expected: 'present' });
      return;
    }
    const mode = values.mode ? matchWord(MODE_WORDS, values.mode) : undefined;
    const status = values.status ? matchWord(STATUS_WORDS, values.status) : undefined;
    events.push(
      ...occurrencesOf(
        {
          id: values.id || undefined,
          title: values.title ?? '',
          start,
          end,
          location: values.location || undefined,
          online: values.online || undefined,
          mode,
          area: values.area || undefined,
          topic: values.topic || undefined,
          status: status ?? 'confirmed',
          description: values.description || undefined,
          documents: [],
          registration:
            values.registration || capacity !== undefined || remaining !== undefined
              ? { url: values.registration || undefined, capacity, remaining }
              : undefined,
        },
        index,
        { timeZone: options.timeZone, calendar: options.calendar ?? 0, range, warnings, row },
      ),
    );
  });
  if (problems.length) throw validationError(problems, 'events');
  return { events, warnings };
}
