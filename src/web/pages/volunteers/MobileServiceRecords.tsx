import { Button, Card, Empty, Form, Input, List, Popup, Stepper, Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import { TAG_STYLE } from '../../mobile/tagStyle';
import type { ServiceRecord } from './records-api';
import { useOwnRecords, useRequestCorrection } from './useServiceRecords';
import { hoursOf } from './VolunteerTags';

const STATUS_COLORS = { proposed: 'warning', approved: 'success', rejected: 'danger' } as const;

// The volunteer's own service records, each with 申请更正 (the hours it should be and why).
export const MobileServiceRecords = () => {
  const { t } = useTranslation();
  const { data, isPending } = useOwnRecords(true);
  const [correcting, setCorrecting] = useState<ServiceRecord | null>(null);
  const items = data?.items ?? [];
  return (
    <Card title={<span style={{ fontSize: 18 }}>{t('volunteers.phone.myRecords')}</span>}>
      {isPending ? null : items.length === 0 ? (
        <Empty description={t('volunteers.phone.noRecords')} />
      ) : (
        <List style={{ '--font-size': '17px' }}>
          {items.map((r) => (
            <List.Item
              key={r.id}
              data-testid="own-record"
              description={`${r.serviceDate} · ${r.place ? `${r.place} · ` : ''}${r.content}`}
              extra={
                <div style={{ textAlign: 'right' }}>
                  <div style={{ fontSize: 18, fontWeight: 600 }}>
                    {t('volunteers.phone.hoursValue', { hours: hoursOf(r.minutes ?? r.proposedMinutes) })}
                  </div>
                  {r.status !== 'rejected' ? (
                    <Button
                      size="small"
                      fill="none"
                      color="primary"
                      onClick={() => setCorrecting(r)}
                      style={{ minHeight: 36, paddingInline: 0 }}
                    >
                      {t('volunteers.phone.askCorrection')}
                    </Button>
                  ) : null}
                </div>
              }
            >
              <span>{r.activityTitle ?? t('volunteers.records.outsideActivity')}</span>
              <Tag
                color={STATUS_COLORS[r.status]}
                fill="outline"
                style={{ ...TAG_STYLE, marginInlineStart: 6 }}
              >
                {t(`volunteers.records.statuses.${r.status}`)}
              </Tag>
            </List.Item>
          ))}
        </List>
      )}
      <CorrectionPopup record={correcting} onClose={() => setCorrecting(null)} />
    </Card>
  );
};

const CorrectionPopup = ({ record, onClose }: { record: ServiceRecord | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const request = useRequestCorrection();
  const [form] = Form.useForm<{ hours: number; reason: string }>();
  return (
    <Popup
      visible={!!record}
      onMaskClick={onClose}
      onClose={onClose}
      destroyOnClose
      bodyStyle={{ borderRadius: '12px 12px 0 0', padding: 12 }}
    >
      <div style={{ fontSize: 18, fontWeight: 600, padding: '4px 12px' }}>
        {t('volunteers.phone.correctionTitle')}
      </div>
      {record ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ hours: hoursOf(record.minutes ?? record.proposedMinutes) }}
          onFinish={(v) =>
            request.mutate(
              { recordId: record.id, requestedMinutes: Math.round(v.hours * 60), reason: v.reason.trim() },
              {
                onSuccess: () => {
                  Toast.show({ icon: 'success', content: t('volunteers.phone.correctionSent') });
                  onClose();
                },
                onError: (error) => Toast.show({ icon: 'fail', content: errorText(error), duration: 3000 }),
              },
            )
          }
          footer={
            <Button block type="submit" color="primary" size="large" loading={request.isPending}>
              {t('volunteers.phone.submit')}
            </Button>
          }
        >
          <Form.Item name="hours" label={t('volunteers.phone.requestedHours')}>
            <Stepper min={0} max={24} step={0.5} digits={1} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('volunteers.phone.correctionReason')}
            rules={[
              { required: true, whitespace: true, min: 2, message: t('volunteers.detail.reasonRequired') },
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      ) : null}
    </Popup>
  );
};
