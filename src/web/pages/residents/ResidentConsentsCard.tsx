import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentDetail } from '../../api/residents';
import { formatDateTime } from '../../i18n/format';
import { ConsentFormModal } from './ConsentFormModal';

type Consent = ResidentDetail['consents'][number];

// On what basis the record is kept (法定职责 or 同意), and each consent given, newest first.
export const ResidentConsentsCard = ({
  resident,
  canManage,
}: {
  resident: ResidentDetail;
  canManage: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card
      variant="borderless"
      title={t('residents.consents.title')}
      extra={
        canManage ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('residents.consents.add')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('residents.consents.currentBasis')}
        <Tag color={resident.legalBasis === 'consent' ? 'green' : 'blue'} style={{ marginInlineStart: 4 }}>
          {t(`residents.consents.bases.${resident.legalBasis}`)}
        </Tag>
      </Typography.Paragraph>
      <Table<Consent>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={resident.consents}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('residents.consents.empty')} />
          ),
        }}
        columns={[
          {
            title: t('residents.consents.recordedAt'),
            dataIndex: 'recordedAt',
            key: 'recordedAt',
            render: (value: string) => (
              <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value, i18n.language)}</span>
            ),
          },
          {
            title: t('residents.consents.basis'),
            dataIndex: 'basis',
            key: 'basis',
            render: (basis: Consent['basis']) => (
              <span style={{ whiteSpace: 'nowrap' }}>{t(`residents.consents.bases.${basis}`)}</span>
            ),
          },
          {
            title: t('residents.consents.purposesLabel'),
            dataIndex: 'purposes',
            key: 'purposes',
            render: (purposes: string[]) => purposes.join('、'),
          },
          {
            title: t('residents.consents.guardianName'),
            dataIndex: 'guardianName',
            key: 'guardian',
            render: (value: string | null) => value ?? '—',
          },
          {
            title: t('residents.consents.textVersion'),
            dataIndex: 'textVersion',
            key: 'textVersion',
            render: (value: string | null) => value ?? '—',
          },
          { title: t('residents.consents.recordedBy'), dataIndex: 'recordedBy', key: 'recordedBy' },
        ]}
      />
      {canManage ? <ConsentFormModal resident={resident} open={open} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
};
