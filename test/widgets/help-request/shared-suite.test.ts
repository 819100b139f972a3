// <fh-help-request> against what every content widget promises, over each of its examples.
import '@family-hubs/widgets/help-request/define';
import { runContentWidgetSuite } from '../suites/content-widget.suite.js';
import { helpRequestExamples } from './help-request.examples.js';

runContentWidgetSuite(helpRequestExamples);
