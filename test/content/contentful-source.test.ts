/**
 * Both Contentful sources against the local Delivery API over real HTTP: the fetch reader that
 * pages use, and the official-client source that the CLI uses. Same suite, same expectations.
 */
import { createContentfulFetchSource, createContentfulSource } from '@family-hubs/content/contentful';
import { contentfulSourceSuite } from './contentful-source-suite.js';

contentfulSourceSuite('Contentful fetch reader', createContentfulFetchSource);
contentfulSourceSuite('Contentful source (official contentful client)', createContentfulSource);
