import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { compoundOptions } from '../residents/compoundOptions';
import { useCommunityPlaces } from '../residents/useResidents';
import type { TeamDetail, TeamNode, TeamView } from './api';
import { flattenTeams } from './TeamSelect';
import { useDeleteTeam, useSaveTeam, useTeam, useTeamMember, useTeamTree } from './useVolunteers';
import { VolunteerPicker } from './VolunteerPicker';
import { VolunteerTabs } from './VolunteerTabs';
import { VolunteerRoleTag } from './VolunteerTags';

type TreeItem = { key: string; title: ReactNode; children: TreeItem[] };
type Editing = { team?: TeamView; parentTeamId: string | null } | null;

// 志愿队: the tree 社区总支 → 小区分支 on the left, the chosen team's members and leaders on the right.
export const TeamsPage = () => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('volunteers.manage');
  const { data, isPending } = useTeamTree();
  const [selected, setSelected] = useState<string | undefined>();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useDeleteTeam();
  const tree = data?.items ?? [];
  const current = selected ?? tree[0]?.id;
  const currentNode = flattenTeams(tree).find(({ team }) => team.id === current)?.team;

  const toTreeData = (nodes: TeamNode[]): TreeItem[] =>
    nodes.map((node) => ({
      key: node.id,
      title: (
        <Space size={4}>
          <span>{node.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('volunteers.teams.members', { count: node.memberCount })}
          </Typography.Text>
        </Space>
      ),
      children: toTreeData(node.children),
    }));

  const confirmDelete = (team: TeamView) =>
    modal.confirm({
      title: t('volunteers.teams.deleteTitle', { name: team.name }),
      content: t('volunteers.teams.deleteHint'),
      okText: t('volunteers.teams.delete'),
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync(team.id)
          .then(() => {
            void message.success(t('volunteers.teams.deleted'));
            setSelected(undefined);
          })
          .catch((err: unknown) => void message.error(errorText(err))),
    });

  return (
    <>
      <PageHeader
        title={t('volunteers.title')}
        description={t('volunteers.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ parentTeamId: null })}>
              {t('volunteers.teams.add')}
            </Button>
          ) : null
        }
      />
      <VolunteerTabs />
      <div
        style={{
          display: 'grid',
          gap: 16,
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
        }}
      >
        <Card size="small" title={t('volunteers.teams.title')} style={{ minWidth: 0 }}>
          {isPending ? (
            <Spin />
          ) : tree.length === 0 ? (
            <Empty description={t('volunteers.teams.empty')} />
          ) : (
            <Tree
              blockNode
              defaultExpandAll
              selectedKeys={current ? [current] : []}
              onSelect={(keys) => keys[0] && setSelected(String(keys[0]))}
              treeData={toTreeData(tree)}
            />
          )}
        </Card>
        <div style={{ minWidth: 0 }}>
          {currentNode ? (
            <TeamPanel
              node={currentNode}
              canManage={canManage}
              onEdit={() => setEditing({ team: currentNode, parentTeamId: currentNode.parentTeamId })}
              onAddBranch={() => setEditing({ parentTeamId: currentNode.id })}
              onDelete={() => confirmDelete(currentNode)}
            />
          ) : (
            <Card size="small">
              <Empty description={t('volunteers.teams.pickTeam')} />
            </Card>
          )}
        </div>
      </div>
      {canManage ? (
        <TeamFormModal editing={editing} onClose={() => setEditing(null)} onSaved={setSelected} />
      ) : null}
    </>
  );
};

