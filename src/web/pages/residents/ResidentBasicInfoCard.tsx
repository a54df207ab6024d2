import { Card, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentDetail, ResidentReveal } from '../../api/residents';
import { ResidentStatusTag } from './ResidentStatusTag';

// The resident's facts: masked as the server sends them, whole once revealed (marked as such).
export const ResidentBasicInfoCard = ({
  resident,
  revealed,
}: {
  resident: ResidentDetail;
  revealed: ResidentReveal | null;
}) => {
  const { t } = useTranslation();
  const whole = (value: ReactNode) => (
    <Typography.Text mark style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {value}
    </Typography.Text>
  );
  const hidden = (
    <Typography.Text type="secondary">{t('residents.detail.hiddenUntilReveal')}</Typography.Text>
  );
  const or = (value: string | null | undefined) => value || '—';

  return (
    <Card variant="borderless" title={t('residents.detail.basicInfo')}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, xl: 2, xxl: 3 }}
        items={[
          { key: 'name', label: t('residents.fields.name'), children: resident.name },
          { key: 'sex', label: t('residents.fields.sex'), children: t(`residents.sex.${resident.sex}`) },
          {
            key: 'birthDate',
            label: t('residents.fields.birthDate'),
            children: t('residents.birthWithAge', { date: resident.birthDate, age: resident.age }),
          },
          {
            key: 'idType',
            label: t('residents.fields.idType'),
            children: t(`residents.idTypes.${resident.idType}`),
          },
          {
            key: 'idNumber',
            label: t('residents.fields.idNumber'),
            children: revealed ? (
              <span data-testid="whole-id-number">{whole(revealed.idNumber)}</span>
            ) : (
              <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{resident.idNumberMasked}</span>
            ),
          },
          {
            key: 'mobile',
            label: t('residents.fields.mobile'),
            children: revealed ? (revealed.mobile ? whole(revealed.mobile) : '—') : or(resident.mobileMasked),
          },
          {
            key: 'hukouType',
            label: t('residents.fields.hukouType'),
            children: t(`residents.hukouTypes.${resident.hukouType}`),
          },
          { key: 'compound', label: t('residents.fields.compound'), children: or(resident.compoundName) },
          { key: 'grid', label: t('residents.fields.grid'), children: or(resident.gridName) },
          {
            key: 'room',
            label: t('residents.fields.room'),
            children: revealed ? (revealed.room ? whole(revealed.room) : '—') : hidden,
          },
          {
            key: 'householdNo',
            label: t('residents.fields.householdNo'),
            children: or(resident.householdNo),
          },
          {
            key: 'relation',
            label: t('residents.fields.relationToHead'),
            children: resident.relationToHead
              ? t(`residents.relations.${resident.relationToHead}`, { defaultValue: resident.relationToHead })
              : '—',
          },
          {
            key: 'political',
            label: t('residents.fields.politicalStatus'),
            children: resident.politicalStatus
              ? t(`residents.politicalStatuses.${resident.politicalStatus}`, {
                  defaultValue: resident.politicalStatus,
                })
              : '—',
          },
          {
            key: 'status',
            label: t('residents.fields.status'),
            children: (
              <span>
                <ResidentStatusTag status={resident.status} />
                {resident.statusDate && resident.status !== 'active' ? (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {resident.statusDate}
                  </Typography.Text>
                ) : null}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
};
