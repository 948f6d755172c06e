import { defineOnce } from '../../define-once.ts';
import { MipTagFilter } from './mip-tag-filter.ts';

defineOnce('mip-tag-filter', MipTagFilter);

export { MipTagFilter };
