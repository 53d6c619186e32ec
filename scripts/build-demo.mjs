// Generates the demo site: demo/index.html (the hub) and, for each member and language,
// demo/<member>/<lang>/{index,plan,have-your-say,responses,budget,consultations}.html, from one template and
// the tables of texts below. The generated HTML is committed, because webmasters read the source.
//   node scripts/build-demo.mjs           writes the pages
//   node scripts/build-demo.mjs --check   exits 1, naming each file, when a page is stale
// Every page loads only the CDN build (one script tag) and /site.css: no other script, no inline
// style, so the site works under a strict Content-Security-Policy. The widgets take their language
// from <html lang>.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = join(ROOT, 'demo');
const CDN_SCRIPT = '/dist/cdn/opengov-widgets.js';

// --- a tiny HTML template tag: interpolations are escaped unless wrapped in raw() ---------------

class Raw {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}
const raw = (text) => new Raw(text);
// Attributes are always double-quoted, so a straight apostrophe needs no escape (and reads better).
const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const value = (part) =>
  part instanceof Raw
    ? part.text
    : Array.isArray(part)
      ? part.map(value).join('')
      : part === undefined || part === null || part === false
        ? ''
        : escape(part);
function markup(strings, ...parts) {
  return raw(
    strings.reduce((out, string, index) => out + string + (index < parts.length ? value(parts[index]) : ''), ''),
  );
}
/** Indents every line but the first of a fragment by `spaces`, so nested fragments read well. */
const indent = (fragment, spaces) => raw(String(fragment).replace(/\n(?=.)/g, `\n${' '.repeat(spaces)}`));

// --- the site: languages, pages, members --------------------------------------------------------

export const LANGUAGES = ['fr', 'ar', 'en'];
export const PAGES = ['index', 'plan', 'have-your-say', 'responses', 'budget', 'consultations'];
const fileOf = (page) => (page === 'index' ? '' : `${page}.html`);

/** What the site says in each language, whatever the member. */
const UI = {
  fr: {
    name: 'Français',
    dir: 'ltr',
    skip: 'Aller au contenu principal',
    bannerLabel: 'Avertissement',
    bannerStrong: 'Site de démonstration.',
    banner: "Ce n'est pas le site officiel de la collectivité : ses textes, ses chiffres et ses dates sont fictifs.",
    bannerLink: 'Sommaire de la démo',
    demoWord: 'démo',
    mainMenu: 'Menu principal',
    language: 'Langue',
    breadcrumb: "Fil d'Ariane",
    nav: {
      index: 'Accueil',
      plan: "Plan d'action",
      'have-your-say': 'Donnez votre avis',
      responses: 'Vos suggestions',
      budget: 'Budget',
      consultations: 'Consultations',
    },
    openData: 'Données ouvertes de cette page :',
    formats: { json: 'JSON', csv: 'CSV, séparateur « ; », en-têtes en français', ics: 'flux iCalendar' },
    explore: 'Sur ce site',
    atAGlance: 'Nos engagements en bref',
    allCommitments: 'Voir le plan en détail',
    contact: 'Nous contacter',
    openGov: 'Gouvernement ouvert',
    about: 'À propos de ce site',
    aboutText:
      "Site de démonstration d'opengov-widgets. La collectivité existe, mais ce site, ses textes et ses données sont inventés pour montrer les widgets dans un site municipal ordinaire.",
    hub: 'Sommaire de la démo',
    builder: "Générateur de code d'intégration",
    privacy: 'Protection des données personnelles',
    privacyNote: 'Exemple fictif, pour la démonstration.',
    privacyTerms: {
      controller: 'Responsable du traitement',
      purpose: 'Finalité',
      collected: 'Données collectées',
      retention: 'Durée de conservation',
      recipients: 'Destinataires',
      rights: 'Vos droits',
      declaration: 'Déclaration',
      authority: 'Autorité de contrôle',
    },
    collected:
      'Votre message et, seulement si vous les donnez, votre nom et votre adresse e-mail. Vous pouvez écrire de façon anonyme.',
    writeTo: 'Écrivez à',
  },
  ar: {
    name: 'العربية',
    dir: 'rtl',
    skip: 'الانتقال إلى المحتوى الرئيسي',
    bannerLabel: 'تنبيه',
    bannerStrong: 'موقع تجريبي.',
    banner: 'هذا ليس الموقع الرسمي: النصوص والأرقام والتواريخ الواردة فيه وهمية.',
    bannerLink: 'فهرس العرض التجريبي',
    demoWord: 'تجريبي',
    mainMenu: 'القائمة الرئيسية',
    language: 'اللغة',
    breadcrumb: 'مسار التنقل',
    nav: {
      index: 'الرئيسية',
      plan: 'خطة العمل',
      'have-your-say': 'المشاركة',
      responses: 'مقترحاتكم',
      budget: 'الميزانية',
      consultations: 'الاستشارات',
    },
    openData: 'المعطيات المفتوحة لهذه الصفحة:',
    formats: { json: 'JSON', csv: 'CSV، الفاصل «;»، بعناوين أعمدة بالفرنسية', ics: 'تدفق iCalendar' },
    explore: 'في هذا الموقع',
    atAGlance: 'التزاماتنا باختصار',
    allCommitments: 'عرض الخطة بالتفصيل',
    contact: 'اتصلوا بنا',
    openGov: 'الحكومة المنفتحة',
    about: 'حول هذا الموقع',
    aboutText:
      'موقع تجريبي لمكتبة opengov-widgets. الجماعة موجودة فعلًا، لكن هذا الموقع ونصوصه ومعطياته مختلَقة لعرض المكوّنات داخل موقع بلدي عادي.',
    hub: 'فهرس العرض التجريبي',
    builder: 'مولّد شفرة الإدماج',
    privacy: 'حماية المعطيات الشخصية',
    privacyNote: 'مثال وهمي لأغراض العرض.',
    privacyTerms: {
      controller: 'المسؤول عن المعالجة',
      purpose: 'الغاية',
      collected: 'المعطيات المجمَّعة',
      retention: 'مدة الحفظ',
      recipients: 'الجهات المتلقية',
      rights: 'حقوقكم',
      declaration: 'التصريح',
      authority: 'سلطة المراقبة',
    },
    collected: 'رسالتكم، وكذلك اسمكم وبريدكم الإلكتروني إن رغبتم في تقديمهما فقط. يمكنكم المشاركة دون ذكر أسمائكم.',
    writeTo: 'راسلونا على',
  },
  en: {
    name: 'English',
    dir: 'ltr',
    skip: 'Skip to main content',
    bannerLabel: 'Demo notice',
    bannerStrong: 'Demo site.',
    banner: 'This is not the official website: its texts, figures and dates are fictional.',
    bannerLink: 'Demo index',
    demoWord: 'demo',
    mainMenu: 'Main menu',
    language: 'Language',
    breadcrumb: 'Breadcrumb',
    nav: {
      index: 'Home',
      plan: 'Action plan',
      'have-your-say': 'Have your say',
      responses: 'Your suggestions',
      budget: 'Budget',
      consultations: 'Consultations',
    },
    openData: 'Open data on this page:',
    formats: { json: 'JSON', csv: 'CSV, “;” separated, French headers', ics: 'iCalendar feed' },
    explore: 'On this site',
    atAGlance: 'Our commitments at a glance',
    allCommitments: 'See the plan in detail',
    contact: 'Contact us',
    openGov: 'Open government',
    about: 'About this site',
    aboutText:
      'A demo site of opengov-widgets. The local government is real, but this site, its texts and its data are made up to show the widgets in an ordinary municipal website.',
    hub: 'Demo index',
    builder: 'Embed code builder',
    privacy: 'Personal data protection',
    privacyNote: 'A fictional example, for the demo.',
    privacyTerms: {
      controller: 'Controller',
      purpose: 'Purpose',
      collected: 'Data collected',
      retention: 'Retention',
      recipients: 'Recipients',
      rights: 'Your rights',
      declaration: 'Declaration',
      authority: 'Supervisory authority',
    },
    collected: 'Your message and, only if you give them, your name and email address. You may write anonymously.',
    writeTo: 'Write to',
  },
};

