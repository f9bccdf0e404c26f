/**
 * zod compiles fast validators with `new Function` unless told not to; the site's
 * Content-Security-Policy refuses eval. Imported first by every browser module that uses zod,
 * because zod decides at the first schema it builds, when the schema modules are evaluated.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
