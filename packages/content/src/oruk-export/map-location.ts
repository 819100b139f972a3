/**
 * A venue as an HSDS-UK 3.0 location. The sensitive-venue rule lives in `views/parts.ts` and is
 * applied here too: a refuge's street address and exact map position never reach a feed, which
 * anyone can download. Its address carries the postcode area only and its position is rounded
 * to 2 decimal places (about 1 km), as families see it in the widgets.
 */
import type { AccessibilityFeature, Location } from '../model/index.js';
import { postcodeArea } from '../views/parts.js';
import { orukId } from './stable-id.js';
import type { OrukAccessibility, OrukAddress, OrukLocation } from './types.js';

/** What a sensitive venue's first address line says instead of the street. */
export const WITHHELD_ADDRESS = 'Address given when you contact the service';

/** How each accessibility feature reads in a feed. */
export const ACCESSIBILITY_DESCRIPTIONS: Readonly<Record<AccessibilityFeature, string>> = {
  stepFreeAccess: 'Step-free access',
  accessibleToilet: 'Accessible toilet',
  hearingLoop: 'Hearing loop',
  lift: 'Lift',
  disabledParking: 'Disabled parking',
  babyChanging: 'Baby changing',
  buggyStorage: 'Buggy storage',
  quietSpace: 'Quiet space',
  breastfeedingFriendly: 'Breastfeeding and infant feeding friendly',
};

/** A map coordinate rounded to 2 decimal places (about 1 km), for sensitive venues. */
export function blurCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `location` as an ORUK location, masked when it is a sensitive venue. */
export function toOrukLocation(location: Location): OrukLocation {
  const id = orukId('location', location.id);
  const sensitive = location.hideExactAddress === true;
  const position = location.position;
  const accessibility = (location.accessibility ?? []).map(
    (feature): OrukAccessibility => ({ id: orukId('accessibility', `${location.id}/${feature}`), location_id: id, description: ACCESSIBILITY_DESCRIPTIONS[feature] }),
  );
  return {
    id,
    location_type: 'physical',
    name: location.name,
    ...(location.accessibilityNotes ? { description: location.accessibilityNotes } : {}),
    ...(position ? { latitude: sensitive ? blurCoordinate(position.lat) : position.lat, longitude: sensitive ? blurCoordinate(position.lon) : position.lon } : {}),
    addresses: [toOrukAddress(location, id, sensitive)],
    ...(accessibility.length ? { accessibility } : {}),
  };
}

/**
 * The venue's address. ORUK requires `address_1`, `city` and `state_province`; the model has no
 * county and may have no town, so a missing required part is an empty string (never `null`, and
 * never a guess). A sensitive venue keeps its postcode area and nothing else.
 */
function toOrukAddress(location: Location, locationId: string, sensitive: boolean): OrukAddress {
  const base = { id: orukId('address', location.id), location_id: locationId, state_province: '', country: 'GB', address_type: 'physical' } as const;
  if (sensitive) return { ...base, address_1: WITHHELD_ADDRESS, city: '', postal_code: postcodeArea(location.postcode) };
  return {
    ...base,
    address_1: location.addressLine1 ?? '',
    ...(location.addressLine2 ? { address_2: location.addressLine2 } : {}),
    city: location.townOrCity ?? '',
    postal_code: location.postcode.trim().toUpperCase(),
  };
}
