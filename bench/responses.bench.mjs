// Benchmark of <og-response-log> against Tabulator 6 showing the same register as a flat table
// (reference, received, status, area, topic, text, answer; newest first), on the same generated
// register of 20,000 suggestions in French and Arabic, in the same headless Chromium run.
//   npm run bench:responses     (builds the CDN bundle first)
//   BENCH_ENTRIES=50000 BENCH_RUNS=5 node bench/responses.bench.mjs
// Measures, for each library, on a fresh page (medians of RUNS runs):
// - paint: data given → first entries painted;
// - filter: a search typed (a French word with its accents, then an Arabic word typed without
//   diacritics or hamza) → the list and its count painted again;
// - heap: JS heap used after the paint.
// Exits 1 when we are slower than Tabulator on any of them (issue #15: at least as fast on both).
// Not part of `npm test`: numbers depend on the machine.
import {
  PAGE_TIMING,
  OURS_HEAD,
  TABULATOR_HEAD,
  benchPage,
  startBench,
  inFreshPage,
  median,
  ratio,
} from './lib/harness.mjs';

const COUNT = Number(process.env.BENCH_ENTRIES ?? 20000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * What a citizen types: in French with its accents; in Arabic without diacritics nor hamza (the data
 * writes it الإقليمية, الإِقْلِيمِيَّة, and sometimes الاقليمية). Two words of different topics, so that
 * the second search changes the count.
 */
const SEARCHES = [
  { key: 'filterFr', label: 'filter "éclairage"', term: 'éclairage' },
  { key: 'filterAr', label: 'filter "الاقليمية"', term: 'الاقليمية' },
];

/**
 * A register of `count` suggestions in our JSON format, the same on every call: received from
 * 2024 on, in that order; texts in French and Arabic, or in one of them; Arabic sometimes with its
 * diacritics, French sometimes without its accents; every status, and a reasoned answer for most
 * decided ones. Runs in the page (its source is injected).
 */
function generateRegister(count) {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const AREAS = [
    { fr: 'Béni Mellal', ar: 'بني ملال' },
    { fr: 'Khénifra', ar: 'خنيفرة' },
    { fr: 'Khouribga', ar: 'خريبكة' },
    { fr: 'Azilal', ar: 'أزيلال' },
    { fr: 'Fquih Ben Salah', ar: 'الفقيه بن صالح' },
  ];
  // Topic in French and Arabic; what a suggestion is about, in French with and without its accents,
  // and in Arabic as written, with its diacritics, and as typed on a phone (no hamza).
  const TOPICS = [
    [
      'Éclairage public',
      'الإنارة العمومية',
      "l'éclairage public",
      "l'eclairage public",
      'الإنارة العمومية',
      'الإِنَارَة العُمُومِيَّة',
      'الانارة العمومية',
    ],
    ['Transport', 'النقل', 'les lignes de bus', 'les lignes de bus', 'خطوط الحافلات', 'خُطُوط الحَافِلَات', 'خطوط الحافلات'],
    [
      'Eau potable',
      'الماء الصالح للشرب',
      "l'accès à l'eau",
      "l'acces a l'eau",
      'الماء الصالح للشرب',
      'المَاء الصَّالِح لِلشُّرْب',
      'الماء الصالح للشرب',
    ],
    ['Santé', 'الصحة', 'le centre de santé', 'le centre de sante', 'المركز الصحي', 'المَرْكَز الصِّحِّي', 'المركز الصحي'],
    [
      'Éducation',
      'التعليم',
      'les écoles rurales',
      'les ecoles rurales',
      'المدارس القروية',
      'المَدَارِس القَرَوِيَّة',
      'المدارس القروية',
    ],
    [
      'Routes',
      'الطرق',
      'la route provinciale',
      'la route provinciale',
      'الطريق الإقليمية',
      'الطَّرِيق الإِقْلِيمِيَّة',
      'الطريق الاقليمية',
    ],
    [
      'Espaces verts',
      'المساحات الخضراء',
      'les jardins publics',
      'les jardins publics',
      'الحدائق العمومية',
      'الحَدَائِق العُمُومِيَّة',
      'الحدائق العمومية',
    ],
    [
      'Emploi des jeunes',
      'تشغيل الشباب',
      "l'emploi des jeunes",
      "l'emploi des jeunes",
      'تشغيل الشباب',
      'تَشْغِيل الشَّبَاب',
      'تشغيل الشباب',
    ],
    [
      'Déchets',
      'النفايات',
      'la collecte des déchets',
      'la collecte des dechets',
      'جمع النفايات',
      'جَمْع النُّفَايَات',
      'جمع النفايات',
    ],
    [
      'Culture',
      'الثقافة',
      'la maison de la culture',
      'la maison de la culture',
      'دار الثقافة',
      'دَار الثَّقَافَة',
      'دار الثقافة',
    ],
  ];
  const CHANNELS = ['online', 'meeting', 'letter', 'email', 'phone', 'social-media', 'visit', 'other'];
  // Cumulative weights: received 15%, under review 20%, accepted 20%, partly 10%, not retained 15%…
  const STATUSES = [
    ['received', 0.15],
    ['under-review', 0.35],
    ['accepted', 0.55],
    ['partly-accepted', 0.65],
    ['not-retained', 0.8],
    ['already-planned', 0.88],
    ['referred', 0.95],
    ['closed', 1],
  ];
  const ANSWERS = {
    accepted: ["Retenue : elle est inscrite au plan d'action.", 'تم قبول المقترح وإدراجه في خطة العمل.'],
    'partly-accepted': [
      'Retenue en partie : le budget de cette année couvre la première tranche.',
      'تم قبول المقترح جزئيا في حدود ميزانية هذه السنة.',
    ],
    'not-retained': [
      "Non retenue : la commune n'a pas la compétence foncière.",
      'لم يتم قبول المقترح لعدم توفر العقار.',
    ],
    'already-planned': [
      'Déjà prévue au programme de développement régional.',
      'المشروع مبرمج سابقا في برنامج التنمية الجهوية.',
    ],
    referred: ['Transmise à la direction régionale compétente.', 'تمت إحالة المقترح على المديرية الجهوية المختصة.'],
    closed: ['Clôturée après la réunion publique du comité.', 'تم إغلاق الملف بعد الاجتماع العمومي للجنة.'],
  };
  const BODIES = [
    { fr: 'Comité de pilotage', ar: 'لجنة القيادة' },
    { fr: 'Commission des finances', ar: 'لجنة المالية' },
  ];
  const day = (offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86400000).toISOString().slice(0, 10);
  const span = 1060; // 2024-01-01 to 2026-11-26
  const suggestions = [];
  for (let index = 0; index < count; index++) {
    const offset = Math.floor((index * span) / count);
    const [topicFr, topicAr, subject, unaccented, written, vocalized, typed] = pick(TOPICS);
    const area = { ...pick(AREAS) }; // an object of its own, as a parsed file gives it
    const draw = random();
    const status = STATUSES.find(([, upTo]) => draw < upTo)[0];
    const fr = `Je propose d'améliorer ${random() < 0.3 ? unaccented : subject} à ${area.fr} : ${1 + (index % 40)} habitants sont concernés dans le quartier ${1 + (index % 17)}.`;
    const spelling = random();
    const ar = `أقترح تحسين ${spelling < 0.6 ? written : spelling < 0.85 ? vocalized : typed} في ${area.ar} لفائدة سكان الحي رقم ${1 + (index % 17)}.`;
    const language = random();
    const suggestion = {
      reference: `BMK-${2024 + Math.floor(offset / 365)}-${String(index + 1).padStart(5, '0')}`,
      received: day(offset),
      channel: pick(CHANNELS),
      area,
      topic: { fr: topicFr, ar: topicAr },
      text: language < 0.7 ? { fr, ar } : language < 0.85 ? fr : ar,
      status,
    };
    if (['accepted', 'partly-accepted', 'already-planned'].includes(status))
      suggestion.commitments = [`C${1 + (index % 12)}`];
    if (ANSWERS[status] && (status !== 'closed' || random() < 0.5)) {
      const [answerFr, answerAr] = ANSWERS[status];
      suggestion.answer = {
        text: { fr: answerFr, ar: answerAr },
        by: { ...pick(BODIES) },
        date: day(offset + 5 + Math.floor(random() * 85)),
      };
    }
    if (random() < 0.05)
      suggestion.links = [{ title: 'Procès-verbal', url: `https://example.org/pv/${index + 1}.pdf` }];
    suggestions.push(suggestion);
  }
  return {
    title: { fr: 'Suite donnée à vos suggestions', ar: 'مآل مقترحاتكم' },
    member: { fr: 'Région Béni Mellal-Khénifra', ar: 'جهة بني ملال خنيفرة' },
    updated: '2026-11-30',
    answerWithin: 30,
    suggestions,
  };
}

// Runs in the page: the register as Tabulator's flat rows, in French (the page's language) with
// the Arabic in fields that are searched but not shown, as a site would give it.
const FLAT_ROWS = `
const STATUS_FR = { received: 'Reçue', 'under-review': "En cours d'examen", accepted: 'Acceptée', 'partly-accepted': 'Acceptée en partie', 'not-retained': 'Non retenue', 'already-planned': 'Déjà prévue', referred: 'Transmise', closed: 'Close' };
const french = (text) => (text === undefined ? '' : typeof text === 'string' ? text : text.fr ?? text.ar ?? '');
const arabic = (text) => (text === undefined || typeof text === 'string' ? '' : text.ar ?? '');
function flatRows(register) {
  return register.suggestions.map((suggestion) => ({
    reference: suggestion.reference,
    received: suggestion.received,
    status: STATUS_FR[suggestion.status],
    area: french(suggestion.area),
    topic: french(suggestion.topic),
    text: french(suggestion.text),
    answer: french(suggestion.answer?.text),
    area_ar: arabic(suggestion.area),
    topic_ar: arabic(suggestion.topic),
    text_ar: arabic(suggestion.text),
    answer_ar: arabic(suggestion.answer?.text),
  }));
}
`;

const PAGE_HELPERS = `${generateRegister.toString()}\n${PAGE_TIMING}`;

// The element is on the page and its French messages are loaded before the clock starts (as the
// budget benchmark waits for its definition): what is timed is reading and drawing the register.
const OURS = `
window.runOurs = async (count, phase, searches) => {
  const register = generateRegister(count);
  const element = document.createElement('og-response-log');
  element.setAttribute('lang', 'fr');
  document.body.append(element);
  await customElements.whenDefined('og-response-log');
  await until(() => element.dataState === 'idle', 'the messages');
  const loaded = new Promise((resolve, reject) => {
    element.addEventListener('og-load', resolve, { once: true });
    element.addEventListener('og-error', (event) => reject(new Error(event.detail.error.detail)), { once: true });
  });
  const root = element.shadowRoot;
  const start = performance.now();
  element.data = register;
  await loaded;
  await element.updateComplete;
  await until(() => root.querySelector('.entries li'), 'the entries');
  await painted();
  const paint = performance.now() - start;
  const first = root.querySelector('.entries li').textContent;
  if (phase === 'paint') return { paint, first };
  const result = { paint, first };
  const search = root.querySelector('[role="search"] input[type="search"]');
  const countSentence = () => root.querySelector('.count')?.textContent;
  for (const { key, term } of searches) {
    const before = countSentence();
    const begin = performance.now();
    search.value = term;
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: term }));
    await element.updateComplete;
    await until(() => countSentence() !== before, 'the count');
    await painted();
    result[key] = performance.now() - begin;
    result[key + 'Shown'] = countSentence();
  }
  return result;
};
`;

const TABULATOR = `
window.runTabulator = async (count, phase, searches) => {
  const rows = flatRows(generateRegister(count));
  const host = document.createElement('div');
  document.body.append(host);
  const columns = ['reference', 'received', 'status', 'area', 'topic', 'text', 'answer'].map((field) => ({ title: field, field }));
  const start = performance.now();
  const table = new Tabulator(host, { data: rows, height: '600px', layout: 'fitColumns', columns, initialSort: [{ column: 'received', dir: 'desc' }] });
  await new Promise((resolve) => table.on('tableBuilt', resolve));
  await until(() => host.querySelector('.tabulator-row'), 'the rows');
  await painted();
  const paint = performance.now() - start;
  const first = table.getRows('active')[0].getData().reference;
  if (phase === 'paint') return { paint, first };
  const result = { paint, first };
  const fields = ['reference', 'area', 'topic', 'text', 'answer', 'area_ar', 'topic_ar', 'text_ar', 'answer_ar'];
  for (const { key, term } of searches) {
    const begin = performance.now();
    await new Promise((resolve) => {
      table.on('dataFiltered', () => resolve());
      // One inner array: any of the fields (Tabulator's "or").
      table.setFilter([fields.map((field) => ({ field, type: 'like', value: term }))]);
    });
    await painted();
    result[key] = performance.now() - begin;
    result[key + 'Shown'] = table.getDataCount('active') + ' of ' + table.getDataCount();
  }
  return result;
};
`;

const bench = await startBench({
  '/ours.html': benchPage({ lang: 'fr', head: OURS_HEAD, script: PAGE_HELPERS + OURS }),
  '/tabulator.html': benchPage({ lang: 'fr', head: TABULATOR_HEAD, script: PAGE_HELPERS + FLAT_ROWS + TABULATOR }),
});

const LIBRARIES = { ours: 'runOurs', tabulator: 'runTabulator' };
const KEYS = ['paint', ...SEARCHES.map((search) => search.key)];
const times = Object.fromEntries(
  Object.keys(LIBRARIES).map((library) => [library, Object.fromEntries([...KEYS, 'heap'].map((key) => [key, []]))]),
);
const shown = {};
try {
  // The libraries take turns, run after run, so that a busy moment of the machine falls on both.
  for (let index = 0; index < RUNS; index++) {
    for (const [library, run] of Object.entries(LIBRARIES)) {
      const first = await inFreshPage(bench, `/${library}.html`, run, COUNT, 'paint', SEARCHES);
      times[library].paint.push(first.result.paint);
      times[library].heap.push(first.heap);
      const second = await inFreshPage(bench, `/${library}.html`, run, COUNT, 'full', SEARCHES);
      for (const { key } of SEARCHES) times[library][key].push(second.result[key]);
      shown[library] = { first: first.result.first, ...second.result };
    }
  }
} finally {
  await bench.close();
}
const results = Object.fromEntries(
  Object.entries(times).map(([library, values]) => [
    library,
    Object.fromEntries(Object.entries(values).map(([key, list]) => [key, median(list)])),
  ]),
);

const { ours, tabulator } = results;
if (!shown.ours.first.includes(shown.tabulator.first))
  console.warn(
    `Not the same first entry: Tabulator shows ${shown.tabulator.first} first, we show "${shown.ours.first}"`,
  );
const labels = { paint: 'first paint', ...Object.fromEntries(SEARCHES.map((search) => [search.key, search.label])) };
console.log(`\n${COUNT.toLocaleString('en')} suggestions (fr/ar), medians of ${RUNS} runs, headless Chromium`);
console.log('\n| | og-response-log | Tabulator 6 (flat table) | ratio |');
console.log('| --- | --- | --- | --- |');
for (const key of KEYS)
  console.log(
    `| ${labels[key]} | ${ours[key].toFixed(0)} ms | ${tabulator[key].toFixed(0)} ms | ${ratio(ours[key], tabulator[key])} |`,
  );
console.log(
  `| JS heap after the paint | ${(ours.heap / 1048576).toFixed(0)} MB | ${(tabulator.heap / 1048576).toFixed(0)} MB | |`,
);
console.log("\n(ratio: Tabulator's time divided by ours; above 1, we are faster.)");
for (const { key, label } of SEARCHES)
  console.log(`${label}: ours "${shown.ours[`${key}Shown`]}"; Tabulator ${shown.tabulator[`${key}Shown`]} rows`);

const slower = KEYS.filter((key) => ours[key] > tabulator[key]);
if (slower.length) {
  console.error(
    `\nSlower than Tabulator (issue #15's target: at least as fast): ${slower.map((key) => labels[key]).join(', ')}`,
  );
  process.exitCode = 1;
}
