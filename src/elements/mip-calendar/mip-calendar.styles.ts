import { css } from 'lit';

export const styles = css`
  /* The layout follows the widget's own width, not the page's: it may sit in a sidebar. */
  .calendar {
    container-type: inline-size;
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .heading {
    flex: 1;
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.4;
    text-align: center;
  }
  /* "Novembre 2026": only the first letter, as French writes it. */
  .heading::first-letter,
  .day-heading::first-letter {
    text-transform: uppercase;
  }
  .nav {
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0 0.5rem;
    font-size: 1.5rem;
    line-height: 1;
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .nav:hover {
    background: var(--_surface);
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 2px;
  }
  th {
    padding: 0.25rem 0;
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--_text-muted);
    text-align: center;
  }
  th .narrow {
    display: none;
  }
  td {
    padding: 0;
    vertical-align: top;
  }
  .day {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    align-content: flex-start;
    justify-content: space-between;
    gap: 0.125rem;
    width: 100%;
    min-height: 6.5rem;
    padding: 0.25rem 0.375rem;
    overflow: hidden;
    line-height: 1.25;
    text-align: start;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .day:hover {
    border-color: var(--_accent);
  }
  .day:focus-visible {
    z-index: 1;
  }
  .has-events {
    background: var(--_surface);
  }
  .day-number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.75rem;
    height: 1.75rem;
    padding: 2px;
    font-weight: 700;
    border-radius: 50%;
  }
  /* Today: a ring, not only a colour. (No transparent border on the other days:
     forced-colors mode would paint it.) */
  .today .day-number {
    padding: 0;
    color: var(--_accent);
    border: 2px solid currentColor;
  }
  .count {
    min-width: 1.5rem;
    padding: 0 0.375rem;
    font-size: 0.75rem;
    font-weight: 700;
    text-align: center;
    color: var(--_on-accent);
    background: var(--_accent);
    border-radius: 1rem;
  }
  .day-titles {
    display: flex;
    flex-direction: column;
    flex-basis: 100%;
    min-width: 0;
    gap: 0.125rem;
    font-size: 0.75rem;
  }
  .day-title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .more {
    color: var(--_text-muted);
  }
  .day[aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .day[aria-pressed='true'] .count {
    color: var(--_accent);
    background: var(--_on-accent);
  }
  .day[aria-pressed='true'] .more,
  .today[aria-pressed='true'] .day-number {
    color: inherit;
  }
  @media (forced-colors: active) {
    .day[aria-pressed='true'] {
      border: 3px solid Highlight;
    }
    .count {
      border: 1px solid currentColor;
    }
  }
  .hint,
  .month-empty {
    margin: 0.5rem 0 0;
    color: var(--_text-muted);
  }
  .day-events {
    margin-top: var(--_space);
  }
  .day-heading {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    line-height: 1.4;
  }
  .events {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Narrow: counts only, cells of at least 44 px high (and 24 px wide at 320 px). */
  @container (max-width: 37.5rem) {
    .heading {
      font-size: 1.125rem;
    }
    .grid {
      border-spacing: 1px;
    }
    th .short {
      display: none;
    }
    th .narrow {
      display: inline;
    }
    .day {
      flex-direction: column;
      flex-wrap: nowrap;
      justify-content: flex-start;
      gap: 0;
      min-height: 2.75rem;
      padding: 0.125rem 0;
    }
    .day-titles {
      display: none;
    }
    .day-number {
      min-width: min(1.5rem, 100%);
      height: 1.5rem;
      font-size: 0.875rem;
    }
    .count {
      min-width: min(1.25rem, 100%);
      padding: 0 0.25rem;
      font-size: 0.6875rem;
    }
  }
  /* Too narrow for its text (a phone with large text): the month's name above its arrows. */
  @container (max-width: 15rem) {
    .header {
      flex-wrap: wrap;
    }
    .heading {
      flex-basis: 100%;
      order: -1;
    }
  }
`;
