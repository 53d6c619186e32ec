// Reading the register from a clerk's spreadsheet (CSV), loaded only when a log's source is CSV:
// one row per suggestion, headers in French, Arabic or English, status and channel words in the
// three languages, dates as spreadsheets write them (`15/10/2026`). Columns that hold personal
// data are never read: they are only named, for the warning.
import {
  validationError,
  mapCsvColumns,
  wordCell,
  excerpt,
  languageFields,
  textFrom,
  splitList,
  readSpreadsheetDate,
  type CsvTable,
  type CsvField,
  type ValidationProblem,
} from '../core/index.js';
import {
  RESPONSE_STATUSES,
  CHANNELS,
  finish,
  isPersonalField,
  readLink,
  type Channel,
  type Origin,
  type ResponseModel,
  type ResponseStatus,
  type Suggestion,
} from './model.js';

/** Words clerks use for each status, in English, French and Arabic (case and accents ignored). */
const STATUS_WORDS: Record<ResponseStatus, string[]> = {
  received: [
    'received',
    'new',
    'recu',
    'recue',
    'nouveau',
    'nouvelle',
    'enregistre',
    'enregistree',
    'تم الاستلام',
    'مستلم',
    'وارد',
    'جديد',
  ],
  'under-review': [
    'under review',
    'in review',
    'in progress',
    'en cours',
    'en cours d examen',
    'en examen',
    'a l etude',
    'a l examen',
    'en traitement',
    'قيد الدراسة',
    'قيد المعالجة',
    'قيد الدرس',
  ],
  accepted: [
    'accepted',
    'adopted',
    'accepte',
    'acceptee',
    'retenu',
    'retenue',
    'adopte',
    'adoptee',
    'approuve',
    'مقبول',
    'تم القبول',
    'مقبولة',
  ],
  'partly-accepted': [
    'partly accepted',
    'partially accepted',
    'partiellement accepte',
    'partiellement acceptee',
    'partiellement retenu',
    'partiellement retenue',
    'accepte en partie',
    'retenu en partie',
    'مقبول جزئيا',
    'مقبولة جزئيا',
    'قبول جزئي',
  ],
  'not-retained': [
    'not retained',
    'not accepted',
    'rejected',
    'declined',
    'non retenu',
    'non retenue',
    'rejete',
    'rejetee',
    'refuse',
    'refusee',
    'غير مقبول',
    'غير مقبولة',
    'مرفوض',
    'مرفوضة',
  ],
  'already-planned': [
    'already planned',
    'already done',
    'deja prevu',
    'deja prevue',
    'deja realise',
    'deja realisee',
    'deja programme',
    'deja programmee',
    'مبرمج',
    'مبرمج سابقا',
    'منجز سابقا',
  ],
  referred: [
    'referred',
    'outside our competence',
    'not our competence',
    'hors competence',
    'transmis',
    'transmise',
    'reoriente',
    'reorientee',
    'خارج الاختصاص',
    'محال',
    'محالة',
  ],
  closed: ['closed', 'clos', 'close', 'cloture', 'cloturee', 'ferme', 'fermee', 'مغلق', 'مغلقة'],
};

const CHANNEL_WORDS: Record<Channel, string[]> = {
  online: [
    'web',
    'website',
    'form',
    'en ligne',
    'site',
    'site web',
    'formulaire',
    'plateforme',
    'عبر الإنترنت',
    'إلكتروني',
    'الموقع',
    'المنصة',
  ],
  meeting: [
    'consultation',
    'workshop',
    'reunion',
    'atelier',
    'assemblee',
    'rencontre',
    'اجتماع',
    'لقاء',
    'ورشة',
    'جلسة',
  ],
  letter: ['mail', 'post', 'courrier', 'lettre', 'رسالة', 'مراسلة', 'بريد'],
  email: ['e-mail', 'courriel', 'mel', 'بريد إلكتروني', 'البريد الإلكتروني'],
  phone: ['telephone', 'appel', 'هاتف', 'الهاتف'],
  'social-media': ['social media', 'social', 'facebook', 'reseaux sociaux', 'مواقع التواصل', 'شبكات التواصل'],
  visit: ['in person', 'counter', 'visite', 'guichet', 'accueil', 'bureau d ordre', 'زيارة', 'مكتب الضبط', 'الشباك'],
  other: ['autre', 'autres', 'أخرى', 'آخر'],
};