/** Fictional emblems, drawn in the member's accent colour (currentColor) with white details. */
const EMBLEMS = {
  // A shield with the Kasbah of El Kef: a crenellated wall and its gate.
  elkef:
    '<path fill="currentColor" d="M24 2.5 43 8.5V23c0 12-8.5 19.5-19 23C13.5 42.5 5 35 5 23V8.5z"/>' +
    '<path fill="#fff" d="M12 35V18h4v3h4v-3h8v3h4v-3h4v17z"/><path fill="currentColor" d="M21 35v-6a3 3 0 0 1 6 0v6z"/>' +
    '<path fill="#fff" d="M10 38h28v2H10z"/>',
  // A round seal with the Middle Atlas above the water of the Bin el Ouidane lake.
  bmk:
    '<circle cx="24" cy="24" r="22" fill="currentColor"/><circle cx="24" cy="24" r="18.5" fill="none" stroke="#fff" stroke-width="1.5"/>' +
    '<circle cx="31" cy="15" r="3" fill="#fff"/><path fill="#fff" d="M9 31l9-13 6 8 5-6 10 11z"/>' +
    '<path fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" d="M12 35.5q3-2 6 0t6 0 6 0 6 0"/>',
};

/** Each member: its accent colour, data files, widgets' settings, and its texts per language. */
const MEMBERS = {
  elkef: {
    accent: '#9b1c31',
    // The language tags name the country, so dates and numbers follow its usage (ar-TN: جانفي…
    // ديسمبر). Except French: CLDR's fr-TN writes times as "10:00 AM", which Tunisian sites in
    // French do not; plain fr keeps 24-hour times.
    lang: { fr: 'fr', ar: 'ar-TN', en: 'en' },
    email: 'gouvernement-ouvert@elkef.example',
    privacyEmail: 'donnees@elkef.example',
    plan: { src: '/data/elkef-plan.json', format: 'json' },
    // The register of suggestions, live: the demo server adds to the municipality's file the
    // suggestions sent from this site's form and the answers written on the clerk's page (/clerk/).
    responses: { src: '/api/responses.json', format: 'json' },
    budget: { src: '/data/elkef-budget.csv', format: 'csv', currency: 'TND' },
    calendar: {
      src: '/data/elkef-consultations.ics',
      format: 'ics',
      timeZone: 'Africa/Tunis',
      initialDate: '2026-12-01',
    },
    form: { name: 'elkef-plan-2024-2027', fields: 'topic area message name email' },
    text: {
      fr: {
        name: 'Municipalité du Kef',
        tagline: "Gouvernement ouvert · membre d'OGP Local depuis 2021",
        titles: {
          index: 'Le gouvernement ouvert au Kef',
          plan: "Notre plan d'action 2024-2027",
          'have-your-say': 'Donnez votre avis',
          responses: 'Suite donnée à vos suggestions',
          budget: 'Le budget municipal 2026',
          consultations: 'Consultations publiques',
        },
        intro: [
          "Depuis 2021, la municipalité du Kef est membre d'OGP Local, le programme du Partenariat pour un gouvernement ouvert destiné aux collectivités. Son plan d'action 2024-2027 a été co-construit avec la société civile : quatre engagements, portés ensemble par la municipalité et les associations, et suivis par un comité de pilotage paritaire.",
          "Les propositions sont venues en ligne, sur des formulaires papier et par les associations. Sur ce site, suivez l'avancement du plan, le budget et les réunions publiques, et faites-nous part de vos idées.",
        ],
        cards: {
          plan: 'Les quatre engagements et leur avancement',
          'have-your-say': 'Une idée, une question ? Écrivez au comité de pilotage',
          responses: 'Ce que sont devenues les suggestions des habitants',
          budget: "Où va l'argent de la commune",
          consultations: 'Les prochaines réunions ouvertes au public',
        },
        leads: {
          responses:
            "Chaque suggestion reçue, en ligne, en réunion, par courrier ou au guichet, figure ici avec sa suite : retenue, retenue en partie, non retenue et pourquoi, ou transmise à l'organisme compétent. Le comité de pilotage s'engage à répondre sous 30 jours. Entrez la référence de votre accusé de réception pour retrouver la vôtre. Aucun nom n'est publié.",
          plan: "Les engagements du plan, leurs jalons et leur avancement, décrits dans les termes du Mécanisme d'évaluation indépendant (IRM) d'OGP. Le comité de pilotage met cette page à jour au moins deux fois par an.",
          'have-your-say':
            'Une idée, une remarque, une question sur un engagement du plan ? Le comité de pilotage lit chaque suggestion et publie une réponse motivée sous 30 jours. Vous pouvez écrire de façon anonyme.',
          budget:
            "Le budget 2026 de la commune, en dinars tunisiens, tel que le service financier l'exporte : crédits initiaux, crédits révisés et montants réalisés, en dépenses et en recettes (Titre I : fonctionnement ; Titre II : développement).",
          consultations:
            'Les réunions du comité de pilotage, les ateliers et les forums ouverts au public. Les heures sont celles de Tunis ; ajoutez une réunion à votre agenda en un clic.',
        },
        chart: [
          "En un coup d'œil",
          'Les grandes masses du budget : crédits ouverts et montants réalisés. Choisissez une ligne pour voir son détail.',
        ],
        table: [
          'Le détail, ligne par ligne',
          'Ouvrez une ligne pour voir ses articles, cherchez un poste, triez les colonnes ou téléchargez le tableau.',
        ],
        areas: 'centre-ville: Centre-ville; sidi-mansour: Sidi Mansour; ennadhour: Ennadhour',
        privacy: {
          controller: 'Municipalité du Kef, service du gouvernement ouvert (exemple fictif)',
          purpose: 'Étudier votre suggestion, vous répondre et publier une synthèse anonyme des contributions',
          retention: "2 ans après la fin du plan d'action, puis suppression",
          declaration: 'INPDP, déclaration n° DEMO-2026-0000 (fictive), loi organique n° 2004-63',
          recipients: 'Les membres du comité de pilotage paritaire. Vos données ne quittent pas la Tunisie.',
          rights: 'Accès, rectification et opposition (loi organique n° 2004-63 du 27 juillet 2004).',
          authority: 'Instance nationale de protection des données personnelles (INPDP)',
        },
        address: ['Hôtel de ville (adresse fictive)', '7100 Le Kef, Tunisie'],
        ogp: "Membre d'OGP Local depuis 2021 · plan d'action 2024-2027",
      },
      ar: {
        name: 'بلدية الكاف',
        tagline: 'الحكومة المنفتحة · عضو في برنامج OGP المحلي منذ 2021',
        titles: {
          index: 'الحكومة المنفتحة في الكاف',
          plan: 'خطة عملنا 2024-2027',
          'have-your-say': 'شاركوا برأيكم',
          responses: 'مآل مقترحاتكم',
          budget: 'الميزانية البلدية لسنة 2026',
          consultations: 'الاستشارات العمومية',
        },
        intro: [
          'منذ سنة 2021، بلدية الكاف عضو في برنامج OGP المحلي، وهو برنامج شراكة الحكومة المنفتحة الموجَّه إلى الجماعات المحلية. أُعدّت خطة عملها 2024-2027 بالتشارك مع المجتمع المدني: أربعة التزامات تنفّذها البلدية والجمعيات معًا، وتتابعها لجنة قيادة متناصفة.',
          'وردت المقترحات عبر الإنترنت وعلى استمارات ورقية وعن طريق الجمعيات. تابعوا على هذا الموقع تقدّم إنجاز الخطة والميزانية والاجتماعات العمومية، وشاركونا أفكاركم.',
        ],
        cards: {
          plan: 'الالتزامات الأربعة ومدى تقدّمها',
          'have-your-say': 'فكرة أو سؤال؟ راسلوا لجنة القيادة',
          responses: 'ماذا حلّ بمقترحات المتساكنين',
          budget: 'أين تُصرف أموال البلدية',
          consultations: 'الاجتماعات القادمة المفتوحة للعموم',
        },
        leads: {
          responses:
            'يُدرج هنا كل مقترح ورد علينا، عبر الإنترنت أو في الاجتماعات أو بالبريد أو في الشباك، مع مآله: قُبل كليًّا أو جزئيًّا، أو لم يُقبل ولماذا، أو أُحيل إلى الجهة المختصة. تلتزم لجنة القيادة بالرد في أجل 30 يومًا. أدخلوا مرجع وصل الاستلام للعثور على مقترحكم. لا يُنشر أي اسم.',
          plan: 'التزامات الخطة ومراحلها ومدى تقدّم إنجازها، وفق مصطلحات آلية التقييم المستقلة (IRM) لشراكة الحكومة المنفتحة. تُحيّن لجنة القيادة هذه الصفحة مرتين في السنة على الأقل.',
          'have-your-say':
            'لديكم فكرة أو ملاحظة أو سؤال حول أحد التزامات الخطة؟ تطّلع لجنة القيادة على كل مقترح وتنشر ردًّا معلَّلًا في أجل 30 يومًا. يمكنكم المشاركة دون ذكر أسمائكم.',
          budget:
            'ميزانية البلدية لسنة 2026 بالدينار التونسي، كما يصدّرها القسم المالي: الاعتمادات الأولية والاعتمادات المراجَعة والمبالغ المنجزة، نفقاتٍ ومداخيل (العنوان الأول: التصرف، العنوان الثاني: التنمية).',
          consultations:
            'اجتماعات لجنة القيادة وورشات العمل والمنتديات المفتوحة للعموم. المواعيد بتوقيت تونس، ويمكنكم إضافة أي اجتماع إلى رزنامتكم بنقرة واحدة.',
        },
        chart: ['نظرة عامة', 'أهم أبواب الميزانية: الاعتمادات المرصودة والمبالغ المنجزة. اختاروا سطرًا لعرض تفاصيله.'],
        table: ['التفاصيل سطرًا بسطر', 'افتحوا سطرًا لعرض فصوله، أو ابحثوا عن بند، أو رتّبوا الأعمدة، أو نزّلوا الجدول.'],
        areas: 'centre-ville: وسط المدينة; sidi-mansour: سيدي منصور; ennadhour: النظور',
        privacy: {
          controller: 'بلدية الكاف، مصلحة الحكومة المنفتحة (مثال وهمي)',
          purpose: 'دراسة مقترحكم والرد عليه ونشر خلاصة مجهولة الهوية للمساهمات',
          retention: 'سنتان بعد انتهاء خطة العمل، ثم تُحذف',
          declaration:
            'الهيئة الوطنية لحماية المعطيات الشخصية، تصريح عدد DEMO-2026-0000 (وهمي)، القانون الأساسي عدد 63 لسنة 2004',
          recipients: 'أعضاء لجنة القيادة المتناصفة. لا تُنقل معطياتكم خارج تونس.',
          rights: 'حق النفاذ والتصحيح والاعتراض (القانون الأساسي عدد 63 لسنة 2004 المؤرخ في 27 جويلية 2004).',
          authority: 'الهيئة الوطنية لحماية المعطيات الشخصية',
        },
        address: ['قصر البلدية (عنوان وهمي)', '7100 الكاف، تونس'],
        ogp: 'عضو في برنامج OGP المحلي منذ 2021 · خطة العمل 2024-2027',
      },
      en: {
        name: 'Municipality of El Kef',
        tagline: 'Open government · OGP Local member since 2021',
        titles: {
          index: 'Open government in El Kef',
          plan: 'Our action plan 2024-2027',
          'have-your-say': 'Have your say',
          responses: 'What became of your suggestions',
          budget: 'Municipal budget 2026',
          consultations: 'Public consultations',
        },
        intro: [
          "Since 2021 the municipality of El Kef has been a member of OGP Local, the Open Government Partnership's programme for local governments. Its 2024-2027 action plan was co-created with civil society: four commitments, carried out jointly by the municipality and associations, and steered by a committee with equal numbers of government and civil-society members.",
          'Proposals came in online, on paper forms and through associations. On this site, follow the plan, the budget and the public meetings, and send us your ideas.',
        ],
        cards: {
          plan: 'The four commitments and their progress',
          'have-your-say': 'An idea or a question? Write to the steering committee',
          responses: "What became of residents' suggestions",
          budget: "Where the municipality's money goes",
          consultations: 'The next meetings open to the public',
        },
        leads: {
          responses:
            'Every suggestion we receive, online, at meetings, by letter or at the counter, is listed here with what became of it: taken up, taken up in part, not taken up and why, or referred to the body in charge. The steering committee undertakes to answer within 30 days. Enter the reference on your receipt to find yours. No names are published.',
          plan: "The plan's commitments, their milestones and their progress, in the words of OGP's Independent Reporting Mechanism (IRM). The steering committee updates this page at least twice a year.",
          'have-your-say':
            'An idea, a comment, a question about a commitment? The steering committee reads every suggestion and publishes a reasoned answer within 30 days. You may write anonymously.',
          budget:
            "The municipality's 2026 budget in Tunisian dinars, as the finance department exports it: initial and revised allocations and amounts spent, for expenditure and revenue (Title I: operating; Title II: development).",
          consultations:
            'Steering committee meetings, workshops and forums open to the public. Times are Tunis time; add any meeting to your calendar in one click.',
        },
        chart: [
          'At a glance',
          'The main parts of the budget: allocated against spent. Choose a line to see what it is made of.',
        ],
        table: [
          'Line by line',
          'Open a line to see its articles, search for an item, sort the columns or download the table.',
        ],
        areas: 'centre-ville: City centre; sidi-mansour: Sidi Mansour; ennadhour: Ennadhour',
        privacy: {
          controller: 'Municipality of El Kef, open government office (fictional example)',
          purpose: 'To consider your suggestion, answer you and publish an anonymous summary of contributions',
          retention: '2 years after the action plan ends, then deleted',
          declaration: 'INPDP, declaration no. DEMO-2026-0000 (fictional), organic law 2004-63',
          recipients: 'The members of the joint steering committee. Your data does not leave Tunisia.',
          rights: 'Access, correction and objection (organic law 2004-63 of 27 July 2004).',
          authority: "Tunisia's National Authority for the Protection of Personal Data (INPDP)",
        },
        address: ['Town hall (fictional address)', '7100 El Kef, Tunisia'],
        ogp: 'OGP Local member since 2021 · action plan 2024-2027',
      },
    },
  },
  bmk: {
    accent: '#0b6e4f',
    // ar-MA: Moroccan month names (دجنبر); fr-MA: 1.250.000,00 as Moroccan accounts write it.
    lang: { fr: 'fr-MA', ar: 'ar-MA', en: 'en' },
    email: 'gouvernement-ouvert@bmk.example',
    privacyEmail: 'donnees@bmk.example',
    plan: { src: '/data/bmk-plan.json', format: 'json' },
    // The register of suggestions as the registry office keeps it: a spreadsheet export, French
    // headers, `;` separators. It promises no delay itself: the page says 60 days.
    responses: { src: '/data/bmk-responses.csv', format: 'csv', answerWithin: 60 },
    budget: { src: '/data/bmk-budget.json', format: 'json', currency: 'MAD' },
    calendar: {
      src: '/data/bmk-consultations.json',
      format: 'json',
      timeZone: 'Africa/Casablanca',
      initialDate: '2026-12-01',
    },
    form: { name: 'bmk-pdr-2026', fields: 'topic area message name email' },
    text: {
      fr: {
        name: 'Région Béni Mellal-Khénifra',
        tagline: "Gouvernement ouvert · membre d'OGP Local depuis 2022",
        titles: {
          index: 'Le gouvernement ouvert dans la région',
          plan: "Plan d'action régional 2022-2027",
          'have-your-say': 'Donnez votre avis',
          responses: 'Suite donnée à vos suggestions',
          budget: 'Le budget régional 2026',
          consultations: 'Consultations publiques',
        },
        intro: [
          "Membre d'OGP Local depuis mai 2022, la région Béni Mellal-Khénifra met en œuvre un plan d'action 2022-2027 élaboré avec plus de 80 associations de ses cinq provinces : Azilal, Béni Mellal, Fquih Ben Salah, Khénifra et Khouribga. Ses priorités : un budget ouvert, l'innovation dans les politiques publiques et un plan de développement régional (PDR) ouvert à la participation.",
          "Chaque année, la région publie un budget citoyen et ses données d'exécution. Sur ce site, suivez les engagements, consultez le budget, trouvez une réunion près de chez vous et proposez vos idées pour le PDR.",
        ],
        cards: {
          plan: 'Les engagements et leur avancement',
          'have-your-say': 'Vos idées pour le plan de développement régional',
          responses: 'Les réponses motivées de la Région à vos suggestions',
          budget: 'Le budget régional en chiffres',
          consultations: 'Les réunions dans les cinq provinces',
        },
        leads: {
          responses:
            "Les suggestions reçues sur le plan de développement régional et le plan d'action, dans les cinq provinces, avec la réponse motivée de la Région. Ce registre est le tableau tenu par le bureau d'ordre, publié chaque semaine : une suggestion envoyée aujourd'hui y apparaît à la prochaine mise à jour. La Région s'engage à répondre sous 60 jours. Aucun nom n'est publié.",
          plan: "Les engagements de la région, leurs jalons et leur avancement, décrits dans les termes du Mécanisme d'évaluation indépendant (IRM) d'OGP. Les porteurs publics et la société civile y figurent côte à côte.",
          'have-your-say':
            "Vos idées pour le plan de développement régional et le plan d'action : chaque suggestion reçoit une réponse motivée, publiée sur la plateforme. Indiquez votre province, pour que votre avis soit discuté lors de sa consultation.",
          budget:
            'Le budget 2026 de la région, en milliers de dirhams, avec sa partie fonctionnement et sa partie équipement (loi organique n° 111-14). Les contributions aux programmes des cinq provinces sont détaillées.',
          consultations:
            'Les consultations sur le PDR dans les cinq provinces, le forum du budget et les rencontres avec la société civile. Les heures sont celles du Maroc ; filtrez par province.',
        },
        chart: [
          "En un coup d'œil",
          'Les grandes masses du budget : crédits ouverts et montants réalisés. Choisissez une ligne pour voir son détail.',
        ],
        table: [
          'Le détail, ligne par ligne',
          'Ouvrez une ligne pour voir ses rubriques, cherchez un poste, triez les colonnes ou téléchargez le tableau.',
        ],
        areas:
          'azilal: Azilal; beni-mellal: Béni Mellal; fquih-ben-salah: Fquih Ben Salah; khenifra: Khénifra; khouribga: Khouribga',
        privacy: {
          controller: 'Conseil de la région Béni Mellal-Khénifra (exemple fictif)',
          purpose:
            'Étudier votre suggestion sur le plan de développement régional, vous répondre et publier une synthèse anonyme',
          retention: "2 ans après l'adoption du plan, puis suppression",
          declaration: 'CNDP, déclaration n° D-DEMO-0000/2026 (fictive), loi n° 09-08',
          recipients: 'Les services du conseil régional chargés du PDR. Vos données ne quittent pas le Maroc.',
          rights:
            "Accès, rectification et opposition (loi n° 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à caractère personnel).",
          authority: 'Commission nationale de contrôle de la protection des données à caractère personnel (CNDP)',
        },
        address: ['Siège du conseil régional (adresse fictive)', 'Béni Mellal, Maroc'],
        ogp: "Membre d'OGP Local depuis 2022 · plan d'action 2022-2027",
      },
      ar: {
        name: 'جهة بني ملال خنيفرة',
        tagline: 'الحكومة المنفتحة · عضو في برنامج OGP المحلي منذ 2022',
        titles: {
          index: 'الحكومة المنفتحة في الجهة',
          plan: 'خطة العمل الجهوية 2022-2027',
          'have-your-say': 'شاركوا برأيكم',
          responses: 'مآل مقترحاتكم',
          budget: 'الميزانية الجهوية لسنة 2026',
          consultations: 'الاستشارات العمومية',
        },
        intro: [
          'منذ ماي 2022، جهة بني ملال خنيفرة عضو في برنامج OGP المحلي، وتنفّذ خطة عمل 2022-2027 أُعدّت بمشاركة أكثر من 80 جمعية من أقاليمها الخمسة: أزيلال وبني ملال والفقيه بن صالح وخنيفرة وخريبكة. أولوياتها: ميزانية منفتحة، والابتكار في السياسات العمومية، وبرنامج للتنمية الجهوية مفتوح للمشاركة.',
          'تنشر الجهة كل سنة ميزانية المواطن ومعطيات تنفيذ الميزانية. تتبّعوا على هذا الموقع الالتزامات، واطّلعوا على الميزانية، وابحثوا عن اجتماع قريب منكم، واقترحوا أفكاركم لبرنامج التنمية الجهوية.',
        ],
        cards: {
          plan: 'الالتزامات ومدى تقدّمها',
          'have-your-say': 'أفكاركم لبرنامج التنمية الجهوية',
          responses: 'الردود المعلَّلة للجهة على مقترحاتكم',
          budget: 'الميزانية الجهوية بالأرقام',
          consultations: 'الاجتماعات في الأقاليم الخمسة',
        },
        leads: {
          responses:
            'المقترحات الواردة حول برنامج التنمية الجهوية وخطة العمل في الأقاليم الخمسة، مع الرد المعلَّل للجهة. هذا السجل هو الجدول الذي يمسكه مكتب الضبط ويُنشر كل أسبوع: يظهر فيه المقترح المرسَل اليوم عند التحيين المقبل. تلتزم الجهة بالرد في أجل 60 يومًا. لا يُنشر أي اسم.',
          plan: 'التزامات الجهة ومراحلها ومدى تقدّم إنجازها، وفق مصطلحات آلية التقييم المستقلة (IRM) لشراكة الحكومة المنفتحة. تُعرض الجهات العمومية والمجتمع المدني جنبًا إلى جنب.',
          'have-your-say':
            'أفكاركم لبرنامج التنمية الجهوية ولخطة العمل: يحظى كل مقترح بردّ معلَّل يُنشر على المنصة. حدّدوا إقليمكم لتُناقَش آراؤكم خلال الاستشارة الخاصة به.',
          budget:
            'ميزانية الجهة لسنة 2026 بآلاف الدراهم، بجزأيها المخصصين للتسيير والتجهيز (القانون التنظيمي رقم 111.14). وتُفصَّل المساهمات في برامج الأقاليم الخمسة.',
          consultations:
            'استشارات برنامج التنمية الجهوية في الأقاليم الخمسة، ومنتدى الميزانية، واللقاءات مع المجتمع المدني. المواعيد بتوقيت المغرب، ويمكنكم التصفية حسب الإقليم.',
        },
        chart: ['نظرة عامة', 'أهم أبواب الميزانية: الاعتمادات المرصودة والمبالغ المنجزة. اختاروا سطرًا لعرض تفاصيله.'],
        table: ['التفاصيل سطرًا بسطر', 'افتحوا سطرًا لعرض بنوده، أو ابحثوا عن بند، أو رتّبوا الأعمدة، أو نزّلوا الجدول.'],
        areas:
          'azilal: أزيلال; beni-mellal: بني ملال; fquih-ben-salah: الفقيه بن صالح; khenifra: خنيفرة; khouribga: خريبكة',
        privacy: {
          controller: 'مجلس جهة بني ملال خنيفرة (مثال وهمي)',
          purpose: 'دراسة مقترحكم حول برنامج التنمية الجهوية والرد عليه ونشر خلاصة مجهولة الهوية',
          retention: 'سنتان بعد المصادقة على البرنامج، ثم تُحذف',
          declaration:
            'اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي، تصريح رقم D-DEMO-0000/2026 (وهمي)، القانون رقم 09.08',
          recipients: 'مصالح مجلس الجهة المكلفة ببرنامج التنمية الجهوية. لا تُنقل معطياتكم خارج المغرب.',
          rights:
            'حق الولوج والتصحيح والتعرض (القانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي).',
          authority: 'اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي',
        },
        address: ['مقر مجلس الجهة (عنوان وهمي)', 'بني ملال، المغرب'],
        ogp: 'عضو في برنامج OGP المحلي منذ 2022 · خطة العمل 2022-2027',
      },
      en: {
        name: 'Béni Mellal-Khénifra Region',
        tagline: 'Open government · OGP Local member since 2022',
        titles: {
          index: 'Open government in the region',
          plan: 'Regional action plan 2022-2027',
          'have-your-say': 'Have your say',
          responses: 'What became of your suggestions',
          budget: 'Regional budget 2026',
          consultations: 'Public consultations',
        },
        intro: [
          'An OGP Local member since May 2022, the Béni Mellal-Khénifra region is carrying out a 2022-2027 action plan drawn up with more than 80 associations from its five provinces: Azilal, Béni Mellal, Fquih Ben Salah, Khénifra and Khouribga. Its priorities: an open budget, innovation in public policy, and a regional development plan open to participation.',
          'Every year the region publishes a citizen budget and its execution data. On this site, follow the commitments, read the budget, find a meeting near you and send your ideas for the regional development plan.',
        ],
        cards: {
          plan: 'The commitments and their progress',
          'have-your-say': 'Your ideas for the regional development plan',
          responses: "The region's reasoned answers to your suggestions",
          budget: 'The regional budget in figures',
          consultations: 'Meetings in the five provinces',
        },
        leads: {
          responses:
            "Suggestions received on the regional development plan and the action plan, in the five provinces, with the region's reasoned answer. This register is the spreadsheet kept by the registry office, published every week: a suggestion sent today appears at the next update. The region undertakes to answer within 60 days. No names are published.",
          plan: "The region's commitments, their milestones and their progress, in the words of OGP's Independent Reporting Mechanism (IRM). Government and civil-society partners are shown side by side.",
          'have-your-say':
            'Your ideas for the regional development plan and the action plan: every suggestion gets a reasoned answer, published on the platform. Say which province you live in, so your view is discussed at its consultation.',
          budget:
            "The region's 2026 budget in thousands of dirhams, with its operating and investment parts (organic law 111-14). Contributions to the five provinces' programmes are itemised.",
          consultations:
            'Regional development plan consultations in the five provinces, the budget forum and meetings with civil society. Times are Morocco time; filter by province.',
        },
        chart: [
          'At a glance',
          'The main parts of the budget: allocated against spent. Choose a line to see what it is made of.',
        ],
        table: [
          'Line by line',
          'Open a line to see its items, search for an item, sort the columns or download the table.',
        ],
        areas:
          'azilal: Azilal; beni-mellal: Béni Mellal; fquih-ben-salah: Fquih Ben Salah; khenifra: Khénifra; khouribga: Khouribga',
        privacy: {
          controller: 'Béni Mellal-Khénifra regional council (fictional example)',
          purpose:
            'To consider your suggestion on the regional development plan, answer you and publish an anonymous summary',
          retention: '2 years after the plan is adopted, then deleted',
          declaration: 'CNDP, declaration no. D-DEMO-0000/2026 (fictional), law 09-08',
          recipients:
            "The regional council's departments in charge of the development plan. Your data does not leave Morocco.",
          rights:
            'Access, correction and objection (law 09-08 on the protection of individuals with regard to the processing of personal data).',
          authority: "Morocco's National Commission for the Control of Personal Data Protection (CNDP)",
        },
        address: ['Regional council headquarters (fictional address)', 'Béni Mellal, Morocco'],
        ogp: 'OGP Local member since 2022 · action plan 2022-2027',
      },
    },
  },
};

