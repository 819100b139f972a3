// <fh-help-request> against what every content widget promises, over each of its examples: every
// page of the journey and every sending state.
import '@family-hubs/widgets/help-request/define';
// The Exit this page button the form shows at its top is part of every page axe checks.
import '@family-hubs/widgets/exit-this-page/define';
import { runContentWidgetSuite } from '../suites/content-widget.suite.js';
import { helpRequestExamples } from './help-request.examples.js';

runContentWidgetSuite(helpRequestExamples);
