/**
 * Geography for the service search: reading postcodes, looking them up, distances in miles and
 * rounding the positions of sensitive venues. Pure functions; the look-up takes its own fetch.
 * @module
 */
export * from './postcode.js';
export * from './geocode.js';
export * from './distance.js';
