import { css } from 'lit';

/**
 * What every element shares: the design tokens (DSFR colours when the host
 * page defines them, DSFR-like defaults otherwise), a host reset, the focus
 * ring and the visually-hidden helper.
 */
export const shared = css`
  :host {
    --_accent: var(--mip-color-accent, var(--background-action-high-blue-france, #000091));
    --_on-accent: var(--mip-color-on-accent, var(--text-inverted-blue-france, #f5f5fe));
    --_text: var(--mip-color-text, var(--text-default-grey, #3a3a3a));
    --_text-muted: var(--mip-color-text-muted, var(--text-mention-grey, #666666));
    --_background: var(--mip-color-background, var(--background-default-grey, #ffffff));
    --_surface: var(--mip-color-surface, var(--background-alt-grey, #f6f6f6));
    --_border: var(--mip-color-border, var(--border-default-grey, #dddddd));
    --_error: var(--mip-color-error, var(--text-default-error, #ce0500));
    --_radius: var(--mip-radius, 0.25rem);
    --_space: var(--mip-space, 1rem);
    --_focus: var(--mip-focus-ring, 2px solid var(--_accent));
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--mip-font-family, Marianne, arial, sans-serif);
    line-height: 1.5;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  /* The loading, empty and error states of the feed-loading elements. */
  .status-message,
  .error {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .error {
    border-left: 4px solid var(--_error);
  }
  .retry {
    margin-top: calc(var(--_space) / 2);
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: var(--_radius);
    color: var(--_on-accent);
    background: var(--_accent);
  }
`;
