import { css } from 'lit';

export const styles = css`
  .card {
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-bottom: 3px solid var(--_accent);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .card.inactive {
    border-bottom-color: var(--_error);
  }
  .title {
    margin: 0.25rem 0;
    font-size: 1.125rem;
    line-height: 1.4;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: var(--_focus);
  }
  .card.cancelled .title {
    text-decoration: line-through;
  }
  p {
    margin: 0.25rem 0;
  }
  .time {
    font-weight: 700;
  }
  .place,
  .local-time,
  .organizer,
  .notes {
    color: var(--_text-muted);
  }
  .badges,
  .notes,
  .sessions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0.25rem 0;
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
  .badge.tag {
    background: transparent;
    border: 1px solid var(--_border);
  }
  .badge.status {
    font-weight: 700;
    text-transform: uppercase;
    border-radius: var(--_radius);
    color: var(--_error);
    background: var(--_background);
    border: 1px solid currentColor;
  }
  .sessions {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .register,
  .toggle,
  .star {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    font-size: 1rem;
    text-decoration: none;
  }
  .register {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .toggle,
  .star {
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid var(--_accent);
  }
  .toggle::after {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-0.15em) rotate(45deg);
    margin-left: 0.25rem;
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .details {
    margin-top: 0.75rem;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
  }
  .details img {
    max-width: 100%;
    height: auto;
  }
  a {
    color: var(--_accent);
  }
  .star[aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .star-icon {
    font-size: 1.25em;
    line-height: 1;
  }
  .take-home {
    margin-top: 0.75rem;
  }
  .take-home-label {
    font-weight: 700;
  }
  .take-home-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin: 0.25rem 0;
    padding: 0;
    list-style: none;
  }
  .take-home-links a,
  .take-home-links button {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
  }
  .take-home-links button {
    padding: 0.5rem 1rem;
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .register:focus-visible,
  .toggle:focus-visible {
    outline: var(--_focus);
  }
  /* On paper: the whole card, no buttons, every link written out. */
  @media print {
    .card {
      break-inside: avoid;
      border: 1px solid;
    }
    button,
    .toggle,
    .star,
    .take-home {
      display: none;
    }
    .details[hidden] {
      display: block !important;
    }
    a {
      color: inherit;
    }
    a[href^='http']::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
    .register {
      padding: 0;
      min-height: 0;
      color: inherit;
      background: none;
    }
  }
`;