// --- the template ----------------------------------------------------------------------------------

const urlOf = (member, lang, page) => `/${member}/${lang}/${fileOf(page)}`;
const emblem = (member, className) =>
  markup`<svg class="${className}" viewBox="0 0 48 48" aria-hidden="true" focusable="false">${raw(EMBLEMS[member])}</svg>`;

/** French puts a no-break space before : ; ? ! and inside « ». */
function frenchSpacing(entry) {
  if (typeof entry === 'string') return entry.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
  if (Array.isArray(entry)) return entry.map(frenchSpacing);
  return Object.fromEntries(Object.entries(entry).map(([key, item]) => [key, frenchSpacing(item)]));
}
UI.fr = frenchSpacing(UI.fr);
for (const member of Object.values(MEMBERS)) member.text.fr = frenchSpacing(member.text.fr);

/** The widget of each page, with its sentence of context, as a webmaster would paste it. */
const WIDGETS = {
  index(m, t, ui, ctx) {
    return markup`<section class="home-cards" aria-labelledby="explore">
  <h2 id="explore">${ui.explore}</h2>
  <ul class="cards">
${PAGES.filter((page) => page !== 'index').map(
  (page) => markup`    <li>
      <a class="card" href="${urlOf(ctx.member, ctx.lang, page)}">
        <span class="card__title">${ui.nav[page]}</span>
        <span class="card__text">${t.cards[page]}</span>
      </a>
    </li>
`,
)}  </ul>
</section>
<section class="home-plan" aria-labelledby="glance">
  <h2 id="glance">${ui.atAGlance}</h2>
  <og-commitment-tracker src="${m.plan.src}" layout="compact" heading-level="3"></og-commitment-tracker>
  <p><a class="more" href="${urlOf(ctx.member, ctx.lang, 'plan')}">${ui.allCommitments}</a></p>
</section>`;
  },
  plan(m, t, ui, ctx) {
    return markup`<og-commitment-tracker
  src="${m.plan.src}"
  show-summary
  show-filters
  responses-src="${m.responses.src}"
  responses-href="${urlOf(ctx.member, ctx.lang, 'responses')}"
></og-commitment-tracker>`;
  },
  'have-your-say'(m, t, ui, ctx) {
    const p = t.privacy;
    const terms = ui.privacyTerms;
    return markup`<og-suggestion-form
  action="/api/suggestions"
  name="${m.form.name}"
  fields="${m.form.fields}"
  topics-src="${m.plan.src}"
  areas="${t.areas}"
  controller="${p.controller}"
  purpose="${p.purpose}"
  retention="${p.retention}"
  declaration="${p.declaration}"
  notice-url="#data-protection"
  follow-url="${urlOf(ctx.member, ctx.lang, 'responses')}"
></og-suggestion-form>
<section class="notice" id="data-protection" aria-labelledby="data-protection-title">
  <h2 id="data-protection-title">${ui.privacy}</h2>
  <p class="notice__note">${ui.privacyNote}</p>
  <dl>
    <dt>${terms.controller}</dt>
    <dd>${p.controller}</dd>
    <dt>${terms.purpose}</dt>
    <dd>${p.purpose}</dd>
    <dt>${terms.collected}</dt>
    <dd>${ui.collected}</dd>
    <dt>${terms.retention}</dt>
    <dd>${p.retention}</dd>
    <dt>${terms.recipients}</dt>
    <dd>${p.recipients}</dd>
    <dt>${terms.rights}</dt>
    <dd>${p.rights} ${ui.writeTo} <a href="mailto:${m.privacyEmail}"><bdi>${m.privacyEmail}</bdi></a>.</dd>
    <dt>${terms.declaration}</dt>
    <dd>${p.declaration}</dd>
    <dt>${terms.authority}</dt>
    <dd>${p.authority}</dd>
  </dl>
</section>`;
  },
  responses(m, t, ui, ctx) {
    const r = m.responses;
    const within = r.answerWithin ? markup` answer-within="${r.answerWithin}"` : '';
    return markup`<og-response-log src="${r.src}" plan-href="${urlOf(ctx.member, ctx.lang, 'plan')}"${within}></og-response-log>`;
  },
  budget(m, t) {
    const attributes = markup`src="${m.budget.src}" currency="${m.budget.currency}"`;
    // The table first: the page's first screen holds one widget, whose room is reserved while it
    // loads (see "Layout stability" in the README); the chart comes below it.
    return markup`<section class="widget-section" aria-labelledby="budget-table">
  <h2 id="budget-table">${t.table[0]}</h2>
  <p>${t.table[1]}</p>
  <og-budget-table ${attributes}></og-budget-table>
</section>
<section class="widget-section" aria-labelledby="budget-chart">
  <h2 id="budget-chart">${t.chart[0]}</h2>
  <p>${t.chart[1]}</p>
  <og-budget-table ${attributes} view="chart"></og-budget-table>
</section>`;
  },
  consultations(m) {
    const c = m.calendar;
    return markup`<og-consultation-calendar src="${c.src}" time-zone="${c.timeZone}" initial-date="${c.initialDate}" show-filters></og-consultation-calendar>`;
  },
};

