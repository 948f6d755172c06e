import { defineOnce } from '../../define-once.ts';
import { MipCalendar } from './mip-calendar.ts';

defineOnce('mip-calendar', MipCalendar);

export { MipCalendar };
