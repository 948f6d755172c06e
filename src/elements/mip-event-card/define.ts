import { defineOnce } from '../../define-once.ts';
import { MipEventCard } from './mip-event-card.ts';

defineOnce('mip-event-card', MipEventCard);

export { MipEventCard };