/** The columns og-response-log reads (plus language variants such as `text_ar`). */
export const RESPONSE_CSV_FIELDS: readonly CsvField[] = [
  {
    name: 'reference',
    required: true,
    aliases: [
      'ref',
      'reference number',
      'numero',
      'n°',
      'no',
      'n reference',
      'numero de reference',
      'المرجع',
      'رقم المرجع',
      'الرقم',
    ],
  },
  {
    name: 'received',
    required: true,
    aliases: [
      'date',
      'date received',
      'recu le',
      'date de reception',
      'date reception',
      'date de depot',
      'تاريخ الاستلام',
      'تاريخ الورود',
      'التاريخ',
    ],
  },
  { name: 'channel', aliases: ['canal', 'mode', 'source', 'القناة', 'الوسيلة'] },
  {
    name: 'area',
    aliases: [
      'zone',
      'province',
      'delegation',
      'commune',
      'quartier',
      'district',
      'secteur',
      'المنطقة',
      'الإقليم',
      'المعتمدية',
      'الحي',
    ],
  },
  { name: 'topic', aliases: ['theme', 'sujet', 'objet', 'domaine', 'الموضوع', 'المحور', 'المجال'] },
  { name: 'commitments', aliases: ['commitment', 'engagement', 'engagements', 'الالتزام', 'الالتزامات'] },
  { name: 'text', aliases: ['suggestion', 'texte', 'proposition', 'contenu', 'المقترح', 'نص المقترح'] },
  { name: 'status', required: true, aliases: ['statut', 'etat', 'suite donnee', 'decision', 'الحالة', 'القرار'] },
  { name: 'answer', aliases: ['response', 'reponse', 'reponse motivee', 'motif', 'الرد', 'الجواب', 'الإجابة'] },
  {
    name: 'answered_by',
    aliases: ['answered by', 'repondu par', 'instance', 'organe', 'reponse de', 'الجهة المجيبة', 'الجهة'],
  },
  {
    name: 'answered',
    aliases: ['answer date', 'date de reponse', 'date reponse', 'repondu le', 'تاريخ الرد', 'تاريخ الإجابة'],
  },
  { name: 'links', aliases: ['link', 'liens', 'lien', 'documents', 'document', 'pv', 'الروابط', 'الوثائق'] },
];

/** Headers' first words that name a text column with language variants (`suggestion_ar`, `Réponse (fr)`). */
const TEXT_FIELD_WORDS: Record<string, 'text' | 'answer'> = {
  text: 'text',
  texte: 'text',
  suggestion: 'text',
  proposition: 'text',
  المقترح: 'text',
  answer: 'answer',
  response: 'answer',
  reponse: 'answer',
  'reponse motivee': 'answer',
  الرد: 'answer',
};

/** Reads `Procès-verbal https://…` or a bare URL. */
function linkCell(text: string): { title: string; url: string } {
  const match = /^(.*?)\s*<?(\S+:\S+?)>?$/.exec(text.trim());
  return match && match[1] ? { title: match[1], url: match[2]! } : { title: text, url: text };
}

/**
 * Reads a register from a CSV table: one row per suggestion, headers mapped through `columns` (or
 * matched by name and common French and Arabic synonyms). Text columns may come in several
 * languages: `suggestion_fr`, `Réponse (ar)`. Personal columns (a name, an email) are left unread.
 * @throws OgDataError (`validation`) naming each bad row and column.
 */
export function parseRegisterCsv(
  table: CsvTable,
  columns: Record<string, string> = {},
  baseUrl?: string,
): ResponseModel {
  const mapped = mapCsvColumns(
    table,
    [...RESPONSE_CSV_FIELDS, ...languageFields(table, columns, TEXT_FIELD_WORDS)],
    columns,
  );
  const header = (field: string) => mapped.headerOf[field] ?? field;
  const read = new Set(Object.values(mapped.headerOf));
  const personal = table.headers.filter((name) => !read.has(name) && isPersonalField(name));
  const problems: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  const origins: Origin[] = [];

  const date = (row: number, values: Record<string, string>, field: string): string | undefined => {
    const value = values[field];
    if (!value) return undefined;
    const iso = readSpreadsheetDate(value);
    if (!iso) problems.push({ row, field: header(field), expected: 'date', received: excerpt(value) });
    return iso;
  };

  const suggestions = mapped.rows.flatMap(({ row, values }): Suggestion[] => {
    // A row with nothing in it (a spreadsheet's trailing lines) is not a suggestion.
    if (Object.values(values).every((value) => value === '')) return [];
    const origin: Origin = { row };
    const reference = values.reference;
    if (!reference) problems.push({ row, field: header('reference'), expected: 'present' });
    const received = date(row, values, 'received');
    if (!values.received) problems.push({ row, field: header('received'), expected: 'present' });
    const text = textFrom(values, 'text');
    if (!text) problems.push({ row, field: header('text'), expected: 'present' });
    const status = wordCell(
      STATUS_WORDS,
      { row, field: header('status'), value: values.status, required: true, allowed: RESPONSE_STATUSES },
      problems,
    );
    const channel = wordCell(
      CHANNEL_WORDS,
      { row, field: header('channel'), value: values.channel, allowed: CHANNELS },
      problems,
    );
    const answerText = textFrom(values, 'answer');
    const answered = date(row, values, 'answered');
    origins.push(origin);
    return [
      {
        reference: reference ?? '',
        received: received ?? '',
        channel,
        area: values.area || undefined,
        topic: values.topic || undefined,
        commitments: splitList(values.commitments),
        text: text ?? '',
        status: status ?? 'received',
        answer: answerText ? { text: answerText, by: values.answered_by || undefined, date: answered } : undefined,
        links: splitList(values.links).map((cell) => readLink(linkCell(cell), origin, warnings, baseUrl)),
      },
    ];
  });
  if (problems.length) throw validationError(problems, 'register of suggestions');
  return finish({ suggestions }, (index) => origins[index]!, personal, warnings);
}
