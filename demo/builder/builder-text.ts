// The embed builder's words, in English, French and Arabic (the page's `lang` picks). The widgets' own
// problem sentences come from the library, in the language chosen for the widget.
import type { WidgetTag } from './builder-model.js';
import type { CountParts } from '../../src/cli/check-data.js';

const span = (years: number[]) =>
  years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? '');

const en = {
  title: 'Embed builder',
  intro: 'Choose a widget, point it at your data, check it, and copy the two lines to paste into your page.',
  stepWidget: 'Choose a widget',
  stepData: 'Your data',
  stepColumns: 'Match your columns',
  stepLook: 'Language and look',
  stepOptions: 'Settings',
  preview: 'Preview',
  check: 'Check',
  yourSnippet: 'Your snippet',
  widgetNames: {
    'og-commitment-tracker': 'Action plan tracker',
    'og-budget-table': 'Budget table',
    'og-consultation-calendar': 'Consultation calendar',
    'og-suggestion-form': 'Suggestion form',
    'og-response-log': 'What became of suggestions',
  } satisfies Record<WidgetTag, string>,
  widgetBlurbs: {
    'og-commitment-tracker': 'Commitments, milestones and progress of your OGP action plan. JSON or CSV.',
    'og-budget-table': 'The budget by line, allocated against executed, with a chart. JSON or CSV.',
    'og-consultation-calendar': 'Consultation meetings from your calendar feed. ICS, JSON or CSV.',
    'og-suggestion-form': 'Citizens send suggestions to your address. A configuration file is optional.',
    'og-response-log':
      'The register of suggestions received and your reasoned answers; citizens follow theirs by reference. JSON, CSV or Open311.',
  } satisfies Record<WidgetTag, string>,
  dataFrom: 'Where is the data?',
  dataUrl: 'At a web address',
  dataFile: 'In a file on my computer',
  dataNone: 'No configuration file (the default form)',
  urlLabel: 'Address of the data file',
  urlHint: 'A JSON, CSV or ICS file. If it is on another site, that site must allow it (CORS).',
  checkUrl: 'Check this address',
  samples: 'Or try a sample:',
  dropLabel: 'Choose a file',
  dropHint: 'or drop it here. It stays on your computer: nothing is sent.',
  fileChosen: (name: string, size: string) => `${name} (${size})`,
  publish: 'In your page',
  publishLink: 'Link to the file once published at:',
  publishLinkHint: 'Upload the file to your website (media library), then give its address here.',
  publishInline: 'Paste the data into the page',
  publishInlineHint: 'Handy for a small file; you will update the page to update the data.',
  publishInlineTooBig: 'This file is too big to paste into a page: publish it and link to it.',
  publishInlineUnsafe:
    'This file contains "</script" or "<!--" and cannot be pasted into a page: publish it and link to it.',
  columnsIntro:
    'The widget finds columns by their usual names, in French, Arabic or English. Choose a column where it did not guess right.',
  columnField: 'The widget needs',
  columnHeader: 'Column in your file',
  columnSamples: 'First values',
  required: 'required',
  automatic: (header: string) => `Automatic: “${header}”`,
  automaticNone: 'Automatic: none found',
  notInFile: 'Not in this file',
  language: 'Language of the widget',
  languagePage: 'The language of the page',
  theme: 'Colours',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeAuto: 'As the visitor’s system',
  brand: 'Brand colour',
  brandNone: 'No brand colour (the default blue)',
  brandHint: 'Used for links, buttons and bars.',
  brandContrast: (ratio: string) => `Readable: contrast ${ratio}:1 with white.`,
  brandLowContrast: (ratio: string) =>
    `Too light to read on white (contrast ${ratio}:1; 4.5:1 needed). Choose a darker shade.`,
  brandInStylesheet: 'My site forbids inline styles (strict Content-Security-Policy): give me a CSS rule instead',
  optionsIntro: 'Everything is optional unless marked. The descriptions come from the library’s documentation.',
  defaultValue: (value: string) => `Default: ${value}`,
  choose: '(default)',
  previewPhone: 'Phone width',
  previewFull: 'Full width',
  previewEmpty: 'Give the widget its data to see it here.',
  checking: 'Checking…',
  checkNothing: 'Nothing to check yet.',
  checkOk: (details: string) => `No problems: ${details}.`,
  checkProblems: (count: number) =>
    count === 1 ? '1 problem to fix in the file:' : `${count} problems to fix in the file:`,
  checkMore: (count: number) => `…and ${count} more. Fix these, then check again.`,
  checkWarnings: 'Worth a look:',
  checkFailed: 'The file could not be checked:',
  howToFix: 'How to fix it:',
  scriptUrl: 'Address of opengov-widgets.js',
  scriptUrlHint: 'The public npm CDN by default. Your own copy of dist/cdn/ works the same.',
  snippetIntro: 'Paste this where the widget should appear (in WordPress: a "Custom HTML" block).',
  cssIntro: 'And add this rule to your site’s stylesheet:',
  copy: 'Copy the snippet',
  copyCss: 'Copy the CSS',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy: select the text and copy it with Ctrl+C.',
  download: 'Download a test page',
  testPageTitle: 'opengov-widgets test page',
  missingAction: 'The form needs the address that receives suggestions (action).',
  missingData: 'This widget needs data: give an address or choose a file.',
  missingPublishUrl: 'Give the address where you will publish the file.',
  fileUnreadable: (name: string, reason: string) =>
    `Could not read ${name} (${reason}). Choose it again, or save it as a file first.`,
  relativeAddress:
    'This address is relative: here it is read from the demo site. On your site it will be read from your own, so check it there too, or give the full address (https://…).',
  brandOnDark: (ratio: string) => `On the dark theme’s background: contrast ${ratio}:1.`,
  summary: (parts: CountParts): string => {
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    switch (parts.kind) {
      case 'budget':
        return `${n(parts.lines, 'line', 'lines')}${parts.years.length ? `, ${parts.years.length > 1 ? 'years' : 'year'} ${span(parts.years)}` : ''}`;
      case 'plan':
        return `${n(parts.commitments, 'commitment', 'commitments')}, ${n(parts.milestones, 'milestone', 'milestones')}`;
      case 'events':
        return `${n(parts.events, 'meeting', 'meetings')}${parts.recurring ? `, ${parts.recurring} of them repeats of a series` : ''}`;
      case 'form':
        return n(parts.fields, 'extra field', 'extra fields');
      case 'responses':
        return `${n(parts.suggestions, 'suggestion', 'suggestions')}, ${parts.answered} answered`;
    }
  },
  responsesPrivacy:
    'The register is public: publish no name, email, phone, identity card number or home address. The widget never shows them, but anyone can download the file; the check below fails a file that holds such columns.',
  missingCurrency:
    'A CSV file does not say its currency: choose it in the settings (currency), or amounts show without one.',
};

