import { defineOnce } from '../../define-once.ts';
import { MipAgenda } from './mip-agenda.ts';

defineOnce('mip-agenda', MipAgenda);

export { MipAgenda };
