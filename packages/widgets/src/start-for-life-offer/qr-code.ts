/**
 * A QR code as an SVG template: one path through a Lit attribute binding, so no markup is ever
 * built from strings. The printed offer carries one so a family can open the online offer.
 */
import { html, type TemplateResult } from 'lit';
import qrcode from 'qrcode-generator';

/** The quiet zone scanners need around the code, in modules. */
const QUIET_ZONE = 4;

/** The SVG path data of the dark modules of `text`'s QR code, and the code's size in modules. */
export function qrPath(text: string): { d: string; size: number } {
  // Type 0 picks the smallest version that fits; level M survives a crease or a smudge on paper.
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { d: parts.join(''), size: count + QUIET_ZONE * 2 };
}

/** Renders the QR code of `text`, labelled for screen readers. */
export function renderQrCode(text: string, label: string): TemplateResult {
  const { d, size } = qrPath(text);
  return html`<svg class="qr-code" part="qr-code" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${d} fill="#000"></path>
  </svg>`;
}
