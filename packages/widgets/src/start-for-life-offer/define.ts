import { defineElement } from '../internal/define.js';
import { VERSION } from '../internal/version.js';
import { FhStartForLifeOffer } from './start-for-life-offer.js';

defineElement('fh-start-for-life-offer', FhStartForLifeOffer, VERSION);
