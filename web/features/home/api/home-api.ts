import type { GovernmentPage } from '../../../../shared/contracts/registry';
import { governmentKeys } from '../../../../shared/contracts/registry';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

/** What the user reaches: the first 200 governments and their unit/product/contact totals. */
export function useReachSummary() {
  return useQuery({
    queryKey: governmentKeys.summary(),
    queryFn: async () => {
      const page = await apiGet<GovernmentPage>('/governments', {
        limit: 200,
      });
      const sum = (k: 'unitCount' | 'productCount' | 'contactCount') =>
        page.items.reduce((n, g) => n + g[k], 0);
      return {
        governments: page.items.length,
        more: page.nextCursor !== null,
        units: sum('unitCount'),
        products: sum('productCount'),
        contacts: sum('contactCount'),
        recent: [...page.items].sort((a, b) => b.unitCount - a.unitCount).slice(0, 6),
      };
    },
  });
}
