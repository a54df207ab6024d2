import { Alert, Form, Modal, Result, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitPlanBulkResult, VisitTargetGroup } from '../../api/visits';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { tagLabelKey } from '../residents/residentTags';
import { useSetVisitPlansForGroup } from './useVisits';
import { VisitIntervalField, VisitProjectField } from './VisitFields';

type Values = { targetGroup: VisitTargetGroup; intervalDays: number; gridId?: string; projectId?: string };

// The registry's groups as the work sees them: 一老, 一小, 一困, and women in difficulty.
const GROUPS: { key: 'elderly' | 'child' | 'hardship' | 'other'; tags: VisitTargetGroup[] }[] = [
  { key: 'elderly', tags: ['livesAlone', 'careDependency:partial', 'careDependency:full', 'chronicIllness'] },
  { key: 'child', tags: ['childInDifficulty', 'orphan', 'unattendedChild'] },
  { key: 'hardship', tags: ['dibao', 'tekun', 'lowIncome', 'marginalLowIncome', 'disability'] },
  { key: 'other', tags: ['womanInDifficulty'] },
];

// 批量建立计划: a plan for everyone in a target group (optionally one grid) who has none yet;
// existing plans keep their interval. The answer says how many were made and how many skipped.
export const BulkPlanModal = ({
  open,
  grids,
  onClose,
}: {
  open: boolean;
  grids: { id: string; name: string }[];
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerFormErrors(form);
  const bulk = useSetVisitPlansForGroup();
  const [result, setResult] = useState<VisitPlanBulkResult | null>(null);

  const close = () => {
    setResult(null);
    bulk.reset();
    onClose();
  };
  const onFinish = (values: Values) => bulk.mutate(values, { onSuccess: setResult, onError: showErrors });

  return (
    <Modal
      open={open}
      title={t('visits.bulk.title')}
      onCancel={close}
      onOk={result ? close : () => form.submit()}
      okText={result ? t('common.close') : t('visits.bulk.submit')}
      cancelButtonProps={result ? { style: { display: 'none' } } : undefined}
      cancelText={t('common.cancel')}
      confirmLoading={bulk.isPending}
      destroyOnHidden
    >
      {result ? (
        <Result
          status="success"
          title={t('visits.bulk.created', { count: result.created })}
          subTitle={t('visits.bulk.summary', { matched: result.matched, skipped: result.skipped })}
          data-testid="bulk-result"
        />
      ) : (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('visits.bulk.hint')} />
          <Form<Values>
            form={form}
            layout="vertical"
            name="bulk-plans"
            onFinish={onFinish}
            initialValues={{ targetGroup: 'livesAlone', intervalDays: 30 }}
          >
            <Form.Item
              name="targetGroup"
              label={t('visits.bulk.targetGroup')}
              rules={[{ required: true, message: t('visits.bulk.targetGroupRequired') }]}
            >
              <Select
                options={GROUPS.map((group) => ({
                  label: t(`residents.tagGroups.${group.key}`),
                  title: t(`residents.tagGroups.${group.key}`),
                  options: group.tags.map((tag) => ({ value: tag, label: t(tagLabelKey(tag)) })),
                }))}
              />
            </Form.Item>
            <VisitIntervalField />
            <Form.Item name="gridId" label={t('visits.bulk.grid')} extra={t('visits.bulk.gridHint')}>
              <Select
                allowClear
                placeholder={t('visits.allGrids')}
                options={grids.map((g) => ({ value: g.id, label: g.name }))}
              />
            </Form.Item>
            <VisitProjectField label={t('visits.plan.project')} extra={t('visits.bulk.projectHint')} />
          </Form>
        </>
      )}
    </Modal>
  );
};
