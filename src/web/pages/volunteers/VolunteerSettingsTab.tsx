import { App, Button, Divider, Form, Input, InputNumber, Select, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import type { VolunteerSettingsInput } from './records-api';
import { useSaveVolunteerSettings, useVolunteerSettings } from './useServiceRecords';

const ROUNDED_TO = [0, 30, 60] as const;

// 服务设置: the unit's own rules — how a check-in span becomes hours, the star thresholds, after how
// many days a record counts as late, and who signs the certificate of service.
export const VolunteerSettingsTab = ({ canManage }: { canManage: boolean }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<VolunteerSettingsInput>();
  const showErrors = useServerFormErrors(form);
  const { data, isPending } = useVolunteerSettings();
  const save = useSaveVolunteerSettings();
  if (isPending || !data) return <Spin />;
  const { orgUnitId: _unit, isDefault, ...values } = data;
  return (
    <Form<VolunteerSettingsInput>
      form={form}
      layout="vertical"
      disabled={!canManage}
      initialValues={values}
      style={{ maxWidth: 640 }}
      onFinish={(input) =>
        save.mutate(input, {
          onSuccess: () => void message.success(t('volunteers.settings.saved')),
          onError: showErrors,
        })
      }
    >
      {isDefault ? (
        <Tag color="blue" style={{ marginBottom: 12 }}>
          {t('volunteers.settings.isDefault')}
        </Tag>
      ) : null}
      <Typography.Title level={5}>{t('volunteers.settings.rounding')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('volunteers.settings.roundingHint')}</Typography.Paragraph>
      <Form.List name="rounding">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap data-testid="rounding-band">
                <span>{t('volunteers.settings.upTo')}</span>
                <Form.Item name={[field.name, 'upToMinutes']} rules={[{ required: true }]} noStyle>
                  <InputNumber min={1} max={60} aria-label={t('volunteers.settings.upTo')} />
                </Form.Item>
                <span>{t('volunteers.settings.minutesRoundTo')}</span>
                <Form.Item name={[field.name, 'minutes']} rules={[{ required: true }]} noStyle>
                  <Select
                    style={{ width: 110 }}
                    aria-label={t('volunteers.settings.roundTo')}
                    options={ROUNDED_TO.map((m) => ({
                      value: m,
                      label: t('volunteers.settings.asMinutes', { m }),
                    }))}
                  />
                </Form.Item>
                {fields.length > 1 && index < fields.length - 1 ? (
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    {t('volunteers.settings.removeBand')}
                  </Button>
                ) : null}
              </Space>
            ))}
            {fields.length < 6 ? (
              <Button
                type="dashed"
                onClick={() => add({ upToMinutes: 30, minutes: 30 }, 0)}
                style={{ marginTop: 8 }}
              >
                {t('volunteers.settings.addBand')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
      <Divider />
      <Typography.Title level={5}>{t('volunteers.settings.stars')}</Typography.Title>
      <Space wrap>
        {[0, 1, 2, 3, 4].map((i) => (
          <Form.Item
            key={i}
            name={['starThresholdHours', i]}
            label={t('volunteers.stars', { count: i + 1 })}
            rules={[{ required: true }]}
          >
            <InputNumber
              min={1}
              max={100_000}
              addonAfter={t('volunteers.settings.hoursUnit')}
              style={{ width: 150 }}
            />
          </Form.Item>
        ))}
      </Space>
      <Form.Item
        name="lateAfterDays"
        label={t('volunteers.settings.lateAfterDays')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} max={365} addonAfter={t('volunteers.settings.daysUnit')} />
      </Form.Item>
      <Divider />
      <Typography.Title level={5}>{t('volunteers.settings.certificate')}</Typography.Title>
      <Form.Item name="certificateResponsible" label={t('volunteers.settings.responsible')}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="certificateHandler" label={t('volunteers.settings.handler')}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="certificateContact" label={t('volunteers.settings.contact')}>
        <Input maxLength={40} />
      </Form.Item>
      {canManage ? (
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('volunteers.settings.save')}
        </Button>
      ) : null}
    </Form>
  );
};
