import { Alert, App, Button, Divider, Drawer, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/ApiError';
import type { ResidentDetail, ResidentInput, ResidentReveal } from '../../api/residents';
import { useIsMobile } from '../../hooks/useIsMobile';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { ResidentIdentityFields } from './ResidentIdentityFields';
import { ResidentPlaceFields } from './ResidentPlaceFields';
import { ResidentSensitiveFields } from './ResidentSensitiveFields';
import {
  emptyResidentValues,
  inputFromValues,
  type ResidentFormValues,
  valuesFromResident,
} from './residentFormValues';
import { useCommunityPlaces, useCreateResident, useUpdateResident } from './useResidents';

// New resident (no `resident`) or an edit, which starts from the detail and the revealed values.
export const ResidentFormDrawer = ({
  open,
  onClose,
  resident,
  revealed,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  resident?: ResidentDetail;
  revealed?: ResidentReveal;
  onSaved?: (input: ResidentInput) => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const [form] = Form.useForm<ResidentFormValues>();
  const showErrors = useServerFormErrors(form);
  const { compounds, grids } = useCommunityPlaces();
  const create = useCreateResident();
  const update = useUpdateResident();
  const editing = resident && revealed ? { resident, revealed } : null;
  const initialValues = editing
    ? valuesFromResident(editing.resident, editing.revealed)
    : emptyResidentValues;
  const nameRetype = !!editing?.resident.isMinor && !initialValues.name;

  const onError = (error: unknown) => {
    // The server names no field for a place outside the community: it belongs beside the compound.
    if (isApiError(error) && error.code === 'residents.unknown_place') {
      form.setFields([{ name: 'compoundId', errors: [error.title] }]);
      return;
    }
    showErrors(error);
  };

  const onFinish = (values: ResidentFormValues) => {
    const input = inputFromValues(values);
    if (editing) {
      update.mutate(
        { id: editing.resident.id, input },
        {
          onSuccess: () => {
            void message.success(t('residents.updated'));
            onSaved?.(input);
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(input, {
      onSuccess: (detail) => {
        void message.success(t('residents.createdMessage'));
        onClose();
        navigate(`/residents/${detail.id}`);
      },
      onError,
    });
  };

  const section = (title: string) => (
    <Divider titlePlacement="start" style={{ marginTop: 4 }}>
      {title}
    </Divider>
  );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('residents.editTitle', { name: editing.resident.name }) : t('residents.createTitle')}
      size={mobile ? '100%' : 760}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {editing ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('residents.editAudited')} />
      ) : null}
      <Form<ResidentFormValues>
        form={form}
        layout="vertical"
        name="resident-form"
        initialValues={initialValues}
        onFinish={onFinish}
        scrollToFirstError
      >
        {section(t('residents.sections.identity'))}
        <ResidentIdentityFields nameHint={nameRetype ? t('residents.minorNameRetype') : undefined} />
        {section(t('residents.sections.residence'))}
        <ResidentPlaceFields compounds={compounds} grids={grids} />
        {section(t('residents.sections.sensitive'))}
        <ResidentSensitiveFields />
      </Form>
    </Drawer>
  );
};
