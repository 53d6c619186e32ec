// What to do about each kind of problem, in the languages of the problem sentences. Shared by the
// validation CLI and the demo's embed builder (`audience`: where the reader maps columns and says
// which widget reads the file: command-line options, or the builder's own steps).
import type { MessageLocale } from '../core/i18n/locales.js';

export type HintAudience = 'cli' | 'builder';

interface HintWords {
  number: string;
  integer: string;
  dateTime: string;
  date: string;
  text: string;
  url: string;
  boolean: string;
  list: string;
  object: string;
  fillCell: string;
  addField: string;
  headers: (shown: string) => string;
  mappedMissing: (field: string, audience: HintAudience) => string;
  addColumn: (name: string, audience: HintAudience) => string;
  unique: string;
  personal: string;
  oneOf: (values: string) => string;
  rangeWithin: (values: string) => string;
  range: string;
  parentCode: string;
  reference: string;
  ancestor: string;
  sums: string;
  timeZone: string;
  recurrence: string;
  pattern: string;
  formName: string;
  dates: string;
  webPage: string;
  wrongType: (audience: HintAudience) => string;
  json: string;
  ics: string;
  csv: string;
  notUtf8: string;
  saveUtf8: string;
}

const en: HintWords = {
  number: 'use digits, with a comma or a dot for decimals (12500,5 or 12 500.5); no currency sign or words',
  integer: 'use a whole number, digits only',
  dateTime: 'write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time (2026-03-10T17:30); the day must exist',
  date: 'write YYYY-MM-DD (2026-03-10); the day must exist',
  text: 'write text in quotes, or one text per language: {"fr": "…", "ar": "…"}',
  url: 'write a full address starting with https:// (only http, https, mailto: and tel: links are shown; a relative link depends on the page the widget is in)',
  boolean: 'write true or false, without quotes',
  list: 'put the items between [ and ]',
  object: 'put the fields between { and }',
  fillCell: 'fill in this cell',
  addField: 'add this field, with a value',
  headers: (shown) => `; the file's headers are ${shown}`,
  mappedMissing: (field, audience) =>
    audience === 'cli'
      ? `--columns maps "${field}" to this header, which the file does not have`
      : `"${field}" is matched to this header, which the file does not have: choose another column`,
  addColumn: (name, audience) =>
    audience === 'cli'
      ? `add this column, or name yours with --columns '{"${name}":"Your header"}'`
      : `add this column, or choose yours for "${name}" in the columns step`,
  unique: 'give each record its own value',
  personal:
    'delete this column from the published file: anyone can download the file, even though the widget never shows it',
  oneOf: (values) => `use one of: ${values}`,
  rangeWithin: (values) => `stay within the limit (${values})`,
  range: 'use a value within the allowed range',
  parentCode: 'use the code of a line in this file, or leave it empty for a top-level line',
  reference: 'check the spelling, or add the record it refers to',
  ancestor: 'a line cannot be its own ancestor: fix the parent codes',
  sums: 'correct the amounts, or the sub-lines they should add up to',
  timeZone: 'use an IANA time zone name, such as Africa/Tunis or Africa/Casablanca',
  recurrence: 'use an iCalendar RRULE, such as FREQ=WEEKLY;COUNT=4',
  pattern: 'use a regular expression that JavaScript can read',
  formName:
    'start with a letter, then letters, digits, - or _; not a built-in field (topic, area, message, name, email, phone)',
  dates: 'check the dates: it should come after the start',
  webPage: 'give the address of the data file itself (JSON, CSV or ICS), not of a page about it',
  wrongType: (audience) =>
    `${audience === 'cli' ? 'check --type: ' : 'check the widget: '}a budget, a plan or a register of suggestions is JSON or CSV, events are JSON, CSV or ICS, a form is JSON`,
  json: 'check the commas, quotes and brackets near that spot (a JSON validator shows it)',
  ics: 'an iCalendar file starts with BEGIN:VCALENDAR and ends with END:VCALENDAR: export it again from the calendar',
  csv: 'the file needs a header row, then one row per record',
  notUtf8: 'The file is not in UTF-8: accented and Arabic letters will show as �.',
  saveUtf8: 'save it again as UTF-8 (in a spreadsheet: "CSV UTF-8")',
};

