import { defineElement } from '../internal/define.js';
import { VERSION } from '../internal/version.js';
import { FhContentSource } from './content-source.js';

defineElement('fh-content-source', FhContentSource, VERSION);
