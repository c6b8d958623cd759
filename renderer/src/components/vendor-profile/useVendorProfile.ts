import { useCallback, useEffect, useState } from 'react';
import type { AppError, Result } from '../../../../shared/domain/result';
import type { VendorProfile, VendorProfileFields } from '../../../../shared/vendors/profile';
import { client } from '../../client';

/** The fields of a profile the user keeps by hand, as saveVendorProfile takes them. */
export function fieldsOf(profile: VendorProfile): VendorProfileFields {
  return { dpf: profile.dpf, transparency: profile.transparency, openQuestions: profile.openQuestions };
}

/** Saves one part of the hand-kept fields on top of what is stored now, so a part never overwrites another. */
export async function saveProfilePart(vendorId: string, part: (current: VendorProfileFields) => Partial<VendorProfileFields>): Promise<Result<VendorProfile>> {
  const current = await client.getVendorProfile(vendorId);
  if (!current.ok) return current;
  const fields = fieldsOf(current.value);
  return client.saveVendorProfile({ vendorId, ...fields, ...part(fields) });
}

/** A vendor's profile, loaded when shown and again on `reload`; null while it loads or when no vendor is chosen. */
export function useVendorProfile(vendorId: string | null) {
  // Kept with the vendor it belongs to, so that choosing another vendor never shows the previous one's profile.
  const [loaded, setLoaded] = useState<{ vendorId: string; profile: VendorProfile } | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);

  const apply = useCallback((id: string, result: Result<VendorProfile>) => {
    if (result.ok) {
      setLoaded({ vendorId: id, profile: result.value });
      setLoadError(null);
    } else {
      setLoadError(result.error);
    }
  }, []);

  useEffect(() => {
    if (vendorId === null) return;
    let current = true;
    void client.getVendorProfile(vendorId).then((result) => {
      if (current) apply(vendorId, result);
    });
    return () => {
      current = false;
    };
  }, [vendorId, apply]);

  const reload = useCallback(async () => {
    if (vendorId !== null) apply(vendorId, await client.getVendorProfile(vendorId));
  }, [vendorId, apply]);

  const setProfile = useCallback((profile: VendorProfile) => setLoaded({ vendorId: profile.vendorId, profile }), []);

  const profile = loaded !== null && loaded.vendorId === vendorId ? loaded.profile : null;
  return { profile, loadError, reload, setProfile };
}