const fr: HintWords = {
  number:
    'écrivez des chiffres, avec une virgule ou un point pour les décimales (12500,5 ou 12 500.5), sans symbole monétaire ni mots',
  integer: 'écrivez un nombre entier, en chiffres seulement',
  dateTime: 'écrivez AAAA-MM-JJ, ou AAAA-MM-JJTHH:MM avec une heure (2026-03-10T17:30) ; le jour doit exister',
  date: 'écrivez AAAA-MM-JJ (2026-03-10) ; le jour doit exister',
  text: 'écrivez un texte entre guillemets, ou un texte par langue : {"fr": "…", "ar": "…"}',
  url: 'écrivez une adresse complète commençant par https:// (seuls les liens http, https, mailto: et tel: sont affichés ; un lien relatif dépend de la page où se trouve le widget)',
  boolean: 'écrivez true ou false, sans guillemets',
  list: 'mettez les éléments entre [ et ]',
  object: 'mettez les champs entre { et }',
  fillCell: 'remplissez cette cellule',
  addField: 'ajoutez ce champ, avec une valeur',
  headers: (shown) => ` ; les en-têtes du fichier sont ${shown}`,
  mappedMissing: (field, audience) =>
    audience === 'cli'
      ? `--columns associe « ${field} » à cet en-tête, que le fichier n’a pas`
      : `« ${field} » est associé à cet en-tête, que le fichier n’a pas : choisissez une autre colonne`,
  addColumn: (name, audience) =>
    audience === 'cli'
      ? `ajoutez cette colonne, ou nommez la vôtre avec --columns '{"${name}":"Votre en-tête"}'`
      : `ajoutez cette colonne, ou choisissez la vôtre pour « ${name} » à l’étape des colonnes`,
  unique: 'donnez à chaque enregistrement sa propre valeur',
  personal:
    'supprimez cette colonne du fichier publié : tout le monde peut télécharger le fichier, même si le widget ne l’affiche jamais',
  oneOf: (values) => `utilisez l’une de ces valeurs : ${values}`,
  rangeWithin: (values) => `restez dans la limite (${values})`,
  range: 'utilisez une valeur dans les limites permises',
  parentCode: 'utilisez le code d’une ligne de ce fichier, ou laissez vide pour une ligne de premier niveau',
  reference: 'vérifiez l’orthographe, ou ajoutez l’enregistrement auquel il renvoie',
  ancestor: 'une ligne ne peut pas être son propre ancêtre : corrigez les codes parents',
  sums: 'corrigez les montants, ou les sous-lignes dont ils devraient être la somme',
  timeZone: 'utilisez un nom de fuseau IANA, comme Africa/Tunis ou Africa/Casablanca',
  recurrence: 'utilisez une règle iCalendar RRULE, comme FREQ=WEEKLY;COUNT=4',
  pattern: 'utilisez une expression régulière que JavaScript sait lire',
  formName:
    'commencez par une lettre, puis lettres, chiffres, - ou _ ; pas un champ prédéfini (topic, area, message, name, email, phone)',
  dates: 'vérifiez les dates : elle doit venir après le début',
  webPage: 'donnez l’adresse du fichier de données lui-même (JSON, CSV ou ICS), pas celle d’une page qui en parle',
  wrongType: (audience) =>
    `${audience === 'cli' ? 'vérifiez --type : ' : 'vérifiez le widget : '}un budget, un plan ou un registre de suggestions est en JSON ou CSV, des réunions en JSON, CSV ou ICS, un formulaire en JSON`,
  json: 'vérifiez les virgules, guillemets et crochets près de cet endroit (un validateur JSON le montre)',
  ics: 'un fichier iCalendar commence par BEGIN:VCALENDAR et finit par END:VCALENDAR : exportez-le à nouveau depuis l’agenda',
  csv: 'le fichier doit avoir une ligne d’en-têtes, puis une ligne par enregistrement',
  notUtf8: 'Le fichier n’est pas en UTF-8 : les lettres accentuées et arabes s’afficheront comme �.',
  saveUtf8: 'enregistrez-le à nouveau en UTF-8 (dans un tableur : « CSV UTF-8 »)',
};

