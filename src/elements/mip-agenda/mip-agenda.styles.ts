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
  .more {
    display: block;
    width: 100%;
    margin-top: var(--_space);
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
`;
