import { Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { maskName } from '../../../core/mask';
import type { ResidentDetail } from '../../api/residents';

type Member = ResidentDetail['household'][number];

// The people on the same household number, each a link to their own record.
export const ResidentHouseholdCard = ({ resident }: { resident: ResidentDetail }) => {
  const { t } = useTranslation();
  const title = resident.householdNo
    ? t('residents.household.titleWithNo', { no: resident.householdNo })
    : t('residents.household.title');
  // Minors are masked here as in the list, whatever the household answer carries.
  const nameOf = (member: Member) => (member.age < 18 ? maskName(member.name) : member.name);
  return (
    <Card variant="borderless" title={title} data-testid="household">
      {resident.household.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={resident.householdNo ? t('residents.household.alone') : t('residents.household.none')}
        />
      ) : (
        <div>
          {resident.household.map((member, index) => {
            const self = member.id === resident.id;
            return (
              <div
                key={member.id}
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 8,
                  padding: '8px 0',
                  borderTop: index === 0 ? undefined : '1px solid #f0f0f0',
                }}
              >
                <span style={{ flex: 1, minWidth: 0 }}>
                  {self ? (
                    <Typography.Text strong>{resident.name}</Typography.Text>
                  ) : (
                    <Link to={`/residents/${member.id}`}>{nameOf(member)}</Link>
                  )}
                  {self ? (
                    <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                      {t('residents.household.self')}
                    </Typography.Text>
                  ) : null}
                </span>
                {member.relationToHead ? (
                  <Tag style={{ marginInlineEnd: 0 }}>
                    {t(`residents.relations.${member.relationToHead}`, {
                      defaultValue: member.relationToHead,
                    })}
                  </Tag>
                ) : null}
                <Typography.Text type="secondary" style={{ width: 48, textAlign: 'right' }}>
                  {t('residents.ageValue', { age: member.age })}
                </Typography.Text>
              </div>
            );
          })}
        </div>
      )}
    </Card>
  );
};
