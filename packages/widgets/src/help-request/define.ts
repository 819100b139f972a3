// The form shows Exit this page at its top: a page that imports only this file must still get the button.
import '../exit-this-page/define.js';
import { defineElement } from '../internal/define.js';
import { VERSION } from '../internal/version.js';
import { FhHelpRequest } from './help-request.js';

defineElement('fh-help-request', FhHelpRequest, VERSION);
