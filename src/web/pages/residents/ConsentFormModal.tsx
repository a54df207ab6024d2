import { Alert, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResidentDetail } from '../../api/residents';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { useAddConsent } from './useResidents';

type Values = {
  basis: 'consent' | 'legalDuty';
  purposes: string[];
  textVersion?: string;
  guardianName?: string;
  guardianRelation?: string;
};

const PURPOSES = ['registry', 'services', 'assistance', 'notices'] as const;

// 个人信息保护法: under 14, consent is given by a guardian, whose name is then required.
const GUARDIAN_AGE = 14;

export const ConsentFormModal = ({
  resident,
  open,
  onClose,
}: {
  resident: ResidentDetail;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const mutation = useAddConsent();
  const basis = Form.useWatch('basis', form);
  const needsGuardian = resident.age < GUARDIAN_AGE && basis === 'consent';

  const onFinish = (values: Values) => {
    mutation.mutate(
      {
        id: resident.id,
        input: {
          basis: values.basis,
          purposes: values.purposes.map((p) => p.trim()).filter(Boolean),
          textVersion: values.textVersion?.trim() || undefined,
          guardianName: values.guardianName?.trim() || undefined,
          guardianRelation: values.guardianRelation?.trim() || undefined,
        },
      },
      saved(t('residents.consents.recorded')),
    );
  };

  return (
    <FormModal
      form={form}
      open={open}
      title={t('residents.consents.formTitle')}
      okText={t('residents.consents.submit')}
      pending={mutation.isPending}
      width={600}
      destroyOnHidden
      onClose={onClose}
    >
      {resident.age < GUARDIAN_AGE ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('residents.consents.guardianNote')}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="resident-consent"
        initialValues={{ basis: 'consent', purposes: [t('residents.consents.purposes.registry')] }}
        onFinish={onFinish}
      >
        <Form.Item name="basis" label={t('residents.consents.basis')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'consent', label: t('residents.consents.bases.consent') },
              { value: 'legalDuty', label: t('residents.consents.bases.legalDuty') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="purposes"
          label={t('residents.consents.purposesLabel')}
          extra={t('residents.consents.purposesHint')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('residents.consents.purposesRequired') },
          ]}
        >
          <Select
            mode="tags"
            options={PURPOSES.map((key) => ({
              value: t(`residents.consents.purposes.${key}`),
              label: t(`residents.consents.purposes.${key}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="textVersion" label={t('residents.consents.textVersion')}>
          <Input maxLength={30} placeholder={t('residents.consents.textVersionPlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="guardianName"
              label={t('residents.consents.guardianName')}
              dependencies={['basis']}
              rules={[
                {
                  required: needsGuardian,
                  whitespace: true,
                  message: t('residents.consents.guardianRequired'),
                },
              ]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="guardianRelation"
              label={t('residents.consents.guardianRelation')}
              rules={[
                {
                  required: needsGuardian,
                  whitespace: true,
                  message: t('residents.consents.guardianRelationRequired'),
                },
              ]}
            >
              <Input maxLength={20} placeholder={t('residents.consents.guardianRelationPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
};
