import { html, nothing } from 'lit';
import { foldText } from '../core/feed.ts';
import type { Strings } from '../i18n/index.ts';

/**
 * What the card and the programme do to let a visitor take events away:
 * save an .ics file, share or copy a link. The only DOM code of it; what is
 * written lives in `core/ics.ts` and `core/url-state.ts`.
 */

/** A file name from a title: `atelier-donnees-publiques.ics`. */
export function calendarFileName(title: string): string {
  const stem = foldText(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${stem || 'programme'}.ics`;
}

/**
 * Downloads `text` as a `text/calendar` file. A Blob behind an `<a download>`
 * is what iOS Safari (13+) hands to Calendar; the URL is revoked later, as
 * Safari reads it after the click has returned.
 */
export function saveCalendar(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Firefox follows a click only on a link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/**
 * Hands a link to the system's share sheet where there is one (phones), else
 * copies it. `failed` means neither worked: show the link to copy by hand.
 */
async function shareLink(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.({ url, title }) ?? true)) {
    try {
      await navigator.share({ url, title });
      return 'shared';
    } catch (error) {
      // The visitor closed the sheet: nothing to say. Any other refusal falls back on the clipboard.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** What sharing gave, to tell the visitor: a message, and the link itself when it is theirs to copy. */
export interface ShareResult {
  message: string;
  link?: string;
}

/** Shares `link` and says how it went; `null` when the visitor closed the share sheet. */
export async function shareAndTell(link: string, title: string, t: Strings): Promise<ShareResult | null> {
  switch (await shareLink(link, title)) {
    case 'copied':
      return { message: t.linkCopied };
    case 'shared':
      return { message: t.linkShared };
    case 'failed':
      return { message: t.copyThisLink, link };
    case 'cancelled':
      return null;
  }
}

/** The polite status under a share button: the message, and a read-only field with the link when it must be copied by hand. */
export function renderShareResult(result: ShareResult | null, t: Strings) {
  return html`<p class="shared" role="status">${result?.message ?? ''}${result?.link
    ? html` <input class="shared-link" type="text" readonly aria-label=${t.copyThisLink} .value=${result.link}
        @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />`
    : nothing}</p>`;
}