type Text = typeof en;

const fr: Text = {
  title: 'Générateur d’intégration',
  intro:
    'Choisissez un widget, indiquez vos données, vérifiez-les, puis copiez les deux lignes à coller dans votre page.',
  stepWidget: 'Choisir un widget',
  stepData: 'Vos données',
  stepColumns: 'Faire correspondre vos colonnes',
  stepLook: 'Langue et apparence',
  stepOptions: 'Réglages',
  preview: 'Aperçu',
  check: 'Vérification',
  yourSnippet: 'Votre code',
  widgetNames: {
    'og-commitment-tracker': 'Suivi du plan d’action',
    'og-budget-table': 'Tableau du budget',
    'og-consultation-calendar': 'Calendrier des consultations',
    'og-suggestion-form': 'Formulaire de suggestions',
    'og-response-log': 'Suite donnée aux suggestions',
  },
  widgetBlurbs: {
    'og-commitment-tracker': 'Engagements, jalons et avancement de votre plan d’action OGP. JSON ou CSV.',
    'og-budget-table': 'Le budget ligne par ligne, crédits et réalisations, avec un graphique. JSON ou CSV.',
    'og-consultation-calendar': 'Les réunions de consultation de votre agenda. ICS, JSON ou CSV.',
    'og-suggestion-form':
      'Les citoyens envoient leurs suggestions à votre adresse. Un fichier de configuration est facultatif.',
    'og-response-log':
      'Le registre des suggestions reçues et vos réponses motivées ; chacun suit la sienne par sa référence. JSON, CSV ou Open311.',
  },
  dataFrom: 'Où sont les données ?',
  dataUrl: 'À une adresse web',
  dataFile: 'Dans un fichier sur mon ordinateur',
  dataNone: 'Pas de fichier de configuration (le formulaire par défaut)',
  urlLabel: 'Adresse du fichier de données',
  urlHint: 'Un fichier JSON, CSV ou ICS. S’il est sur un autre site, ce site doit l’autoriser (CORS).',
  checkUrl: 'Vérifier cette adresse',
  samples: 'Ou essayez un exemple :',
  dropLabel: 'Choisir un fichier',
  dropHint: 'ou déposez-le ici. Il reste sur votre ordinateur : rien n’est envoyé.',
  fileChosen: (name, size) => `${name} (${size})`,
  publish: 'Dans votre page',
  publishLink: 'Lier le fichier, une fois publié à l’adresse :',
  publishLinkHint: 'Téléversez le fichier sur votre site (médiathèque), puis indiquez son adresse ici.',
  publishInline: 'Coller les données dans la page',
  publishInlineHint: 'Pratique pour un petit fichier ; pour mettre les données à jour, vous modifierez la page.',
  publishInlineTooBig: 'Ce fichier est trop gros pour être collé dans une page : publiez-le et liez-le.',
  publishInlineUnsafe:
    'Ce fichier contient « </script » ou « <!-- » et ne peut pas être collé dans une page : publiez-le et liez-le.',
  columnsIntro:
    'Le widget reconnaît les colonnes à leurs noms habituels, en français, en arabe ou en anglais. Choisissez la colonne là où il s’est trompé.',
  columnField: 'Le widget lit',
  columnHeader: 'Colonne de votre fichier',
  columnSamples: 'Premières valeurs',
  required: 'obligatoire',
  automatic: (header) => `Automatique : « ${header} »`,
  automaticNone: 'Automatique : aucune trouvée',
  notInFile: 'Absente de ce fichier',
  language: 'Langue du widget',
  languagePage: 'La langue de la page',
  theme: 'Couleurs',
  themeLight: 'Claires',
  themeDark: 'Sombres',
  themeAuto: 'Comme le système du visiteur',
  brand: 'Couleur de votre charte',
  brandNone: 'Pas de couleur (le bleu par défaut)',
  brandHint: 'Pour les liens, les boutons et les barres.',
  brandContrast: (ratio) => `Lisible : contraste de ${ratio}:1 avec le blanc.`,
  brandLowContrast: (ratio) =>
    `Trop claire pour être lue sur du blanc (contraste ${ratio}:1 ; il faut 4,5:1). Choisissez une teinte plus foncée.`,
  brandInStylesheet:
    'Mon site interdit les styles en ligne (Content-Security-Policy stricte) : donnez-moi plutôt une règle CSS',
  optionsIntro:
    'Tout est facultatif, sauf mention contraire. Les descriptions viennent de la documentation de la bibliothèque (en anglais).',
  defaultValue: (value) => `Par défaut : ${value}`,
  choose: '(par défaut)',
  previewPhone: 'Largeur téléphone',
  previewFull: 'Pleine largeur',
  previewEmpty: 'Donnez ses données au widget pour le voir ici.',
  checking: 'Vérification…',
  checkNothing: 'Rien à vérifier pour l’instant.',
  checkOk: (details) => `Aucun problème : ${details}.`,
  checkProblems: (count) =>
    count === 1 ? '1 problème à corriger dans le fichier :' : `${count} problèmes à corriger dans le fichier :`,
  checkMore: (count) => `…et ${count} de plus. Corrigez ceux-ci, puis vérifiez à nouveau.`,
  checkWarnings: 'À regarder :',
  checkFailed: 'Le fichier n’a pas pu être vérifié :',
  howToFix: 'Pour corriger :',
  scriptUrl: 'Adresse de opengov-widgets.js',
  scriptUrlHint: 'Le CDN public de npm par défaut. Votre propre copie de dist/cdn/ fonctionne de la même façon.',
  snippetIntro: 'Collez ceci là où le widget doit apparaître (dans WordPress : un bloc « HTML personnalisé »).',
  cssIntro: 'Et ajoutez cette règle à la feuille de style de votre site :',
  copy: 'Copier le code',
  copyCss: 'Copier le CSS',
  copied: 'Copié dans le presse-papiers.',
  copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le avec Ctrl+C.',
  download: 'Télécharger une page de test',
  testPageTitle: 'Page de test opengov-widgets',
  missingAction: 'Le formulaire a besoin de l’adresse qui reçoit les suggestions (action).',
  missingData: 'Ce widget a besoin de données : indiquez une adresse ou choisissez un fichier.',
  missingPublishUrl: 'Indiquez l’adresse où vous publierez le fichier.',
  fileUnreadable: (name, reason) =>
    `Impossible de lire ${name} (${reason}). Choisissez-le à nouveau, ou enregistrez-le d’abord comme fichier.`,
  relativeAddress:
    'Cette adresse est relative : ici, elle est lue sur le site de démonstration. Sur votre site, elle sera lue sur le vôtre : vérifiez-la là aussi, ou donnez l’adresse complète (https://…).',
  brandOnDark: (ratio) => `Sur le fond du thème sombre : contraste de ${ratio}:1.`,
  summary: (parts) => {
    const n = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;
    switch (parts.kind) {
      case 'budget':
        return `${n(parts.lines, 'ligne', 'lignes')}${parts.years.length ? `, ${parts.years.length > 1 ? 'années' : 'année'} ${span(parts.years)}` : ''}`;
      case 'plan':
        return `${n(parts.commitments, 'engagement', 'engagements')}, ${n(parts.milestones, 'jalon', 'jalons')}`;
      case 'events':
        return `${n(parts.events, 'réunion', 'réunions')}${parts.recurring ? `, dont ${parts.recurring} issues de séries répétées` : ''}`;
      case 'form':
        return n(parts.fields, 'champ supplémentaire', 'champs supplémentaires');
      case 'responses':
        return `${n(parts.suggestions, 'suggestion', 'suggestions')}, dont ${n(parts.answered, 'répondue', 'répondues')}`;
    }
  },
  responsesPrivacy:
    'Le registre est public : n’y publiez ni nom, ni e-mail, ni téléphone, ni numéro de carte d’identité, ni adresse personnelle. Le widget ne les affiche jamais, mais chacun peut télécharger le fichier ; la vérification ci-dessous échoue pour un fichier qui contient de telles colonnes.',
  missingCurrency:
    'Un fichier CSV n’indique pas sa monnaie : choisissez-la dans les réglages (currency), sinon les montants s’affichent sans elle.',
};

