import {
  Button,
  Form,
  ImageUploader,
  type ImageUploadItem,
  Input,
  Picker,
  type PickerRef,
  Switch,
  TextArea,
  Toast,
} from 'antd-mobile';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { useErrorText } from '../../hooks/useErrorText';
import { MobilePage } from '../../mobile/MobilePage';
import { MAX_PHOTOS } from './api';
import { usePostSuggestion, useSuggestionPlaces } from './useSuggestions';

type Values = { title?: string; body?: string; compound: string[]; anonymous: boolean };

// 提建议: title, what and where, anonymous towards other residents, up to three photos; one request.
export const MobileNewSuggestionPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const places = useSuggestionPlaces();
  const post = usePostSuggestion();
  const [form] = Form.useForm<Values>();
  const [photos, setPhotos] = useState<ImageUploadItem[]>([]);
  const [files] = useState(() => new Map<string, File>());
  const [problem, setProblem] = useState<string | null>(null);

  // The photos stay on the phone until the form is sent; the uploader only shows them.
  const keep = async (file: File): Promise<ImageUploadItem> => {
    const url = URL.createObjectURL(file);
    files.set(url, file);
    return { url };
  };

  const onFinish = (v: Values) => {
    setProblem(null);
    post.mutate(
      {
        title: v.title?.trim() ?? '',
        body: v.body?.trim() ?? '',
        compoundId: v.compound[0] || undefined,
        anonymous: v.anonymous,
        photos: photos.flatMap((p) => {
          const file = files.get(p.url);
          return file ? [file] : [];
        }),
      },
      {
        onSuccess: () => {
          Toast.show({ icon: 'success', content: t('suggestions.phone.submitted') });
          navigate('/m/suggestions', { replace: true });
        },
        onError: (error) => {
          const fields = isApiError(error) ? error.errors.map((e) => e.message) : [];
          setProblem([errorText(error), ...fields].join('；'));
        },
      },
    );
  };

  const compounds = places.data?.compounds ?? [];
  return (
    <MobilePage
      title={t('suggestions.phone.newTitle')}
      onBack={() => navigate('/m/suggestions')}
      footer={
        <Button block color="primary" size="large" loading={post.isPending} onClick={() => form.submit()}>
          {t('suggestions.phone.submit')}
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ compound: [], anonymous: false }}
        style={{ fontSize: 17, borderRadius: 8, overflow: 'hidden' }}
      >
        <Form.Item
          name="title"
          label={t('suggestions.phone.titleLabel')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('suggestions.phone.titleRequired') },
          ]}
        >
          <Input placeholder={t('suggestions.phone.titlePlaceholder')} maxLength={60} clearable />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('suggestions.phone.bodyLabel')}
          rules={[{ required: true, whitespace: true, min: 5, message: t('suggestions.phone.bodyRequired') }]}
        >
          <TextArea
            placeholder={t('suggestions.phone.bodyPlaceholder')}
            rows={5}
            maxLength={1000}
            showCount
          />
        </Form.Item>
        {compounds.length > 0 ? (
          // A community has a score of compounds: a wheel to pick from rather than a wall of buttons.
          <Form.Item
            name="compound"
            label={t('suggestions.phone.compoundLabel')}
            trigger="onConfirm"
            arrow
            onClick={(_, picker: RefObject<PickerRef>) => picker.current?.open()}
          >
            <Picker
              columns={[
                [
                  { label: t('suggestions.phone.noCompound'), value: '' },
                  ...compounds.map((c) => ({ label: c.name, value: c.id })),
                ],
              ]}
              cancelText={t('common.cancel')}
              confirmText={t('common.ok')}
            >
              {(items) => items[0]?.label ?? t('suggestions.phone.noCompound')}
            </Picker>
          </Form.Item>
        ) : null}
        <Form.Item
          name="anonymous"
          label={t('suggestions.phone.anonymousLabel')}
          valuePropName="checked"
          childElementPosition="right"
          layout="horizontal"
          description={t('suggestions.phone.anonymousHint')}
        >
          <Switch
            aria-label={t('suggestions.phone.anonymousLabel')}
            style={{ '--height': '36px', '--width': '60px' }}
          />
        </Form.Item>
        <Form.Item label={t('suggestions.phone.photosLabel')}>
          <ImageUploader
            value={photos}
            onChange={setPhotos}
            upload={keep}
            accept="image/jpeg,image/png,image/webp"
            multiple
            maxCount={MAX_PHOTOS}
            onCountExceed={() => Toast.show({ content: t('suggestions.phone.tooManyPhotos') })}
            style={{ '--cell-size': '96px' }}
          />
        </Form.Item>
      </Form>
      {problem ? (
        <div
          role="alert"
          style={{ color: '#d4380d', fontSize: 16, padding: '12px 4px' }}
          data-testid="suggestion-error"
        >
          {problem}
        </div>
      ) : null}
    </MobilePage>
  );
};
