// Reading an action plan from CSV, loaded only when a tracker's source is CSV: the synonyms in
// three languages and the column logic stay out of the bundle for JSON users.
import {
  validationError,
  isIsoDate,
  mapCsvColumns,
  languageFields,
  textFrom,
  splitList,
  matchWord,
  wordCell,
  parseLocaleNumber,
  excerpt,
  type CsvTable,
  type CsvField,
  type ValidationProblem,
} from '../core/index.js';
import {
  COMPLETION_LEVELS,
  OPENED_GOVERNMENT_LEVELS,
  finish,
  readEvidence,
  type Commitment,
  type CompletionLevel,
  type Institution,
  type OpenedGovernment,
  type Origin,
  type PlanModel,
  type Sector,
} from './model.js';

// One row per milestone, the commitment's columns repeated on each of its rows.

/** Words spreadsheets use for each completion level, in English, French and Arabic. */
const STATUS_WORDS: Record<CompletionLevel, string[]> = {
  'not-started': ['not started', 'non commence', 'non demarre', 'pas commence', 'لم يبدأ', 'لم ينطلق'],
  limited: ['limited', 'limite', 'limitee', 'محدود'],
  substantial: ['substantial', 'substantiel', 'substantielle', 'avance', 'كبير', 'جوهري', 'متقدم'],
  complete: ['complete', 'completed', 'complet', 'acheve', 'termine', 'realise', 'مكتمل', 'منجز'],
  'no-evidence': ['no evidence', 'no evidence available', 'pas de preuve', 'aucune preuve', 'لا أدلة', 'لا دليل'],
  withdrawn: ['withdrawn', 'retire', 'abandonne', 'مسحوب', 'ملغى'],
};
const OPENED_WORDS: Record<OpenedGovernment, string[]> = {
  worsened: ['worsened', 'aggrave', 'a empire', 'تراجع'],
  'did-not-change': ['did not change', 'no change', 'inchange', 'pas de changement', 'لم يتغير'],
  marginal: ['marginal', 'marginale', 'هامشي'],
  major: ['major', 'majeur', 'important', 'كبير'],
  outstanding: ['outstanding', 'exceptionnel', 'remarquable', 'استثنائي'],
};
const SECTOR_WORDS: Record<Sector, string[]> = {
  government: ['government', 'gouvernement', 'gov', 'public', 'administration', 'حكومة', 'حكومي', 'عمومي'],
  'civil-society': [
    'civil society',
    'civil-society',
    'societe civile',
    'association',
    'ong',
    'ngo',
    'مجتمع مدني',
    'المجتمع المدني',
    'جمعية',
  ],
  private: ['private', 'private sector', 'prive', 'secteur prive', 'entreprise', 'خاص', 'القطاع الخاص'],
  academia: [
    'academia',
    'academic',
    'university',
    'universite',
    'universitaire',
    'academique',
    'recherche',
    'جامعة',
    'أكاديمي',
    'جامعي',
  ],
  other: ['other', 'autre', 'أخرى', 'آخر'],
};

/** Reads `Commune du Kef (government)` or `Association Kef Citoyenne [société civile]`. */
export function parseInstitution(text: string): Institution {
  const match = /^(.*?)\s*[([]([^)\]]+)[)\]]\s*$/.exec(text);
  const sector = match ? matchWord(SECTOR_WORDS, match[2]!) : undefined;
  return sector ? { name: match![1]!, sector } : { name: text, sector: 'other' };
}

/** Reads `Rapport d'audit https://…` or a bare URL. */
function parseEvidenceCell(text: string): { title: string; url: string } {
  const match = /^(.*?)\s*<?(\S+:\S+?)>?$/.exec(text.trim());
  return match && match[1] ? { title: match[1], url: match[2]! } : { title: text, url: text };
}

/** Text columns that may come in several languages (`title_fr`, `title_ar`). */
type TextField = 'title' | 'summary' | 'problem' | 'milestone';
/** The columns og-commitment-tracker reads (plus language variants such as `title_ar`). */
export const PLAN_CSV_FIELDS: readonly CsvField[] = [
  {
    name: 'id',
    required: true,
    aliases: ['commitment id', 'commitment', 'engagement', 'id engagement', 'رقم الالتزام'],
  },
  { name: 'title', aliases: ['commitment title', 'titre', 'intitule', 'engagement titre', 'العنوان', 'الالتزام'] },
  { name: 'summary', aliases: ['description', 'resume', 'ملخص'] },
  { name: 'problem', aliases: ['probleme', 'probleme public', 'public problem', 'الإشكالية'] },
  { name: 'themes', aliases: ['theme', 'thematiques', 'thematique', 'policy areas', 'المحاور'] },
  {
    name: 'lead',
    aliases: [
      'lead institution',
      'lead institutions',
      'porteur',
      'porteurs',
      'institution responsable',
      'الجهة المسؤولة',
    ],
  },
  { name: 'supporting', aliases: ['partners', 'partenaires', 'supporting institutions', 'الشركاء'] },
  { name: 'status', required: true, aliases: ['statut', 'etat', 'completion', 'الحالة'] },
  { name: 'progress', aliases: ['avancement', 'progression', '%', 'التقدم'] },
  { name: 'openedGovernment', aliases: ['opened government', 'did it open government', 'ouverture', 'انفتاح'] },
  { name: 'start', aliases: ['debut', 'date debut', 'date de debut', 'البداية'] },
  { name: 'end', aliases: ['fin', 'date fin', 'date de fin', 'النهاية'] },
  { name: 'milestone_id', aliases: ['milestone id', 'id jalon', 'jalon id'] },
  { name: 'milestone', aliases: ['milestone title', 'jalon', 'etape', 'المرحلة'] },
  { name: 'due', aliases: ['milestone due', 'echeance', 'date echeance', 'الأجل'] },
  {
    name: 'completed',
    aliases: ['milestone completed', 'realise le', 'date realisation', 'acheve le', 'تاريخ الإنجاز'],
  },
  { name: 'evidence', aliases: ['evidence url', 'preuve', 'preuves', 'justificatif', 'الأدلة'] },
];

