import { defineElement } from '../internal/define.js';
import { VERSION } from '../internal/version.js';
import { FhServiceSearch } from './service-search.js';

defineElement('fh-service-search', FhServiceSearch, VERSION);
