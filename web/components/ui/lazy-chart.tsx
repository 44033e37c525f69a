import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';

const EChart = lazy(() => import('./echart'));

/** The ECharts wrapper loaded on demand: pages without charts never download ECharts. */
export function LazyChart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense
      fallback={
        <Center h={props.height ?? 280}>
          <Loader size="sm" />
        </Center>
      }
    >
      <EChart {...props} />
    </Suspense>
  );
}
