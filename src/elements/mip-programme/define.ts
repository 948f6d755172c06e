import { defineOnce } from '../../define-once.ts';
import { MipProgramme } from './mip-programme.ts';

defineOnce('mip-programme', MipProgramme);

export { MipProgramme };
