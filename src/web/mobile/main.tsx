import '../i18n/setup';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from '../api/queryClient';
import { mobileRouter } from './mobileRoutes';

// The phone pages' own entry (mobile.html, served for /m and /m/…): antd-mobile only, none of the desk's
// component library, so a phone on 4G downloads what it shows and no more.
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from mobile.html');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={mobileRouter} />
    </QueryClientProvider>
  </StrictMode>,
);