const ar: HintWords = {
  number: 'استعملوا الأرقام، مع فاصلة أو نقطة للكسور العشرية (12500,5 أو 12 500.5)، بدون رمز العملة أو كلمات',
  integer: 'استعملوا عددًا صحيحًا، بالأرقام فقط',
  dateTime: 'اكتبوا YYYY-MM-DD، أو YYYY-MM-DDTHH:MM مع الساعة (2026-03-10T17:30)؛ يجب أن يكون اليوم موجودًا',
  date: 'اكتبوا YYYY-MM-DD (2026-03-10)؛ يجب أن يكون اليوم موجودًا',
  text: 'اكتبوا نصًا بين علامتي تنصيص، أو نصًا لكل لغة: {"fr": "…", "ar": "…"}',
  url: 'اكتبوا عنوانًا كاملًا يبدأ بـ https:// (لا تُعرض إلا روابط http وhttps وmailto: وtel:؛ والرابط النسبي يتوقف على الصفحة التي توجد فيها الأداة)',
  boolean: 'اكتبوا true أو false، بدون علامتي تنصيص',
  list: 'ضعوا العناصر بين [ و ]',
  object: 'ضعوا الحقول بين { و }',
  fillCell: 'املؤوا هذه الخانة',
  addField: 'أضيفوا هذا الحقل مع قيمة',
  headers: (shown) => `؛ رؤوس أعمدة الملف هي ${shown}`,
  mappedMissing: (field, audience) =>
    audience === 'cli'
      ? `يربط --columns «${field}» بهذا العنوان، وهو غير موجود في الملف`
      : `«${field}» مربوط بهذا العنوان، وهو غير موجود في الملف: اختاروا عمودًا آخر`,
  addColumn: (name, audience) =>
    audience === 'cli'
      ? `أضيفوا هذا العمود، أو سمّوا عمودكم بـ --columns '{"${name}":"عنوان عمودكم"}'`
      : `أضيفوا هذا العمود، أو اختاروا عمودكم لـ «${name}» في خطوة الأعمدة`,
  unique: 'أعطوا كل سجل قيمته الخاصة',
  personal: 'احذفوا هذا العمود من الملف المنشور: يمكن لأي شخص تنزيل الملف، حتى وإن لم تعرضه الأداة أبدًا',
  oneOf: (values) => `استعملوا إحدى القيم: ${values}`,
  rangeWithin: (values) => `التزموا بالحد (${values})`,
  range: 'استعملوا قيمة ضمن الحدود المسموح بها',
  parentCode: 'استعملوا رمز سطر موجود في هذا الملف، أو اتركوه فارغًا لسطر من المستوى الأول',
  reference: 'تحقّقوا من الكتابة، أو أضيفوا السجل الذي يحيل إليه',
  ancestor: 'لا يمكن لسطر أن يكون أصلًا لنفسه: صحّحوا الرموز الأصلية',
  sums: 'صحّحوا المبالغ، أو السطور الفرعية التي يجب أن تكون مجموعها',
  timeZone: 'استعملوا اسم منطقة زمنية IANA، مثل Africa/Tunis أو Africa/Casablanca',
  recurrence: 'استعملوا قاعدة تكرار RRULE من iCalendar، مثل FREQ=WEEKLY;COUNT=4',
  pattern: 'استعملوا تعبيرًا نمطيًا تستطيع JavaScript قراءته',
  formName: 'ابدؤوا بحرف، ثم حروف أو أرقام أو - أو _؛ وليس حقلًا مدمجًا (topic وarea وmessage وname وemail وphone)',
  dates: 'تحقّقوا من التواريخ: يجب أن يأتي بعد البداية',
  webPage: 'أعطوا عنوان ملف البيانات نفسه (JSON أو CSV أو ICS)، لا عنوان صفحة تتحدث عنه',
  wrongType: (audience) =>
    `${audience === 'cli' ? 'تحقّقوا من --type: ' : 'تحقّقوا من الأداة: '}الميزانية أو الخطة أو سجل المقترحات بصيغة JSON أو CSV، والاجتماعات بصيغة JSON أو CSV أو ICS، والاستمارة بصيغة JSON`,
  json: 'تحقّقوا من الفواصل وعلامات التنصيص والأقواس قرب هذا الموضع (يبيّنه مدقق JSON)',
  ics: 'يبدأ ملف iCalendar بـ BEGIN:VCALENDAR وينتهي بـ END:VCALENDAR: صدّروه من جديد من الرزنامة',
  csv: 'يجب أن يحتوي الملف على سطر لرؤوس الأعمدة، ثم سطر لكل سجل',
  notUtf8: 'الملف ليس بترميز UTF-8: ستظهر الحروف العربية والمشكولة على شكل �.',
  saveUtf8: 'احفظوه من جديد بترميز UTF-8 (في جدول البيانات: «CSV UTF-8»)',
};

