/**
 * The conversion page: a file in, a feed out, all in the visitor's browser
 * (nothing is uploaded). Uses the same pure converters as the command line;
 * the behaviour lives in convert-page.ts so that tests can mount it.
 */
import schema from '../src/core/feed.schema.json';
import { mountConverter } from './convert-page.ts';

mountConverter(document.body, { schema });
