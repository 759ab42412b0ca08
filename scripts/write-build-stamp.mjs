/** Runs after `next build`: records which sources the build in .next/ was made from (see build-stamp.mjs). */
import { writeStamp } from './build-stamp.mjs';

writeStamp();
