import { css } from 'lit';

export const styles = css`
  .day + .day {
    margin-top: calc(var(--_space) * 1.5);
  }
  .day-heading {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25rem;
    line-height: 1.4;
  }
  /* "Lundi 2 novembre": only the first letter, as French writes it. */
  .day-heading::first-letter {
    text-transform: uppercase;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .card {
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-bottom: 3px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .title {
    margin: 0.25rem 0;
    font-size: 1.125rem;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .time,
  .place,
  .local-time {
    margin: 0;
    color: var(--_text-muted);
  }
  .time {
    font-weight: 700;
    color: var(--_text);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    font-size: 0.875rem;
    border-radius: 1rem;
    background: var(--_surface);
  }
  .badge.status {
    font-weight: 700;
    text-transform: uppercase;
    border-radius: var(--_radius);
    color: var(--_error);
    background: var(--_background);
    border: 1px solid currentColor;
  }
  a {
    color: var(--_accent);
  }
`;
