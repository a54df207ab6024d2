import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { formatDateTime } from '../../i18n/format';
import { ProfileComparisonCard } from './ProfileComparisonCard';
import { ProfileFactsSection } from './ProfileFactsSection';
import { ProfileFormDrawer } from './ProfileFormDrawer';
import { isDeclaredEmpty } from './profileFormValues';
import { useCommunities, useCommunityProfile } from './useCommunityProfile';

// 社区概况: what a community declares about itself beside what its records count.
export const CommunityProfilePage = () => {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { can } = usePermissions();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const communities = useCommunities();
  const membership = currentMembershipOf(me);
  const ownCommunity = membership?.orgUnitKind === 'community' ? membership.orgUnitId : undefined;
  const unitId = params.get('unit') ?? ownCommunity ?? communities.data?.items[0]?.id;
  const { data: profile, isPending, isFetching, isError, error } = useCommunityProfile(unitId);
  const canManage = can(PERMISSIONS.communityProfileManage);
  const empty = profile ? isDeclaredEmpty(profile.declared) : false;

  const chooseUnit = (unit: string) => {
    const next = new URLSearchParams(params);
    next.set('unit', unit);
    setParams(next, { replace: true });
  };

  const editButton =
    canManage && profile && !empty ? (
      <Button
        type="primary"
        icon={<EditOutlined />}
        onClick={() => setEditing(true)}
        data-testid="profile-edit"
      >
        {t('common.edit')}
      </Button>
    ) : null;

  return (
    <>
      <PageHeader
        title={t('communityProfile.title')}
        description={t('communityProfile.description')}
        extra={editButton}
      />
      <Card
        variant="borderless"
        styles={{ body: { padding: mobile ? 12 : '16px 24px' } }}
        style={{ marginBottom: 16 }}
      >
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 8,
              flex: mobile ? '1 1 100%' : undefined,
              minWidth: 0,
            }}
          >
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {t('communityProfile.unit')}
            </Typography.Text>
            <Select
              id="profile-unit"
              aria-label={t('communityProfile.unit')}
              value={unitId}
              onChange={chooseUnit}
              loading={communities.isPending}
              placeholder={t('communityProfile.chooseUnit')}
              showSearch={{ optionFilterProp: 'label' }}
              options={(communities.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
              style={mobile ? { flex: 1, minWidth: 0 } : { width: 240 }}
            />
          </div>
          {profile ? (
            <Typography.Text type="secondary" data-testid="profile-updated" style={{ marginLeft: 'auto' }}>
              {profile.updatedAt
                ? t('communityProfile.updated', {
                    by: profile.updatedBy ?? '',
                    at: formatDateTime(profile.updatedAt, i18n.language),
                  })
                : t('communityProfile.neverUpdated')}
            </Typography.Text>
          ) : null}
          {isFetching && profile ? <Spin size="small" /> : null}
        </div>
      </Card>

      {isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
      ) : !unitId ? (
        communities.isPending ? (
          <div style={{ padding: 48, textAlign: 'center' }}>
            <Spin />
          </div>
        ) : (
          <Empty description={t('communityProfile.noCommunity')} />
        )
      ) : isPending || !profile ? (
        <div style={{ padding: 48, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%', display: 'flex' }}>
          <ProfileComparisonCard profile={profile} />
          {empty ? (
            <Card variant="borderless" data-testid="profile-empty">
              <Empty
                description={
                  <Space orientation="vertical" size={4}>
                    <Typography.Text>
                      {t('communityProfile.empty', { unit: profile.orgUnitName })}
                    </Typography.Text>
                    <Typography.Text type="secondary">{t('communityProfile.emptyHint')}</Typography.Text>
                  </Space>
                }
              >
                {canManage ? (
                  <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                    {t('communityProfile.declare')}
                  </Button>
                ) : null}
              </Empty>
            </Card>
          ) : (
            <ProfileFactsSection declared={profile.declared} />
          )}
        </Space>
      )}
      {profile && canManage ? (
        <ProfileFormDrawer
          key={profile.orgUnitId}
          open={editing}
          onClose={() => setEditing(false)}
          profile={profile}
        />
      ) : null}
    </>
  );
};