/** Headers' first words that name a text column with language variants (`titre_ar`). */
const TEXT_FIELD_WORDS: Record<string, TextField> = {
  title: 'title',
  titre: 'title',
  intitule: 'title',
  summary: 'summary',
  resume: 'summary',
  description: 'summary',
  problem: 'problem',
  probleme: 'problem',
  milestone: 'milestone',
  jalon: 'milestone',
  etape: 'milestone',
};

/**
 * Reads an action plan from a CSV table: one row per milestone, grouped by commitment id, with
 * headers mapped through `columns` (or matched by name and common French and Arabic synonyms).
 * Text columns may come in several languages: `title_fr`, `title_ar`.
 * @throws OgDataError (`validation`) naming each bad row and column.
 */
export function parsePlanCsv(table: CsvTable, columns: Record<string, string> = {}, baseUrl?: string): PlanModel {
  const mapped = mapCsvColumns(
    table,
    [...PLAN_CSV_FIELDS, ...languageFields(table, columns, TEXT_FIELD_WORDS)],
    columns,
  );
  const header = (field: string) => mapped.headerOf[field] ?? field;
  const problems: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  const byId = new Map<string, { commitment: Commitment; origin: Origin; milestoneOrigins: Origin[] }>();

  const date = (row: number, values: Record<string, string>, field: string): string | undefined => {
    const value = values[field];
    if (!value) return undefined;
    if (!isIsoDate(value)) {
      problems.push({ row, field: header(field), expected: 'date', received: excerpt(value) });
      return undefined;
    }
    return value;
  };

  for (const { row, values } of mapped.rows) {
    const id = values.id;
    if (!id) {
      problems.push({ row, field: header('id'), expected: 'present' });
      continue;
    }
    let entry = byId.get(id);
    if (!entry) {
      const title = textFrom(values, 'title');
      if (!title) problems.push({ row, field: header('title'), expected: 'present' });
      const status = wordCell(
        STATUS_WORDS,
        { row, field: header('status'), value: values.status, required: true, allowed: COMPLETION_LEVELS },
        problems,
      );
      let progress: number | undefined;
      if (values.progress) {
        const number = parseLocaleNumber(values.progress.replace(/%\s*$/, ''));
        if (number === null || Number.isNaN(number))
          problems.push({ row, field: header('progress'), expected: 'number', received: excerpt(values.progress) });
        else if (number < 0 || number > 100)
          problems.push({
            row,
            field: header('progress'),
            expected: 'range',
            allowed: ['0', '100'],
            received: excerpt(values.progress),
          });
        else progress = number;
      }
      const openedGovernment = wordCell(
        OPENED_WORDS,
        {
          row,
          field: header('openedGovernment'),
          value: values.openedGovernment,
          allowed: OPENED_GOVERNMENT_LEVELS,
        },
        problems,
      );
      const commitment: Commitment = {
        id,
        title: title ?? '',
        summary: textFrom(values, 'summary'),
        problem: textFrom(values, 'problem'),
        themes: splitList(values.themes),
        lead: splitList(values.lead).map(parseInstitution),
        supporting: splitList(values.supporting).map(parseInstitution),
        status: status ?? 'no-evidence',
        progress,
        openedGovernment,
        start: date(row, values, 'start'),
        end: date(row, values, 'end'),
        milestones: [],
      };
      entry = { commitment, origin: { row }, milestoneOrigins: [] };
      byId.set(id, entry);
    }
    const milestoneTitle = textFrom(values, 'milestone');
    if (milestoneTitle) {
      const origin: Origin = { row };
      entry.commitment.milestones.push({
        id: values.milestone_id || String(entry.commitment.milestones.length + 1),
        title: milestoneTitle,
        due: date(row, values, 'due'),
        completed: date(row, values, 'completed') ?? null,
        evidence: splitList(values.evidence).map((cell) =>
          readEvidence(parseEvidenceCell(cell), origin, warnings, baseUrl),
        ),
      });
      entry.milestoneOrigins.push(origin);
    }
  }
  if (problems.length) throw validationError(problems, 'action plan');
  const entries = [...byId.values()];
  return finish(
    { commitments: entries.map((entry) => entry.commitment) },
    entries.map((entry) => entry.origin),
    entries.map((entry) => entry.milestoneOrigins),
    warnings,
  );
}
