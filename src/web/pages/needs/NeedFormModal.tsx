import { useQuery } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { FormModal } from '../../components/FormModal';
import { useErrorText } from '../../hooks/useErrorText';
import { ResidentSearchSelect } from '../activities/ResidentSearchSelect';
import { useCommunityPlaces } from '../residents/useResidents';
import {
  NEED_CATEGORIES,
  NEED_PRIORITIES,
  NEED_TARGET_GROUPS,
  type NeedDetail,
  residentVisits,
  STAFF_SOURCE_KINDS,
} from './api';
import { useRaiseNeed, useUpdateNeed } from './useNeeds';

type Values = {
  title: string;
  description?: string;
  category: NeedDetail['category'];
  targetGroup: NeedDetail['targetGroup'];
  priority: NeedDetail['priority'];
  compoundId?: string;
  gridId?: string;
  sourceKind: (typeof STAFF_SOURCE_KINDS)[number];
  residentId?: string;
  visitId?: string;
  note?: string;
  raisedOn?: Dayjs;
};

// 新增需求 (with where it came from) or 编辑 an open one (what it is; the source stays as raised).
export const NeedFormModal = ({
  open,
  onClose,
  editing,
}: {
  open: boolean;
  onClose: () => void;
  editing?: NeedDetail;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const raise = useRaiseNeed();
  const update = useUpdateNeed();
  const { grids, compounds } = useCommunityPlaces();
  const sourceKind = Form.useWatch('sourceKind', form);
  const residentId = Form.useWatch('residentId', form);
  const visits = useQuery({
    queryKey: ['needs', 'resident-visits', residentId],
    queryFn: () => residentVisits(residentId ?? ''),
    enabled: open && sourceKind === 'gridVisit' && !!residentId,
  });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing)
      form.setFieldsValue({
        title: editing.title,
        description: editing.description,
        category: editing.category,
        targetGroup: editing.targetGroup,
        priority: editing.priority,
        compoundId: editing.compoundId ?? undefined,
        gridId: editing.gridId ?? undefined,
      });
  }, [open, editing, form]);

  // A field the server refused shows its message under that field; anything else as a message.
  const showError = (err: unknown) => {
    const fields = isApiError(err) ? (err.errors ?? []) : [];
    const names: Record<string, keyof Values> = {
      'source.residentId': 'residentId',
      'source.visitId': 'visitId',
      'source.raisedOn': 'raisedOn',
    };
    if (fields.length)
      form.setFields(
        fields.map((f) => ({ name: names[f.path] ?? (f.path as keyof Values), errors: [f.message] })),
      );
    void message.error(errorText(err));
  };

  const submit = (v: Values) => {
    const need = {
      title: v.title,
      description: v.description ?? '',
      category: v.category,
      targetGroup: v.targetGroup,
      priority: v.priority,
      compoundId: v.compoundId ?? null,
      gridId: v.gridId ?? null,
    };
    if (editing) {
      update.mutate(
        { id: editing.id, input: need },
        {
          onSuccess: () => {
            void message.success(t('needs.form.saved'));
            onClose();
          },
          onError: showError,
        },
      );
      return;
    }
    raise.mutate(
      {
        ...need,
        source: {
          kind: v.sourceKind,
          residentId: v.residentId ?? null,
          visitId: v.visitId ?? null,
          note: v.note ?? '',
          raisedOn: v.raisedOn?.format('YYYY-MM-DD'),
        },
      },
      {
        onSuccess: (created) => {
          void message.success(t('needs.form.raised'));
          onClose();
          navigate(`/needs/${created.id}`);
        },
        onError: showError,
      },
    );
  };

  const required = (field: string) => [{ required: true, message: t('needs.form.required', { field }) }];
  const options = <K extends string>(values: readonly K[], group: string) =>
    values.map((value) => ({ value, label: t(`needs.${group}.${value}`) }));

  return (
    <FormModal
      title={editing ? t('needs.form.edit') : t('needs.add')}
      open={open}
      form={form}
      pending={raise.isPending || update.isPending}
      onClose={onClose}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ priority: 'normal', sourceKind: 'resident' }}
        data-testid="need-form"
      >
        <Form.Item
          name="title"
          label={t('needs.form.title')}
          rules={[
            ...required(t('needs.form.title')),
            { min: 2, message: t('needs.form.required', { field: t('needs.form.title') }) },
          ]}
        >
          <Input maxLength={100} placeholder={t('needs.form.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="description" label={t('needs.form.description')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
          <Form.Item
            name="category"
            label={t('needs.form.category')}
            rules={required(t('needs.form.category'))}
            style={{ flex: '1 1 160px' }}
          >
            <Select options={options(NEED_CATEGORIES, 'categories')} />
          </Form.Item>
          <Form.Item
            name="targetGroup"
            label={t('needs.form.targetGroup')}
            rules={required(t('needs.form.targetGroup'))}
            style={{ flex: '1 1 160px' }}
          >
            <Select options={options(NEED_TARGET_GROUPS, 'targetGroups')} />
          </Form.Item>
          <Form.Item name="priority" label={t('needs.form.priority')} style={{ flex: '1 1 120px' }}>
            <Select options={options(NEED_PRIORITIES, 'priorities')} />
          </Form.Item>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
          <Form.Item name="compoundId" label={t('needs.form.compound')} style={{ flex: '1 1 200px' }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={compounds.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="gridId" label={t('needs.form.grid')} style={{ flex: '1 1 160px' }}>
            <Select allowClear options={grids.map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
        </div>
        {editing ? null : (
          <>
            <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
              <Form.Item name="sourceKind" label={t('needs.form.sourceKind')} style={{ flex: '1 1 160px' }}>
                <Select options={options(STAFF_SOURCE_KINDS, 'sourceKinds')} />
              </Form.Item>
              <Form.Item name="raisedOn" label={t('needs.form.raisedOn')} style={{ flex: '1 1 160px' }}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </div>
            {sourceKind === 'resident' || sourceKind === 'gridVisit' || sourceKind === 'interview' ? (
              <Form.Item
                name="residentId"
                label={t('needs.form.resident')}
                rules={
                  sourceKind === 'interview'
                    ? []
                    : [{ required: true, message: t('needs.form.chooseResident') }]
                }
              >
                <ResidentSearchSelect />
              </Form.Item>
            ) : null}
            {sourceKind === 'gridVisit' ? (
              <Form.Item
                name="visitId"
                label={t('needs.form.visit')}
                rules={[{ required: true, message: t('needs.form.chooseVisit') }]}
              >
                <Select
                  placeholder={t('needs.form.visitPlaceholder')}
                  loading={visits.isFetching}
                  options={(visits.data?.items ?? []).map((v) => ({
                    value: v.id,
                    label: t('needs.form.visitOption', { date: v.visitedOn, visitor: v.visitorName }),
                  }))}
                />
              </Form.Item>
            ) : null}
            <Form.Item name="note" label={t('needs.form.note')}>
              <Input maxLength={500} placeholder={t('needs.form.notePlaceholder')} />
            </Form.Item>
          </>
        )}
      </Form>
    </FormModal>
  );
};
