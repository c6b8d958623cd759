import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/domain/result';
import type { VendorListItem } from '../../../../shared/vendors/vendor';
import { client } from '../../client';

/** Every vendor, the one linked to the assessment, and the one chosen (the linked one until the user picks another). */
export function useVendorChoice(assessmentId: string) {
  const [vendors, setVendors] = useState<VendorListItem[] | null>(null);
  const [linkedId, setLinkedId] = useState<string | null>(null);
  const [chosenId, setChosenId] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const reloadVendors = useCallback(async () => {
    const result = await client.listVendors();
    if (result.ok) setVendors(result.value);
    else setError(result.error);
  }, []);

  useEffect(() => {
    let current = true;
    void client.listVendors().then(async (result) => {
      if (!current) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setVendors(result.value);
      const link = await client.getAssessmentVendor(assessmentId);
      if (!current) return;
      const linked = link.ok ? link.value.vendorId : null;
      setLinkedId(linked);
      if (linked) setChosenId((chosen) => chosen || linked);
    });
    return () => {
      current = false;
    };
  }, [assessmentId]);

  /** After a document named a vendor that may be new: list again and choose it. */
  const choose = useCallback(
    async (vendorId: string) => {
      await reloadVendors();
      setChosenId(vendorId);
    },
    [reloadVendors],
  );

  return { vendors, linkedId, chosenId, setChosenId, choose, error };
}