/** The data file each page reads, for its "open data" line. */
const DATA_OF = {
  index: 'plan',
  plan: 'plan',
  'have-your-say': 'plan',
  responses: 'responses',
  budget: 'budget',
  consultations: 'calendar',
};

function memberPage(member, lang, page) {
  const m = MEMBERS[member];
  const t = m.text[lang];
  const ui = UI[lang];
  const tag = m.lang[lang];
  const title = t.titles[page];
  const ctx = { member, lang };
  const lead = page === 'index' ? t.intro : [t.leads[page]];
  const data = m[DATA_OF[page]];
  const fileName = data.src.split('/').pop();
  const nav = PAGES.map((item) => {
    const current = item === page ? raw(' aria-current="page"') : '';
    return markup`
          <li><a href="${urlOf(member, lang, item)}"${current}>${ui.nav[item]}</a></li>`;
  });
  const languages = LANGUAGES.map((other) =>
    other === lang
      ? markup`
            <li><span class="lang-switch__current" aria-current="true">${UI[other].name}</span></li>`
      : markup`
            <li><a href="${urlOf(member, other, page)}" hreflang="${m.lang[other]}" lang="${m.lang[other]}">${UI[other].name}</a></li>`,
  );
  const alternates = LANGUAGES.map(
    (other) => markup`
    <link rel="alternate" hreflang="${m.lang[other]}" href="${urlOf(member, other, page)}" />`,
  );
  const crumbs =
    page === 'index'
      ? markup`
        <li><span aria-current="page">${ui.nav.index}</span></li>`
      : markup`
        <li><a href="${urlOf(member, lang, 'index')}">${ui.nav.index}</a></li>
        <li><span aria-current="page">${ui.nav[page]}</span></li>`;
  return markup`<!doctype html>
<!-- Generated by scripts/build-demo.mjs from its template and texts: edit them, then run npm run demo:build. -->
<html lang="${tag}" dir="${ui.dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} | ${t.name} (${ui.demoWord})</title>
    <meta name="description" content="${lead[0]}" />${alternates}
    <link rel="icon" href="/${member}/emblem.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/site.css" />
    <!-- No first paint of a half-read header on a slow phone: the page shows once its header is in (a layout-stability habit, not needed by the widgets). -->
    <link rel="expect" href="#main" blocking="render" />
    <!-- The only thing a webmaster adds to the page: one script tag, the CDN build. -->
    <script type="module" src="${CDN_SCRIPT}"></script>
  </head>
  <body class="member-${member} page-${page}">
    <a class="skip-link" href="#main">${ui.skip}</a>
    <section class="demo-banner" aria-label="${ui.bannerLabel}">
      <p><strong>${ui.bannerStrong}</strong> ${ui.banner} <a href="/">${ui.bannerLink}</a></p>
    </section>
    <header class="site-header">
      <div class="site-header__top wrap">
        <a class="brand" href="${urlOf(member, lang, 'index')}">
          ${emblem(member, 'brand__emblem')}
          <span class="brand__text">
            <span class="brand__name">${t.name}</span>
            <span class="brand__tagline">${t.tagline}</span>
          </span>
        </a>
        <nav class="lang-switch" aria-label="${ui.language}">
          <ul>${languages}
          </ul>
        </nav>
      </div>
      <nav class="main-nav" aria-label="${ui.mainMenu}">
        <ul class="wrap">${nav}
        </ul>
      </nav>
    </header>
    <nav class="breadcrumb" aria-label="${ui.breadcrumb}">
      <ol class="wrap">${crumbs}
      </ol>
    </nav>
    <main id="main" class="wrap" tabindex="-1">
      <h1>${title}</h1>
${lead.map((paragraph) => markup`      <p class="lead">${paragraph}</p>\n`)}      ${indent(WIDGETS[page](m, t, ui, ctx), 6)}
      <p class="open-data">${ui.openData} <a href="${data.src}" download><bdi>${fileName}</bdi></a> (${ui.formats[data.format]})</p>
    </main>
    <footer class="site-footer">
      <div class="wrap site-footer__grid">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">${ui.contact}</h2>
          <address>
            ${t.name}<br />
            ${t.address[0]}<br />
            ${t.address[1]}<br />
            <a href="mailto:${m.email}"><bdi>${m.email}</bdi></a>
          </address>
        </section>
        <section aria-labelledby="footer-ogp">
          <h2 id="footer-ogp">${ui.openGov}</h2>
          <p>${t.ogp}</p>
          <ul>${PAGES.filter((item) => item !== 'index').map(
            (item) => markup`
            <li><a href="${urlOf(member, lang, item)}">${ui.nav[item]}</a></li>`,
          )}
            <li><a href="${urlOf(member, lang, 'have-your-say')}#data-protection">${ui.privacy}</a></li>
          </ul>
        </section>
        <section aria-labelledby="footer-about">
          <h2 id="footer-about">${ui.about}</h2>
          <p>${ui.aboutText}</p>
          <ul>
            <li><a href="/">${ui.hub}</a></li>
            <li><a href="/builder/">${ui.builder}</a></li>
          </ul>
        </section>
      </div>
    </footer>
  </body>
</html>
`;
}

