import type { LocationInput } from './types.ts';

/** The place written out in full, as a postal line: `name, address, postal code city` (what is known of it). */
export function addressLine(location: LocationInput | undefined): string {
  if (!location) return '';
  const city = [location.postalCode, location.city].filter(Boolean).join(' ');
  return [location.name, location.address, city].filter(Boolean).join(', ');
}
