// <fh-service-search> against what every content widget promises, over each of its examples.
import '@family-hubs/widgets/service-search/define';
import { runContentWidgetSuite } from '../suites/content-widget.suite.js';
import { serviceSearchExamples } from './service-search.examples.js';

runContentWidgetSuite(serviceSearchExamples);
