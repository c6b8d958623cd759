import { useCallback, useEffect, useState } from 'react';
import type { AppError, Result } from '../../../../shared/domain/result';
import type { VendorDetail } from '../../../../shared/vendors/vendor';
import { client } from '../../client';

/** One vendor with its assessments, loaded when the page opens and again on `reload`. */
export function useVendorDetail(vendorId: string) {
  const [detail, setDetail] = useState<VendorDetail | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);

  const apply = useCallback((result: Result<VendorDetail>) => {
    if (result.ok) {
      setDetail(result.value);
      setLoadError(null);
    } else {
      setLoadError(result.error);
    }
  }, []);

  useEffect(() => {
    let current = true;
    void client.getVendor(vendorId).then((result) => {
      if (current) apply(result);
    });
    return () => {
      current = false;
    };
  }, [vendorId, apply]);

  const reload = useCallback(async () => apply(await client.getVendor(vendorId)), [vendorId, apply]);

  return { detail, loadError, reload };
}
