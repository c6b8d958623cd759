import type { VendorProfileFields } from '../../../../shared/vendors/profile';

/** Saves one part of a profile's hand-kept fields; resolves true when it was stored. */
export type SavePart = (part: Partial<VendorProfileFields>) => Promise<boolean>;
