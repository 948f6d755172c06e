import { css } from 'lit';

/**
 * What every element shares: the design tokens (DSFR colours when the host
 * page defines them, the DSFR's light or dark values otherwise), a host reset,
 * the focus ring, the visually-hidden helper, and the visitor's preferences
 * (forced colours, reduced motion).
 */
export const shared = css`
  :host {
    /* The visitor's preference by default (prefers-color-scheme); a host pins \`light\` or \`dark\` with
       --mip-color-scheme. On a DSFR page the host's tokens decide the colours, light or dark, whatever
       this says. The second colour of each light-dark() is the DSFR's dark value. */
    color-scheme: var(--mip-color-scheme, light dark);
    --_accent: var(--mip-color-accent, var(--background-action-high-blue-france, light-dark(#000091, #8585f6)));
    --_on-accent: var(--mip-color-on-accent, var(--text-inverted-blue-france, light-dark(#f5f5fe, #000091)));
    --_text: var(--mip-color-text, var(--text-default-grey, light-dark(#3a3a3a, #cecece)));
    --_text-muted: var(--mip-color-text-muted, var(--text-mention-grey, light-dark(#666666, #929292)));
    --_background: var(--mip-color-background, var(--background-default-grey, light-dark(#ffffff, #161616)));
    --_surface: var(--mip-color-surface, var(--background-alt-grey, light-dark(#f6f6f6, #1e1e1e)));
    --_border: var(--mip-color-border, var(--border-default-grey, light-dark(#dddddd, #353535)));
    --_error: var(--mip-color-error, var(--text-default-error, light-dark(#ce0500, #ff5655)));
    --_radius: var(--mip-radius, 0.25rem);
    --_space: var(--mip-space, 1rem);
    --_focus: var(--mip-focus-ring, 2px solid var(--_accent));
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    /* Dark text needs no backdrop on the usual white page, light text does: a host may pin dark on a light
       page. An element inside another's shadow root leaves it to the outer one (below), as a filter
       group sits on the filter bar's surface. */
    background: var(--_host-background, light-dark(transparent, var(--_background)));
    /* The host page's inherited text settings stop here: like its headings, the widget's text is set in rem. */
    font: 400 1rem/1.5 var(--mip-font-family, Marianne, arial, sans-serif);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    cursor: auto;
  }
  * {
    --_host-background: transparent;
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
  /* A link the clipboard refused, shown to copy by hand (the card's and the programme's share buttons). */
  .shared-link {
    width: 100%;
    max-width: 40rem;
    font: inherit;
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
  @media (forced-colors: active) {
    /* The system paints every background Canvas: a boundary drawn only by a background colour vanishes. */
    .badge {
      border: 1px solid CanvasText;
    }
    .register {
      border: 1px solid LinkText;
    }
    .retry {
      border: 1px solid ButtonText;
    }
    /* A chosen option takes the system's selection colours (a tick or a name alone is not enough),
       over the elements' accent colours, which forced-color-adjust: none would let through. */
    [aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText !important;
      background: Highlight !important;
      border-color: Highlight !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    *::before,
    *::after {
      animation-delay: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-delay: 0s !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;