const es: HintWords = {
  number: 'use cifras, con coma o punto para los decimales (12500,5 o 12 500.5), sin símbolo de moneda ni palabras',
  integer: 'use un número entero, solo cifras',
  dateTime: 'escriba AAAA-MM-DD, o AAAA-MM-DDTHH:MM con la hora (2026-03-10T17:30); el día debe existir',
  date: 'escriba AAAA-MM-DD (2026-03-10); el día debe existir',
  text: 'escriba un texto entre comillas, o un texto por idioma: {"fr": "…", "ar": "…"}',
  url: 'escriba una dirección completa que empiece por https:// (solo se muestran enlaces http, https, mailto: y tel:; un enlace relativo depende de la página donde está el widget)',
  boolean: 'escriba true o false, sin comillas',
  list: 'ponga los elementos entre [ y ]',
  object: 'ponga los campos entre { y }',
  fillCell: 'rellene esta celda',
  addField: 'añada este campo, con un valor',
  headers: (shown) => `; los encabezados del archivo son ${shown}`,
  mappedMissing: (field, audience) =>
    audience === 'cli'
      ? `--columns asocia «${field}» a este encabezado, que el archivo no tiene`
      : `«${field}» está asociado a este encabezado, que el archivo no tiene: elija otra columna`,
  addColumn: (name, audience) =>
    audience === 'cli'
      ? `añada esta columna, o nombre la suya con --columns '{"${name}":"Su encabezado"}'`
      : `añada esta columna, o elija la suya para «${name}» en el paso de las columnas`,
  unique: 'dé a cada registro su propio valor',
  personal:
    'borre esta columna del archivo publicado: cualquiera puede descargar el archivo, aunque el widget nunca la muestre',
  oneOf: (values) => `use uno de estos valores: ${values}`,
  rangeWithin: (values) => `no supere el límite (${values})`,
  range: 'use un valor dentro del rango permitido',
  parentCode: 'use el código de una línea de este archivo, o déjelo vacío para una línea de primer nivel',
  reference: 'revise la ortografía, o añada el registro al que remite',
  ancestor: 'una línea no puede ser su propio antecesor: corrija los códigos padre',
  sums: 'corrija los importes, o las sublíneas que deberían sumarlos',
  timeZone: 'use un nombre de zona horaria IANA, como Africa/Tunis o Africa/Casablanca',
  recurrence: 'use una regla RRULE de iCalendar, como FREQ=WEEKLY;COUNT=4',
  pattern: 'use una expresión regular que JavaScript pueda leer',
  formName:
    'empiece por una letra, luego letras, cifras, - o _; no un campo predefinido (topic, area, message, name, email, phone)',
  dates: 'revise las fechas: debe ir después del inicio',
  webPage: 'dé la dirección del propio archivo de datos (JSON, CSV o ICS), no la de una página sobre él',
  wrongType: (audience) =>
    `${audience === 'cli' ? 'revise --type: ' : 'revise el widget: '}un presupuesto, un plan o un registro de sugerencias es JSON o CSV, las reuniones JSON, CSV o ICS, un formulario JSON`,
  json: 'revise las comas, comillas y corchetes cerca de ese punto (un validador de JSON lo muestra)',
  ics: 'un archivo iCalendar empieza por BEGIN:VCALENDAR y termina por END:VCALENDAR: expórtelo de nuevo desde el calendario',
  csv: 'el archivo necesita una fila de encabezados y luego una fila por registro',
  notUtf8: 'El archivo no está en UTF-8: las letras acentuadas y árabes se verán como �.',
  saveUtf8: 'guárdelo de nuevo en UTF-8 (en una hoja de cálculo: «CSV UTF-8»)',
};

const WORDS: Record<MessageLocale, HintWords> = { en, fr, ar, es };

/** The hint words in `lang` (English for a language without its own). */
export function hintWords(lang: MessageLocale): HintWords {
  return WORDS[lang] ?? en;
}
