import { css } from 'lit';
import { token } from '../internal/tokens.js';

/** Styles of `<fh-exit-this-page>`: a red button, sticky at the top of the viewport on every screen size. */
export const exitThisPageStyles = css`
  :host {
    position: sticky;
    top: 0;
    z-index: 1000;
    display: flex;
    justify-content: flex-end;
    padding: ${token('--fh-space-2')} 0;
    pointer-events: none;
  }
  .button {
    pointer-events: auto;
    display: inline-block;
    padding: ${token('--fh-space-2')} ${token('--fh-space-3')};
    border: 2px solid transparent;
    border-radius: ${token('--fh-radius')};
    background: ${token('--fh-colour-error')};
    box-shadow: 0 2px 0 #55150b;
    color: #ffffff;
    font-weight: 700;
    line-height: 1.2;
    text-decoration: none;
  }
  .button:link,
  .button:visited,
  .button:hover {
    color: #ffffff;
  }
  .button:hover {
    background: #aa2a16;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      color: LinkText;
    }
  }
`;
