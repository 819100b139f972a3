import { defineElement } from '../internal/define.js';
import { VERSION } from '../internal/version.js';
import { FhProgrammeFinder } from './programme-finder.js';

defineElement('fh-programme-finder', FhProgrammeFinder, VERSION);
