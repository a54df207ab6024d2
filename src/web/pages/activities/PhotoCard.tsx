import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Image, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { maxCaptionLength } from '../../../core/activities/photo-limits';
import type { ActivityPhoto } from '../../api/activityPhotos';
import { useErrorText } from '../../hooks/useErrorText';
import { formatMinute } from './activityTime';
import { useDeletePhoto, useUpdatePhotoCaption } from './useActivityPhotos';

// One photo: the thumbnail opens the display size; staff edit its caption in place or delete it.
export const PhotoCard = ({
  photo,
  sessionSeq,
  canManage,
}: {
  photo: ActivityPhoto;
  sessionSeq: number | null;
  canManage: boolean;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const caption = useUpdatePhotoCaption(photo.activityId);
  const remove = useDeletePhoto(photo.activityId);

  const saveCaption = (text: string) => {
    if (text.trim() === photo.caption) return;
    caption.mutate(
      { photoId: photo.id, caption: text },
      {
        onSuccess: () => void message.success(t('activities.photos.captionSaved')),
        onError: (error) => void message.error(errorText(error)),
      },
    );
  };

  const when = photo.takenAt
    ? t('activities.photos.takenAt', { time: formatMinute(photo.takenAt) })
    : t('activities.photos.uploadedAt', { time: formatMinute(photo.createdAt) });

  return (
    <Card
      size="small"
      data-testid="activity-photo"
      styles={{ body: { padding: 10 } }}
      cover={
        <Image
          src={photo.thumbUrl}
          alt={photo.caption || t('activities.photos.photo')}
          preview={{ src: photo.largeUrl }}
          width="100%"
          height={150}
          style={{ objectFit: 'cover' }}
        />
      }
    >
      <Typography.Paragraph
        style={{ marginBottom: 4, minHeight: 22 }}
        type={photo.caption ? undefined : 'secondary'}
        ellipsis={{ rows: 2, tooltip: photo.caption || undefined }}
        editable={
          canManage
            ? {
                text: photo.caption,
                maxLength: maxCaptionLength,
                tooltip: t('activities.photos.editCaption'),
                onChange: saveCaption,
              }
            : false
        }
      >
        {photo.caption || t('activities.photos.noCaption')}
      </Typography.Paragraph>
      <div style={{ display: 'flex', alignItems: 'center', gap: 4, flexWrap: 'wrap' }}>
        {sessionSeq !== null ? (
          <Tag style={{ marginInlineEnd: 0 }}>{t('activities.sessionN', { n: sessionSeq })}</Tag>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12, flex: 1, minWidth: 0 }}>
          {when}
        </Typography.Text>
        {canManage ? (
          <Popconfirm
            title={t('activities.photos.deleteConfirmTitle')}
            description={t('activities.photos.deleteConfirm')}
            okText={t('activities.photos.delete')}
            okButtonProps={{ danger: true, loading: remove.isPending }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove
                .mutateAsync(photo.id)
                .then(() => void message.success(t('activities.photos.deleted')))
                .catch((error: unknown) => void message.error(errorText(error)))
            }
          >
            <Button
              danger
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('activities.photos.deleteLabel')}
            />
          </Popconfirm>
        ) : null}
      </div>
    </Card>
  );
};
