// What a page that searches in the browser loads for it: the engine and the content-set adapter.
export { createSearchIndex } from '@family-hubs/content/search';