/** The hub at /: what the demo shows, the two members in each language, the embed builder. */
function hubPage() {
  const memberCard = (member, facts) => {
    const m = MEMBERS[member];
    return markup`<li class="member-card member-${member}">
            ${emblem(member, 'member-card__emblem')}
            <div>
              <h3>${m.text.en.name}</h3>
              <p class="member-card__names"><span lang="${m.lang.fr}">${m.text.fr.name}</span> · <span lang="${m.lang.ar}" dir="rtl">${m.text.ar.name}</span></p>
              <p>${facts}</p>
              <ul class="member-card__languages">${LANGUAGES.map(
                (lang) => markup`
                <li><a href="${urlOf(member, lang, 'index')}" hreflang="${m.lang[lang]}" lang="${m.lang[lang]}">${UI[lang].name}</a></li>`,
              )}
              </ul>
            </div>
          </li>`;
  };
  const files = [
    'elkef-plan.json',
    'elkef-plan.csv',
    'elkef-budget.csv',
    'elkef-consultations.ics',
    'elkef-responses.json',
    'bmk-plan.json',
    'bmk-budget.json',
    'bmk-consultations.json',
    'bmk-responses.csv',
  ];
  return markup`<!doctype html>
<!-- Generated by scripts/build-demo.mjs: edit the script, then run npm run demo:build. -->
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>opengov-widgets demo</title>
    <meta name="description" content="Two demo websites of OGP Local members, in French, Arabic and English, built with opengov-widgets." />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/site.css" />
  </head>
  <body class="hub">
    <a class="skip-link" href="#main">Skip to main content</a>
    <section class="demo-banner" aria-label="Demo notice">
      <p><strong>Demo site, fictional data.</strong> <span lang="fr">Site de démonstration, données fictives.</span> <span lang="ar" dir="rtl">موقع تجريبي، بيانات وهمية.</span></p>
    </section>
    <header class="site-header">
      <div class="site-header__top wrap">
        <a class="brand" href="/">
          <span class="brand__text">
            <span class="brand__name">opengov-widgets</span>
            <span class="brand__tagline">Open government widgets for OGP Local members</span>
          </span>
        </a>
      </div>
    </header>
    <main id="main" class="wrap" tabindex="-1">
      <h1>opengov-widgets demo</h1>
      <p class="lead">
        Two demo websites of local governments in the Open Government Partnership's local programme (OGP Local), built the way a
        municipal webmaster would build them: each page of an ordinary CMS theme loads the library with one script tag and points a
        widget at a data file.
      </p>
      <section aria-labelledby="members">
        <h2 id="members">The two members</h2>
        <ul class="member-cards">
          ${memberCard('elkef', 'A municipality in Tunisia. Budget in Tunisian dinars (TND, 3 decimals) from a spreadsheet export; consultations from an iCalendar feed, in Tunis time.')}
          ${memberCard('bmk', 'A region in Morocco with five provinces. Budget in Moroccan dirhams (MAD, thousands) from JSON; consultations in each province, in Morocco time.')}
        </ul>
      </section>
      <section aria-labelledby="shows">
        <h2 id="shows">What the demo shows</h2>
        <ul>
          <li>Each member has a home page and five pages: the action plan (<code>og-commitment-tracker</code>), have your say (<code>og-suggestion-form</code>), what became of your suggestions (<code>og-response-log</code>), the budget as a chart and a table (<code>og-budget-table</code>) and the consultations (<code>og-consultation-calendar</code>).</li>
          <li>Every page loads only <code>${`<script type="module" src="${CDN_SCRIPT}"></script>`}</code> and the site's stylesheet: no other script and no inline style, so it works under a strict Content-Security-Policy. View the source of any page.</li>
          <li>The widgets take their language from the page: French and English left to right, Arabic right to left, with the currency, dates and time zone of each member.</li>
          <li>The data is in the formats people really have: JSON, a budget exported from a spreadsheet as a French-headed CSV with <code>;</code> separators and decimal commas, and an iCalendar feed.</li>
          <li>The suggestion form posts to this demo server (<code>POST /api/suggestions</code>), which keeps each suggestion once in <code>.data/suggestions.jsonl</code>. Pointed at <code>/api/suggestions?fault=500</code> (or <code>drop</code>, or <code>delay</code>), the server fails on purpose, to show the form keeping a suggestion on the device and sending it later.</li>
          <li>The whole life of a suggestion: send one on El Kef's <a href="/elkef/en/have-your-say.html">Have your say</a>; the receipt gives its reference and a link to follow it on <a href="/elkef/en/responses.html">What became of your suggestions</a>, which reads this server's live register (<code>GET /api/responses.json</code>). Answer it as the municipality's clerk on the <a href="/clerk/">clerk's page</a> (<code>POST /api/answers</code>, kept in <code>.data/answers.jsonl</code>) and the log shows the answer. The register never carries the citizen's name, email or phone. The region's log reads its registry office's spreadsheet export instead (a CSV with French headers), so a suggestion sent there waits for the next export.</li>
        </ul>
      </section>
      <section aria-labelledby="builder">
        <h2 id="builder">Embed a widget on your site</h2>
        <p>The <a href="/builder/">embed code builder</a> lets you choose a widget, point it at your data and copy the code to paste into your CMS.</p>
      </section>
      <section aria-labelledby="files">
        <h2 id="files">Sample data</h2>
        <ul class="file-list">${files.map(
          (file) => markup`
          <li><a href="/data/${file}" download>${file}</a></li>`,
        )}
        </ul>
      </section>
    </main>
    <footer class="site-footer">
      <div class="wrap">
        <p>opengov-widgets demo. The local governments are real OGP Local members; these sites, their texts and all their data are fictional.</p>
      </div>
    </footer>
  </body>
</html>
`;
}

