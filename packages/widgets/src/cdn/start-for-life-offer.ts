/**
 * CDN entry for `<fh-start-for-life-offer>` alone (with `<fh-content-source>`):
 * `<script type="module" src="…/cdn/start-for-life-offer.js"></script>`. Shared code lives in a
 * runtime chunk that every widget's entry loads once.
 */
import '../content-source/define.js';
import '../start-for-life-offer/define.js';