const TeamPanel = ({
  node,
  canManage,
  onEdit,
  onAddBranch,
  onDelete,
}: {
  node: TeamNode;
  canManage: boolean;
  onEdit: () => void;
  onAddBranch: () => void;
  onDelete: () => void;
}) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const { data, isPending } = useTeam(node.id);
  const member = useTeamMember();
  const [adding, setAdding] = useState<{ volunteerId?: string; isLeader: boolean }>({ isLeader: false });
  const failed = (err: unknown) => void message.error(errorText(err));

  const add = () =>
    adding.volunteerId &&
    member.mutate(
      { teamId: node.id, volunteerId: adding.volunteerId, isLeader: adding.isLeader },
      { onSuccess: () => setAdding({ isLeader: false }), onError: failed },
    );
  const confirmRemove = (m: TeamDetail['members'][number]) =>
    modal.confirm({
      title: t('volunteers.teams.removeTitle', { name: m.name }),
      okText: t('volunteers.teams.removeMember'),
      okButtonProps: { danger: true },
      onOk: () =>
        member.mutateAsync({ teamId: node.id, volunteerId: m.volunteerId, remove: true }).catch(failed),
    });

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{node.name}</span>
          <Tag>{node.parentTeamId ? t('volunteers.teams.branch') : t('volunteers.teams.community')}</Tag>
          {node.compoundName ? <Tag color="blue">{node.compoundName}</Tag> : null}
        </Space>
      }
      extra={
        canManage ? (
          <Space wrap>
            {node.parentTeamId ? null : (
              <Button size="small" icon={<PlusOutlined />} onClick={onAddBranch}>
                {t('volunteers.teams.addBranch')}
              </Button>
            )}
            <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
              {t('volunteers.teams.rename')}
            </Button>
            <Button size="small" danger icon={<DeleteOutlined />} onClick={onDelete}>
              {t('volunteers.teams.delete')}
            </Button>
          </Space>
        ) : null
      }
    >
      {node.description ? (
        <Typography.Paragraph type="secondary">{node.description}</Typography.Paragraph>
      ) : null}
      {canManage ? (
        <Space wrap style={{ marginBottom: 12 }}>
          <VolunteerPicker
            value={adding.volunteerId}
            onChange={(volunteerId) => setAdding({ ...adding, volunteerId })}
            style={{ width: 260, maxWidth: '100%' }}
          />
          <Checkbox
            checked={adding.isLeader}
            onChange={(e) => setAdding({ ...adding, isLeader: e.target.checked })}
          >
            {t('volunteers.teams.memberLeader')}
          </Checkbox>
          <Button type="primary" disabled={!adding.volunteerId} loading={member.isPending} onClick={add}>
            {t('volunteers.teams.addMember')}
          </Button>
        </Space>
      ) : null}
      <Table
        size="small"
        rowKey="volunteerId"
        loading={isPending}
        dataSource={data?.members ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('volunteers.teams.noMembers')} />
          ),
        }}
        columns={[
          {
            title: t('volunteers.columns.name'),
            key: 'name',
            render: (_, m) => (
              <Space size={4}>
                <Link to={`/volunteers/${m.volunteerId}`}>{m.name}</Link>
                {m.isLeader ? <Tag color="blue">{t('volunteers.detail.leader')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('volunteers.columns.volunteerNo'), dataIndex: 'volunteerNo' },
          {
            title: t('volunteers.columns.role'),
            key: 'role',
            render: (_, m) => <VolunteerRoleTag role={m.role} />,
          },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, m: TeamDetail['members'][number]) => (
                    <Space size={4} wrap={false}>
                      <Button
                        size="small"
                        onClick={() =>
                          member.mutate(
                            { teamId: node.id, volunteerId: m.volunteerId, isLeader: !m.isLeader },
                            { onError: failed },
                          )
                        }
                      >
                        {m.isLeader ? t('volunteers.teams.unsetLeader') : t('volunteers.teams.setLeader')}
                      </Button>
                      <Button size="small" danger onClick={() => confirmRemove(m)}>
                        {t('volunteers.teams.removeMember')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
};

type TeamValues = { name: string; compoundId?: string | null; description?: string };

const TeamFormModal = ({
  editing,
  onClose,
  onSaved,
}: {
  editing: Editing;
  onClose: () => void;
  onSaved: (id: string) => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TeamValues>();
  const showErrors = useServerFormErrors(form);
  const save = useSaveTeam();
  const { compounds } = useCommunityPlaces();
  const isBranch = !!editing?.parentTeamId;
  return (
    <FormModal
      open={!!editing}
      title={
        editing?.team
          ? editing.team.name
          : isBranch
            ? t('volunteers.teams.addBranch')
            : t('volunteers.teams.add')
      }
      form={form}
      pending={save.isPending}
      onClose={onClose}
      destroyOnHidden
    >
      <Form<TeamValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          name: editing?.team?.name ?? '',
          compoundId: editing?.team?.compoundId ?? null,
          description: editing?.team?.description ?? '',
        }}
        onFinish={(v) =>
          save.mutate(
            {
              id: editing?.team?.id,
              input: {
                name: v.name.trim(),
                parentTeamId: editing?.parentTeamId ?? null,
                compoundId: isBranch ? (v.compoundId ?? null) : null,
                description: v.description?.trim() ?? '',
              },
            },
            {
              onSuccess: (team) => {
                void message.success(t('volunteers.form.saved'));
                onSaved(team.id);
                onClose();
              },
              onError: showErrors,
            },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('volunteers.teams.name')}
          rules={[{ required: true, whitespace: true, message: t('volunteers.teams.nameRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        {isBranch ? (
          <Form.Item name="compoundId" label={t('volunteers.teams.compound')}>
            <Select allowClear options={compoundOptions(compounds, t)} />
          </Form.Item>
        ) : null}
        <Form.Item name="description" label={t('volunteers.teams.descriptionLabel')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
