/** CDN entry for `<fh-programme-finder>` alone (with `<fh-content-source>`). */
import '../content-source/define.js';
import '../programme-finder/define.js';
