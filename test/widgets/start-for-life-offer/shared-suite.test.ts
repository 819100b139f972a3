// The offer against what every content widget promises, over each of its examples.
import '@family-hubs/widgets/start-for-life-offer/define';
import { runContentWidgetSuite } from '../suites/content-widget.suite.js';
import { offerExamples } from './start-for-life-offer.examples.js';

runContentWidgetSuite(offerExamples);
