import { defineElement } from '../internal/define.js';
import { VERSION } from '../internal/version.js';
import { FhHelpRequest } from './help-request.js';

defineElement('fh-help-request', FhHelpRequest, VERSION);