const ar: Text = {
  title: 'مولّد الإدماج',
  intro: 'اختاروا أداة، ودلّوها على بياناتكم، وتحقّقوا منها، ثم انسخوا السطرين لإلصاقهما في صفحتكم.',
  stepWidget: 'اختيار الأداة',
  stepData: 'بياناتكم',
  stepColumns: 'مطابقة الأعمدة',
  stepLook: 'اللغة والمظهر',
  stepOptions: 'الإعدادات',
  preview: 'معاينة',
  check: 'التحقق',
  yourSnippet: 'الشفرة الخاصة بكم',
  widgetNames: {
    'og-commitment-tracker': 'متابعة خطة العمل',
    'og-budget-table': 'جدول الميزانية',
    'og-consultation-calendar': 'رزنامة الاستشارات',
    'og-suggestion-form': 'استمارة الاقتراحات',
    'og-response-log': 'مآل الاقتراحات',
  },
  widgetBlurbs: {
    'og-commitment-tracker': 'التزامات خطة عملكم في إطار شراكة الحكومة المنفتحة ومراحلها ومدى تقدّمها. JSON أو CSV.',
    'og-budget-table': 'الميزانية سطرًا بسطر، الاعتمادات مقابل المنجز، مع رسم بياني. JSON أو CSV.',
    'og-consultation-calendar': 'اجتماعات الاستشارة من رزنامتكم. ICS أو JSON أو CSV.',
    'og-suggestion-form': 'يرسل المواطنون اقتراحاتهم إلى عنوانكم. ملف الإعداد اختياري.',
    'og-response-log': 'سجل الاقتراحات الواردة وردودكم المعلّلة؛ يتابع كل مواطن اقتراحه بمرجعه. JSON أو CSV أو Open311.',
  },
  dataFrom: 'أين توجد البيانات؟',
  dataUrl: 'في عنوان على الويب',
  dataFile: 'في ملف على حاسوبي',
  dataNone: 'بدون ملف إعداد (الاستمارة الافتراضية)',
  urlLabel: 'عنوان ملف البيانات',
  urlHint: 'ملف JSON أو CSV أو ICS. إذا كان على موقع آخر، فيجب أن يسمح ذلك الموقع بقراءته (CORS).',
  checkUrl: 'التحقق من هذا العنوان',
  samples: 'أو جرّبوا مثالًا:',
  dropLabel: 'اختيار ملف',
  dropHint: 'أو أفلتوه هنا. يبقى على حاسوبكم: لا يُرسَل أي شيء.',
  fileChosen: (name, size) => `${name} (${size})`,
  publish: 'في صفحتكم',
  publishLink: 'ربط الملف بعد نشره على العنوان:',
  publishLinkHint: 'ارفعوا الملف إلى موقعكم (مكتبة الوسائط)، ثم أدخلوا عنوانه هنا.',
  publishInline: 'لصق البيانات في الصفحة',
  publishInlineHint: 'عملي لملف صغير؛ لتحديث البيانات ستعدّلون الصفحة.',
  publishInlineTooBig: 'هذا الملف أكبر من أن يُلصق في صفحة: انشروه واربطوه.',
  publishInlineUnsafe: 'يحتوي هذا الملف على «</script» أو «<!--» ولا يمكن لصقه في صفحة: انشروه واربطوه.',
  columnsIntro:
    'تتعرّف الأداة على الأعمدة بأسمائها المعتادة، بالعربية أو الفرنسية أو الإنجليزية. اختاروا العمود حيث أخطأت التخمين.',
  columnField: 'تقرأ الأداة',
  columnHeader: 'العمود في ملفكم',
  columnSamples: 'القيم الأولى',
  required: 'إلزامي',
  automatic: (header) => `تلقائي: «${header}»`,
  automaticNone: 'تلقائي: لم يُعثر على شيء',
  notInFile: 'غير موجود في هذا الملف',
  language: 'لغة الأداة',
  languagePage: 'لغة الصفحة',
  theme: 'الألوان',
  themeLight: 'فاتحة',
  themeDark: 'داكنة',
  themeAuto: 'حسب نظام الزائر',
  brand: 'لون هويتكم البصرية',
  brandNone: 'بدون لون (الأزرق الافتراضي)',
  brandHint: 'للروابط والأزرار والأشرطة.',
  brandContrast: (ratio) => `مقروء: تباين ${ratio}:1 مع الأبيض.`,
  brandLowContrast: (ratio) => `فاتح جدًا للقراءة على الأبيض (تباين ${ratio}:1، والمطلوب 4.5:1). اختاروا درجة أغمق.`,
  brandInStylesheet: 'يمنع موقعي الأنماط المضمّنة (سياسة أمان محتوى صارمة): أعطوني قاعدة CSS بدلًا منها',
  optionsIntro: 'كل شيء اختياري ما لم يُذكر خلاف ذلك. الأوصاف مأخوذة من توثيق المكتبة (بالإنجليزية).',
  defaultValue: (value) => `القيمة الافتراضية: ${value}`,
  choose: '(افتراضي)',
  previewPhone: 'عرض الهاتف',
  previewFull: 'العرض الكامل',
  previewEmpty: 'أعطوا الأداة بياناتها لتروها هنا.',
  checking: 'جارٍ التحقق…',
  checkNothing: 'لا شيء للتحقق منه بعد.',
  checkOk: (details) => `لا توجد مشاكل: ${details}.`,
  checkProblems: (count) =>
    count === 1 ? 'مشكلة واحدة يجب تصحيحها في الملف:' : `${count} مشاكل يجب تصحيحها في الملف:`,
  checkMore: (count) => `…و${count} أخرى. صحّحوا هذه ثم تحقّقوا من جديد.`,
  checkWarnings: 'تستحق النظر:',
  checkFailed: 'تعذّر التحقق من الملف:',
  howToFix: 'للتصحيح:',
  scriptUrl: 'عنوان opengov-widgets.js',
  scriptUrlHint: 'شبكة npm العامة افتراضيًا. نسختكم الخاصة من dist/cdn/ تعمل بالطريقة نفسها.',
  snippetIntro: 'الصقوا هذا حيث يجب أن تظهر الأداة (في ووردبريس: كتلة «HTML مخصص»).',
  cssIntro: 'وأضيفوا هذه القاعدة إلى ورقة أنماط موقعكم:',
  copy: 'نسخ الشفرة',
  copyCss: 'نسخ CSS',
  copied: 'نُسخ إلى الحافظة.',
  copyFailed: 'تعذّر النسخ: حدّدوا النص وانسخوه بـ Ctrl+C.',
  download: 'تنزيل صفحة تجريبية',
  testPageTitle: 'صفحة تجريبية لـ opengov-widgets',
  missingAction: 'تحتاج الاستمارة إلى العنوان الذي يستقبل الاقتراحات (action).',
  missingData: 'تحتاج هذه الأداة إلى بيانات: أدخلوا عنوانًا أو اختاروا ملفًا.',
  missingPublishUrl: 'أدخلوا العنوان الذي ستنشرون فيه الملف.',
  fileUnreadable: (name, reason) => `تعذّرت قراءة ${name} (${reason}). اختاروه من جديد، أو احفظوه أولًا كملف.`,
  relativeAddress:
    'هذا العنوان نسبي: يُقرأ هنا من الموقع التجريبي، وسيُقرأ على موقعكم من موقعكم. تحقّقوا منه هناك أيضًا، أو أدخلوا العنوان الكامل (https://…).',
  brandOnDark: (ratio) => `على خلفية المظهر الداكن: تباين ${ratio}:1.`,
  summary: (parts) => {
    switch (parts.kind) {
      case 'budget':
        return `عدد الأسطر: ${parts.lines}${parts.years.length ? `، السنوات: ${span(parts.years)}` : ''}`;
      case 'plan':
        return `عدد الالتزامات: ${parts.commitments}، عدد المراحل: ${parts.milestones}`;
      case 'events':
        return `عدد الاجتماعات: ${parts.events}${parts.recurring ? `، منها ${parts.recurring} من سلاسل متكررة` : ''}`;
      case 'form':
        return `عدد الحقول الإضافية: ${parts.fields}`;
      case 'responses':
        return `عدد الاقتراحات: ${parts.suggestions}، منها ${parts.answered} تمّ الرد عليها`;
    }
  },
  responsesPrivacy:
    'السجل عمومي: لا تنشروا فيه اسمًا ولا بريدًا إلكترونيًا ولا هاتفًا ولا رقم بطاقة تعريف ولا عنوانًا شخصيًا. لا تعرضها الأداة أبدًا، لكن بإمكان أي شخص تنزيل الملف؛ ويفشل التحقق أدناه في ملف يحتوي على مثل هذه الأعمدة.',
  missingCurrency: 'لا يذكر ملف CSV عملته: اختاروها في الإعدادات (currency)، وإلا ظهرت المبالغ بدونها.',
};

export type BuilderText = Text;

/** The builder's words for a page language (`fr`, `fr-TN`, `ar-MA`…); English otherwise. */
export function builderText(lang: string): BuilderText {
  return /^fr\b/i.test(lang) ? fr : /^ar\b/i.test(lang) ? ar : en;
}
