import { Alert, Card, Empty, Image, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { maxPhotosPerActivity } from '../../../core/activities/photo-limits';
import type { Activity } from '../../api/activities';
import { useErrorText } from '../../hooks/useErrorText';
import { PhotoCard } from './PhotoCard';
import { PhotoUploader } from './PhotoUploader';
import { useActivityPhotos } from './useActivityPhotos';

const grid = {
  display: 'grid',
  // At least two columns on a phone, tiles of 180px and more on a desk.
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(180px, calc(50% - 6px)), 1fr))',
  gap: 12,
} as const;

// 照片: evidence that the activity took place, for reports; staff upload, caption and delete.
export const ActivityPhotosTab = ({ activity, canManage }: { activity: Activity; canManage: boolean }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data, isPending, isError, error } = useActivityPhotos(activity.id);
  const photos = data?.items ?? [];
  const open = activity.status === 'published' || activity.status === 'finished';
  const seqOf = new Map(activity.sessions.map((s) => [s.id, s.seq]));

  const body = () => {
    if (isPending) return <Spin style={{ display: 'block', padding: 32 }} />;
    if (isError)
      return <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />;
    if (photos.length === 0)
      return (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <Space orientation="vertical" size={2}>
              <Typography.Text>{t('activities.photos.empty')}</Typography.Text>
              <Typography.Text type="secondary">{t('activities.photos.emptyHint')}</Typography.Text>
            </Space>
          }
        />
      );
    return (
      <Image.PreviewGroup>
        <div style={grid} data-testid="activity-photos">
          {photos.map((photo) => (
            <PhotoCard
              key={photo.id}
              photo={photo}
              canManage={canManage}
              sessionSeq={photo.sessionId ? (seqOf.get(photo.sessionId) ?? null) : null}
            />
          ))}
        </div>
      </Image.PreviewGroup>
    );
  };

  return (
    <Card
      variant="borderless"
      title={t('activities.tabs.photos')}
      extra={
        <Typography.Text type="secondary">
          {t('activities.photos.count', { count: photos.length, max: maxPhotosPerActivity })}
        </Typography.Text>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {canManage && open ? <PhotoUploader activity={activity} photoCount={photos.length} /> : null}
        {canManage && !open ? <Alert type="info" showIcon title={t('activities.photos.notOpen')} /> : null}
        {body()}
      </Space>
    </Card>
  );
};
