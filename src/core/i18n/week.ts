// The week as the locale's region has it, over Intl. Only the calendar lays out weeks, so this is a
// module of its own: pages without a calendar do not download it.

/** The first day of the week where the locale's region is (1 = Monday … 7 = Sunday); Monday without a region. */
export function firstDayOfWeek(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    if (info.region) return info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1;
  } catch {
    // an invalid tag: Monday
  }
  return 1;
}
