import { defineElement } from '../internal/define.js';
import { VERSION } from '../internal/version.js';
import { FhExitThisPage } from './exit-this-page.js';

defineElement('fh-exit-this-page', FhExitThisPage, VERSION);
