/** CDN entry for `<fh-service-search>` alone (with `<fh-content-source>`). */
import '../content-source/define.js';
import '../service-search/define.js';
