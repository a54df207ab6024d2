import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getHomeFigures, type HomeFigures } from '../../api/home';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';

type UnitRow = HomeFigures['units'][number];
type ProjectRow = HomeFigures['projects'][number];

const number = (value: number) => value.toLocaleString('zh-CN');

// The service figures page opens on the same year, narrowed to the row's unit or project.
const figuresLink = (figures: HomeFigures, filter: Record<string, string>) =>
  `/service-figures?${new URLSearchParams({ ...filter, from: figures.from, to: figures.to })}`;

// A street's or the district's home: this year's person-times and people per unit below it, overdue
// visits per unit, and the projects running with their figures. Each row opens the figures it sums.
export const HomeFiguresCard = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data, isPending, isError, error } = useQuery({
    queryKey: ['home', 'figures'],
    queryFn: getHomeFigures,
  });
  const year = data?.from.slice(0, 4) ?? '';
  return (
    <Card
      title={t('home.figures.title', { year })}
      variant="borderless"
      loading={isPending}
      data-testid="home-figures"
      extra={
        <Link to="/service-figures">
          {t('home.figures.more')} <RightOutlined />
        </Link>
      }
    >
      {isError ? (
        <Alert type="error" showIcon title={t('home.figures.loadFailed')} description={errorText(error)} />
      ) : data ? (
        <FiguresBody figures={data} />
      ) : null}
    </Card>
  );
};

const FiguresBody = ({ figures }: { figures: HomeFigures }) => {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'grid', gap: 20 }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(100px, 1fr))', gap: 16 }}>
        <Statistic title={t('home.figures.personTimes')} value={figures.personTimes} />
        <Statistic title={t('home.figures.people')} value={figures.distinctPeopleServed} />
        <Statistic
          title={t('home.figures.overdueVisits')}
          value={figures.overdueVisits}
          styles={{ content: figures.overdueVisits > 0 ? { color: '#d46b08' } : undefined }}
        />
      </div>
      <section>
        <Typography.Title level={5}>{t('home.figures.byUnit')}</Typography.Title>
        <UnitRows figures={figures} />
      </section>
      <section>
        <Typography.Title level={5}>{t('home.figures.projects')}</Typography.Title>
        <ProjectRows figures={figures} />
      </section>
    </div>
  );
};

const overdueText = (count: number) =>
  count > 0 ? (
    <Typography.Text style={{ color: '#d46b08', fontWeight: 600 }}>{number(count)}</Typography.Text>
  ) : (
    0
  );

const UnitRows = ({ figures }: { figures: HomeFigures }) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  if (figures.units.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.figures.noUnits')} />;
  const link = (row: UnitRow) => figuresLink(figures, { orgUnitId: row.orgUnitId });
  if (mobile)
    return (
      <div style={{ display: 'grid', gap: 8 }}>
        {figures.units.map((row) => (
          <Link
            key={row.orgUnitId}
            to={link(row)}
            data-testid="home-figures-unit"
            style={{
              display: 'block',
              padding: '10px 12px',
              borderRadius: 8,
              background: '#f5f7fa',
              color: 'inherit',
            }}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
              <Typography.Text strong>{row.name}</Typography.Text>
              <RightOutlined style={{ color: '#8c8c8c' }} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('home.figures.personTimes')} {number(row.personTimes)} · {t('home.figures.people')}{' '}
              {number(row.distinctPeopleServed)} · {t('home.figures.overdueVisits')}{' '}
              {overdueText(row.overdueVisits)}
            </Typography.Text>
          </Link>
        ))}
      </div>
    );
  const columns: ColumnsType<UnitRow> = [
    {
      key: 'name',
      title: t('home.figures.unit'),
      render: (_, row) => <Link to={link(row)}>{row.name}</Link>,
    },
    {
      key: 'personTimes',
      title: t('home.figures.personTimes'),
      align: 'right',
      render: (_, row) => number(row.personTimes),
    },
    {
      key: 'people',
      title: t('home.figures.people'),
      align: 'right',
      render: (_, row) => number(row.distinctPeopleServed),
    },
    {
      key: 'overdue',
      title: t('home.figures.overdueVisits'),
      align: 'right',
      render: (_, row) => overdueText(row.overdueVisits),
    },
  ];
  return (
    <Table<UnitRow>
      rowKey="orgUnitId"
      size="small"
      columns={columns}
      dataSource={figures.units}
      pagination={false}
      data-testid="home-figures-units"
    />
  );
};

const ProjectRows = ({ figures }: { figures: HomeFigures }) => {
  const { t } = useTranslation();
  if (figures.projects.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.figures.noProjects')} />;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {figures.projects.map((project: ProjectRow) => (
        <Link
          key={project.id}
          to={figuresLink(figures, { projectId: project.id })}
          data-testid="home-figures-project"
          style={{
            display: 'block',
            padding: '10px 12px',
            borderRadius: 8,
            background: '#f0f5ff',
            color: 'inherit',
          }}
        >
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <Typography.Text strong style={{ minWidth: 0 }}>
              {project.name}
            </Typography.Text>
            <RightOutlined style={{ color: '#8c8c8c', marginTop: 4 }} />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {project.purchaserName} · {t('home.figures.activities')} {number(project.activitiesHeld)} ·{' '}
            {t('home.figures.personTimes')} {number(project.personTimes)} · {t('home.figures.people')}{' '}
            {number(project.distinctPeopleServed)}
          </Typography.Text>
        </Link>
      ))}
    </div>
  );
};
