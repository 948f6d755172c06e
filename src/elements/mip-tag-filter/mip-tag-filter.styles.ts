import { css } from 'lit';

export const styles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 700;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.25rem 0.75rem;
    text-align: start;
    overflow-wrap: anywhere;
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid var(--_accent);
    border-radius: 1.375rem;
  }
  button[aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  /* A visible tick, so the pressed state does not rest on colour alone. */
  button[aria-pressed='true']::before {
    content: '';
    flex: none;
    width: 0.35em;
    height: 0.7em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-0.1em) rotate(45deg);
  }
  .count {
    font-size: 0.875rem;
    padding: 0 0.4rem;
    border-radius: 1rem;
    background: var(--_surface);
    color: var(--_text);
  }
  button.none:not([aria-pressed='true']) {
    color: var(--_text-muted);
    border-color: var(--_border);
  }
`;
