/**
 * The CDN entry that registers every Family Hubs element at once:
 * `<script type="module" src="…/cdn/index.js"></script>`. A page with one widget loads less with
 * that widget's own entry (`…/cdn/start-for-life-offer.js`) or with `…/cdn/autoloader.js`.
 */
import '../content-source/define.js';
import '../start-for-life-offer/define.js';
import '../service-search/define.js';
import '../programme-finder/define.js';
import '../exit-this-page/define.js';
import '../help-request/define.js';
// new-widget: defines (npm run new-widget adds a line above)
