/**
 * The CDN entry: registers every Family Hubs element. Load it with
 * `<script type="module" src="…/cdn/index.js"></script>`.
 */
import '../content-source/define.js';
import '../start-for-life-offer/define.js';
