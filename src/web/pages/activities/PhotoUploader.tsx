import { InboxOutlined } from '@ant-design/icons';
import { App, Progress, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  maxPhotosPerActivity,
  maxPhotosPerUpload,
  photoMimeTypes,
} from '../../../core/activities/photo-limits';
import { isApiError } from '../../api/ApiError';
import type { Activity } from '../../api/activities';
import { useErrorText } from '../../hooks/useErrorText';
import { checkPhotoFiles } from './photoChecks';
import { useUploadPhotos } from './useActivityPhotos';

// Drop or pick photos: checked here first, then sent as one batch that the server keeps whole or not at all.
export const PhotoUploader = ({ activity, photoCount }: { activity: Activity; photoCount: number }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [percent, setPercent] = useState(0);
  const [sessionId, setSessionId] = useState<string | undefined>();
  const upload = useUploadPhotos(activity.id, setPercent);
  const remaining = maxPhotosPerActivity - photoCount;

  const send = (files: File[]) => {
    const { accepted, rejected } = checkPhotoFiles(files);
    if (rejected.length > 0) {
      const list = rejected
        .map((r) => t(`activities.photos.rejected.${r.reason}`, { name: r.name }))
        .join('；');
      void message.error(t('activities.photos.skipped', { list }), 6);
    }
    if (accepted.length === 0) return;
    if (accepted.length > maxPhotosPerUpload) {
      void message.error(t('activities.photos.tooMany', { max: maxPhotosPerUpload }));
      return;
    }
    if (accepted.length > remaining) {
      void message.error(t('activities.photos.overLimit', { remaining, max: maxPhotosPerActivity }));
      return;
    }
    setPercent(0);
    upload.mutate(
      { files: accepted, sessionId },
      {
        onSuccess: (result) =>
          void message.success(t('activities.photos.uploaded', { count: result.items.length })),
        onError: (error) => {
          const details = isApiError(error) ? error.errors.map((e) => e.message) : [];
          void message.error([errorText(error), ...details].join('；'), 8);
        },
      },
    );
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {activity.kind === 'group' ? (
        <Space wrap>
          <Typography.Text>{t('activities.photos.session')}</Typography.Text>
          <Select
            allowClear
            style={{ minWidth: 200 }}
            placeholder={t('activities.photos.wholeActivity')}
            value={sessionId}
            onChange={setSessionId}
            options={activity.sessions.map((s) => ({
              value: s.id,
              label: t('activities.sessionN', { n: s.seq }),
            }))}
            aria-label={t('activities.photos.session')}
          />
        </Space>
      ) : null}
      <Upload.Dragger
        multiple
        accept={photoMimeTypes.join(',')}
        showUploadList={false}
        disabled={upload.isPending || remaining <= 0}
        beforeUpload={(file, fileList) => {
          // antd asks once per file; the whole selection goes as one batch, sent at its last file.
          if (file.uid === fileList[fileList.length - 1]?.uid) send(fileList);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">
          {remaining <= 0
            ? t('activities.photos.full', { max: maxPhotosPerActivity })
            : t('activities.photos.dropTitle')}
        </p>
        <p className="ant-upload-hint">{t('activities.photos.dropHint', { max: maxPhotosPerUpload })}</p>
      </Upload.Dragger>
      {upload.isPending ? (
        <Progress percent={percent} status="active" aria-label={t('activities.photos.uploading')} />
      ) : null}
    </Space>
  );
};
