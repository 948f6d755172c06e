/**
 * Time zone names as calendars write them, read as IANA zones: IANA names
 * themselves, Windows names written by Outlook and Exchange
 * ("Romance Standard Time"), and the prefixed forms of some tools
 * (`/mozilla.org/20050126_1/Europe/Paris`).
 */
import { normalizeTimeZone } from '../dates.ts';

/**
 * Windows zone names France uses, metropolitan and overseas. Where CLDR's
 * default zone is another country's (Mauritius for Réunion, Honolulu for
 * Tahiti), the French territory's zone is taken: this tool converts French
 * programmes, and both zones have the same rules.
 */
export const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'Romance Standard Time': 'Europe/Paris',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  UTC: 'Etc/UTC',
  'SA Eastern Standard Time': 'America/Cayenne',
  'SA Western Standard Time': 'America/Martinique',
  'Saint Pierre Standard Time': 'America/Miquelon',
  'Mauritius Standard Time': 'Indian/Reunion',
  'E. Africa Standard Time': 'Indian/Mayotte',
  'Central Pacific Standard Time': 'Pacific/Noumea',
  'Hawaiian Standard Time': 'Pacific/Tahiti',
  'Marquesas Standard Time': 'Pacific/Marquesas',
  'UTC-09': 'Pacific/Gambier',
  'UTC+12': 'Pacific/Wallis',
  'West Asia Standard Time': 'Indian/Kerguelen',
};

const FOLDED = new Map(Object.entries(WINDOWS_ZONES).map(([name, zone]) => [name.toLowerCase(), zone]));

/**
 * The IANA zone a calendar's zone name designates, or null. Accepts IANA
 * names (any case), Windows names, prefixed names ending with an IANA name,
 * and Outlook's display names such as "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris".
 */
export function readZoneName(name: string | null | undefined): string | null {
  if (typeof name !== 'string') return null;
  const text = name.trim().replace(/^"|"$/g, '').trim();
  if (!text) return null;
  const windows = FOLDED.get(text.toLowerCase());
  if (windows) return windows;
  const iana = normalizeTimeZone(text);
  if (iana) return iana;
  // `/mozilla.org/20050126_1/Europe/Paris`, `/Europe/Paris`: the last two or three segments.
  const segments = text.split('/').filter(Boolean);
  for (let take = 3; take >= 1; take--) {
    if (segments.length >= take) {
      const tail = normalizeTimeZone(segments.slice(-take).join('/'));
      if (tail && tail.includes('/')) return tail;
    }
  }
  if (/\bParis\b/i.test(text)) return 'Europe/Paris';
  return null;
}