/** Every page the script writes, with what a checker needs to know about it. */
export function demoPages() {
  const pages = [{ file: 'demo/index.html', url: '/', lang: 'en', member: undefined, page: 'hub', widgets: [] }];
  for (const member of Object.keys(MEMBERS)) {
    for (const lang of LANGUAGES) {
      for (const page of PAGES) {
        const widgets = {
          index: ['og-commitment-tracker'],
          plan: ['og-commitment-tracker'],
          'have-your-say': ['og-suggestion-form'],
          responses: ['og-response-log'],
          budget: ['og-budget-table'],
          consultations: ['og-consultation-calendar'],
        }[page];
        pages.push({
          file: `demo/${member}/${lang}/${page}.html`,
          url: urlOf(member, lang, page),
          lang: MEMBERS[member].lang[lang],
          language: lang,
          member,
          page,
          widgets,
        });
      }
    }
  }
  return pages;
}

/** The pages that show widgets (for the layout-shift check). */
export const widgetPages = () => demoPages().filter((page) => page.widgets.length);

/** Every generated file: path relative to the repository → contents. */
function generate() {
  const files = new Map();
  for (const page of demoPages()) {
    const text = page.page === 'hub' ? hubPage() : memberPage(page.member, page.language, page.page);
    files.set(page.file, String(text));
  }
  for (const member of Object.keys(MEMBERS)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" color="${MEMBERS[member].accent}">${EMBLEMS[member]}</svg>\n`;
    files.set(`demo/${member}/emblem.svg`, svg);
  }
  files.set(
    'demo/favicon.svg',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" rx="8" fill="#1f4e79"/><path fill="#fff" d="M10 36h6V22h-6zm11 0h6V12h-6zm11 0h6V27h-6z"/></svg>\n`,
  );
  return files;
}

/** Files in the generated folders that the script no longer writes. */
function strays(files) {
  const found = [];
  for (const member of Object.keys(MEMBERS)) {
    const dir = join(DEMO, member);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true }).map(String)) {
      const path = relative(ROOT, join(dir, name)).split('\\').join('/');
      if (/\.(html|svg)$/.test(name) && !files.has(path)) found.push(path);
    }
  }
  return found;
}

function main() {
  const check = process.argv.includes('--check');
  const files = generate();
  const problems = [];
  let written = 0;
  for (const [path, text] of files) {
    const target = join(ROOT, path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      problems.push(`${path} is ${current === undefined ? 'missing' : 'stale'}`);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      written += 1;
    }
  }
  for (const path of strays(files)) {
    if (check) problems.push(`${path} is not generated by scripts/build-demo.mjs any more`);
    else rmSync(join(ROOT, path));
  }
  if (problems.length) {
    console.error(`The demo site is out of date (run npm run demo:build):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    check
      ? `Demo site: ${files.size} generated files, all fresh.`
      : `Demo site: ${files.size} files, ${written} written.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
