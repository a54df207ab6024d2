import { Spin } from 'antd';
import { Suspense } from 'react';
import { RequireAuth } from '../../components/RequireAuth';
import { RequirePermission } from '../../components/RequirePermission';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage } from '../../modules/pageRoutes';

const CheckInScreenPage = lazyPage(() => import('./CheckInScreenPage'), 'CheckInScreenPage');

// 签到大屏 fills the whole window (a projector in the room), so it sits outside the shell.
export const CheckInScreenRoute = () => (
  <RequireAuth>
    <RequirePermission permission={PERMISSIONS.activitiesManage}>
      <Suspense
        fallback={
          <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
            <Spin size="large" />
          </div>
        }
      >
        <CheckInScreenPage />
      </Suspense>
    </RequirePermission>
  </RequireAuth>
);
