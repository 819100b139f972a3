/**
 * The CDN autoloader: `<script type="module" src="…/cdn/autoloader.js"></script>` defines only
 * the `fh-*` elements that are on the page, and ones added to it later (by a CMS, a tab, a
 * single-page app), each by loading its own entry.
 */
import { startAutoloader } from '../internal/autoloader.js';

startAutoloader(document);
