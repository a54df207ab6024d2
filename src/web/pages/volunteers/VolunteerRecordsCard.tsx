import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordsTable } from './RecordsTable';
import { useRecordList } from './useServiceRecords';

// A volunteer's service records (all statuses) on their detail page.
export const VolunteerRecordsCard = ({ volunteerId }: { volunteerId: string }) => {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const list = useRecordList({ volunteerId, ...page });
  return (
    <Card title={t('volunteers.detail.records')} size="small" style={{ marginTop: 16 }}>
      <RecordsTable
        list={list}
        page={page}
        onPage={(p, pageSize) => setPage({ page: p, pageSize })}
        showVolunteer={false}
      />
    </Card>
  );
};
