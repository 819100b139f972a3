import { defineContentType, field, type EntityOf } from './definition/index.js';

/** What a service costs (HSDS `cost_option`). A service with none is free. */
export const costOptionType = defineContentType({
  id: 'costOption',
  name: 'Cost',
  description: 'A price for a service, like £3 per session. Services with no cost are shown as Free.',
  displayField: 'option',
  fields: {
    option: field.symbol('What the price is for', { max: 100 }).required().localized().help('E.g. "Per session" or "Whole course"'),
    amount: field.number('Amount in pounds', { min: 0, max: 10000 }),
    amountDescription: field.symbol('Price in words', { max: 150 }).localized().help('E.g. "£2, or free if you get Universal Credit"'),
  },
});
/** A cost option. */
export type CostOption = EntityOf<typeof costOptionType>;
