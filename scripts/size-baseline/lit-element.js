// The size report's baseline: the smallest useful Lit element (a property, a template, styles),
// bundled with the same settings as the widgets, so each widget's cost reads against Lit itself.
import { LitElement, css, html } from 'lit';

class BaselineElement extends LitElement {
  static properties = { heading: {} };
  static styles = css`
    :host {
      display: block;
    }
  `;
  constructor() {
    super();
    this.heading = 'Hello';
  }
  render() {
    return html`<h2>${this.heading}</h2>
      <slot></slot>`;
  }
}
globalThis.customElements.define('fh-size-baseline', BaselineElement);
