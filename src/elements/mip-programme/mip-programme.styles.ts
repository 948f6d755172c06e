import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .bar {
    display: grid;
    gap: var(--_space);
    margin-bottom: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  label,
  .label {
    display: block;
    font-weight: 700;
  }
  .hint {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  input[type='search'],
  input[type='date'] {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    margin-top: 0.25rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-bottom: 2px solid var(--_text);
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  .panel {
    display: grid;
    gap: var(--_space);
  }
  .dates {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .dates legend {
    padding: 0;
    font-weight: 700;
  }
  .dates-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem var(--_space);
  }
  .dates-fields label {
    flex: 1 1 10rem;
    min-width: 0;
    font-weight: 400;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    font-weight: 400;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .toggle,
  .clear,
  .views button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .clear[aria-disabled='true'] {
    color: var(--_text-muted);
    border-color: var(--_border);
    cursor: default;
  }
  .results-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: var(--_space);
  }
  .count {
    margin: 0;
    font-weight: 700;
  }
  .views {
    display: flex;
    gap: 0.25rem;
  }
  .views button[aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .take-home,
  .selection {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: var(--_space);
  }
  .take-home button,
  .selection button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .take-home .mine[aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .take-home [aria-disabled='true'] {
    color: var(--_text-muted);
    border-color: var(--_border);
    cursor: default;
  }
  .shared {
    flex-basis: 100%;
    margin: 0;
  }
  .shared:empty {
    display: none;
  }
  .selection {
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_surface);
    border-left: 4px solid var(--_accent);
  }
  .selection p {
    margin: 0;
  }
  .empty {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* On paper: the events found, without the controls that chose them. */
  @media print {
    .bar,
    .views,
    .take-home,
    .selection button {
      display: none;
    }
  }
  /* Narrow: the filters fold into a disclosure, so the results stay in view on a phone. */
  .panel.collapsed {
    display: none;
  }
  @container (min-width: 48rem) {
    .bar {
      grid-template-columns: 1fr;
    }
    .toggle {
      display: none;
    }
    .panel.collapsed {
      display: grid;
    }
    .panel {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .panel > .wide {
      grid-column: 1 / -1;
    }
  }
`;
