/** CDN entry for `<fh-content-source>` alone, for pages whose widgets are loaded on demand. */
import '../content-source/define.js';
