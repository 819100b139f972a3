/** CDN entry for `<fh-help-request>` alone (with `<fh-content-source>` and `<fh-exit-this-page>`, which it shows at its top). */
import '../content-source/define.js';
import '../exit-this-page/define.js';
import '../help-request/define.js';
