/**
 * CDN entry for `<fh-exit-this-page>` alone:
 * `<script type="module" src="…/cdn/exit-this-page.js"></script>`.
 */
import '../exit-this-page/define.js';
