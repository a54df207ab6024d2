import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UserRow } from '../../api/types';
import type { UserListQuery } from '../../api/users';
import { FilterBar } from '../../components/FilterBar';
import { OrgUnitSelect } from '../../components/OrgUnitSelect';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { RoleSelect } from '../../components/RoleSelect';
import { useErrorText } from '../../hooks/useErrorText';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { MembershipsDrawer } from './MembershipsDrawer';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';
import { UserStatusTag } from './UserStatusTag';
import { useUpdateUser, useUserList } from './useUsers';

export const UsersPage = () => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can(PERMISSIONS.usersManage);
  const [query, setQuery] = useState<UserListQuery>({ page: 1, pageSize: 20 });
  const list = useUserList(query);
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [membershipsOf, setMembershipsOf] = useState<string | null>(null);

  const filter = (patch: Partial<UserListQuery>) =>
    setQuery((current) => ({ ...current, ...patch, page: 1 }));

  const confirmBan = (user: UserRow) => {
    const banning = !user.banned;
    modal.confirm({
      title: t(banning ? 'users.banConfirmTitle' : 'users.unbanConfirmTitle', { name: user.name }),
      content: t(banning ? 'users.banConfirm' : 'users.unbanConfirm'),
      okText: t(banning ? 'users.ban' : 'users.unban'),
      okButtonProps: { danger: banning },
      cancelText: t('common.cancel'),
      onOk: () =>
        update
          .mutateAsync({ id: user.id, banned: banning })
          .then(() => void message.success(t(banning ? 'users.banned' : 'users.unbanned')))
          .catch((err: unknown) => void message.error(errorText(err))),
    });
  };

  const columns: ColumnsType<UserRow> = [
    {
      title: t('users.name'),
      key: 'name',
      fixed: 'left',
      render: (_, user) => (
        <div style={{ lineHeight: 1.35 }}>
          <Typography.Text strong>{user.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {user.username}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('users.mobile'),
      dataIndex: 'mobile',
      key: 'mobile',
      render: (mobile: string | null) => mobile ?? '—',
    },
    {
      title: t('users.memberships'),
      key: 'memberships',
      render: (_, user) =>
        user.memberships.length === 0 ? (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap style={{ maxWidth: 360 }}>
            {user.memberships.map((m) => (
              <Tag key={m.id} style={{ marginInlineEnd: 0 }}>
                {m.orgUnitName} · {t(`roles.${m.role}`)}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      title: t('users.status'),
      key: 'status',
      width: 90,
      render: (_, user) => <UserStatusTag user={user} />,
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            render: (_: unknown, user: UserRow) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(user)}>
                  {t('common.edit')}
                </Button>
                <Button type="link" size="small" onClick={() => setMembershipsOf(user.id)}>
                  {t('users.manageMemberships')}
                </Button>
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: [
                      { key: 'reset', label: t('users.resetPassword'), onClick: () => setResetting(user) },
                      {
                        key: 'ban',
                        danger: !user.banned,
                        label: user.banned ? t('users.unban') : t('users.ban'),
                        onClick: () => confirmBan(user),
                      },
                    ],
                  }}
                >
                  <Button type="link" size="small" aria-label={`${t('common.more')} ${user.username}`}>
                    {t('common.more')} <DownOutlined />
                  </Button>
                </Dropdown>
              </Space>
            ),
          } satisfies ColumnsType<UserRow>[number],
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <PageCard>
        <FilterBar placeholder={t('users.searchPlaceholder')} onSearch={(q) => filter({ q })}>
          <OrgUnitSelect
            allowClear
            placeholder={t('users.filterUnit')}
            value={query.orgUnitId}
            onChange={(orgUnitId) => filter({ orgUnitId })}
            style={{ width: 220, maxWidth: '100%' }}
          />
          <RoleSelect
            allowClear
            placeholder={t('users.filterRole')}
            value={query.role}
            onChange={(role?: Role) => filter({ role })}
            style={{ width: 180, maxWidth: '100%' }}
          />
        </FilterBar>
        <PagedTable<UserRow>
          size="large"
          columns={columns}
          list={list}
          page={query}
          onPage={(page, pageSize) => setQuery((current) => ({ ...current, page, pageSize }))}
          emptyText={t('users.empty')}
        />
      </PageCard>
      <UserCreateModal open={creating} onClose={() => setCreating(false)} />
      <UserEditModal user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <MembershipsDrawer userId={membershipsOf} onClose={() => setMembershipsOf(null)} />
    </>
  );
};
