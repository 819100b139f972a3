// <fh-programme-finder> against what every content widget promises, over each of its examples.
import '@family-hubs/widgets/programme-finder/define';
import { runContentWidgetSuite } from '../suites/content-widget.suite.js';
import { programmeFinderExamples } from './programme-finder.examples.js';

runContentWidgetSuite(programmeFinderExamples);
