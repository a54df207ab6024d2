import {
  Alert,
  App,
  Button,
  Col,
  Divider,
  Drawer,
  Form,
  type FormRule,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { type CommunityProfile, SCHOOL_KINDS } from '../../api/communityProfiles';
import { useIsMobile } from '../../hooks/useIsMobile';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { ProfileListField } from './ProfileListField';
import { declaredFromValues, type ProfileFormValues, valuesFromDeclared } from './profileFormValues';
import { useSaveCommunityProfile } from './useCommunityProfile';

const MAX_COUNT = 10_000_000;

// The declared part of a community's profile (申报数); what the records count is shown as a hint only.
export const ProfileFormDrawer = ({
  open,
  onClose,
  profile,
}: {
  open: boolean;
  onClose: () => void;
  profile: CommunityProfile;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [form] = Form.useForm<ProfileFormValues>();
  const showErrors = useServerFormErrors(form);
  const save = useSaveCommunityProfile();
  const { counted } = profile;
  const f = (key: string) => t(`communityProfile.form.${key}`);

  const onFinish = () => {
    // getFieldsValue(true): antd 6's onFinish leaves out parts of Form.List.
    const declared = declaredFromValues(form.getFieldsValue(true) as ProfileFormValues);
    save.mutate(
      { orgUnitId: profile.orgUnitId, declared },
      {
        onSuccess: () => {
          void message.success(t('communityProfile.saved'));
          onClose();
        },
        onError: (error) => {
          showErrors(error);
          // The server's complaint may sit far down the drawer: bring the first one into view.
          const first = form.getFieldsError().find((field) => field.errors.length > 0);
          if (first) form.scrollToField(first.name, { block: 'center' });
        },
      },
    );
  };

  const section = (key: string) => (
    <Divider titlePlacement="start" style={{ marginTop: 4 }}>
      {f(`sections.${key}`)}
    </Divider>
  );

  const countInput = (label: string) => (
    <InputNumber min={0} max={MAX_COUNT} precision={0} style={{ width: '100%' }} aria-label={label} />
  );

  // A number the community declares; `countedValue` is what the records say, shown under the field.
  const countItem = (name: string | string[], key: string, countedValue?: number) => (
    <Form.Item
      name={name}
      label={f(key)}
      extra={
        countedValue === undefined ? undefined : t('communityProfile.form.countedHint', { n: countedValue })
      }
    >
      {countInput(f(key))}
    </Form.Item>
  );

  const nameRules: FormRule[] = [
    { required: true, whitespace: true, message: f('nameRequired') },
    { max: 100 },
  ];
  const col = { xs: 24, sm: 12, md: 8 };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('communityProfile.form.title', { unit: profile.orgUnitName })}
      size={mobile ? '100%' : 720}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={f('hint')} />
      <Form<ProfileFormValues>
        form={form}
        layout="vertical"
        name="community-profile-form"
        initialValues={valuesFromDeclared(profile.declared)}
        onFinish={onFinish}
        scrollToFirstError
      >
        {section('population')}
        <Row gutter={16}>
          <Col {...col}>{countItem(['population', 'total'], 'total')}</Col>
          <Col {...col}>{countItem(['population', 'hukou'], 'hukou', counted.registeredResidents)}</Col>
          <Col {...col}>{countItem(['population', 'migrant'], 'migrant', counted.migrantResidents)}</Col>
        </Row>
        <Form.Item name="populationNote" label={f('populationNote')} rules={[{ max: 50 }]}>
          <Input maxLength={50} placeholder={f('populationNotePlaceholder')} />
        </Form.Item>

        {section('places')}
        <Row gutter={16}>
          <Col {...col}>{countItem('compounds', 'compounds', counted.compounds)}</Col>
          <Col {...col}>{countItem('apartmentBlocks', 'apartmentBlocks', counted.apartmentBlocks)}</Col>
          <Col {...col}>{countItem('grids', 'grids', counted.grids)}</Col>
          <Col {...col}>
            <Form.Item name="areaKm2" label={f('areaKm2')}>
              <InputNumber min={0} max={1000} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="businesses" label={f('businesses')} rules={[{ max: 50 }]}>
              <Input maxLength={50} placeholder={f('businessesPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>

        {section('party')}
        <Row gutter={16}>
          <Col {...col}>{countItem('partyMembers', 'partyMembers', counted.partyMembers)}</Col>
          <Col {...col}>{countItem('dualRegisteredPartyMembers', 'dualRegistered')}</Col>
        </Row>
        <ProfileListField
          name="partyBranches"
          addLabel={f('addBranch')}
          max={20}
          newRow={{ kind: '', count: null }}
          renderRow={(row) => (
            <>
              <Form.Item
                name={[row, 'kind']}
                rules={[{ required: true, whitespace: true, message: f('kindRequired') }, { max: 100 }]}
                style={{ flex: '1 1 140px', minWidth: 0 }}
              >
                <Input
                  maxLength={100}
                  placeholder={f('branchKindPlaceholder')}
                  aria-label={f('branchKind')}
                />
              </Form.Item>
              <Form.Item
                name={[row, 'count']}
                rules={[{ required: true, message: f('countRequired') }]}
                style={{ flex: '0 0 100px' }}
              >
                <InputNumber
                  min={0}
                  max={MAX_COUNT}
                  precision={0}
                  placeholder={f('branchCount')}
                  aria-label={f('branchCount')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </>
          )}
        />

        {section('schools')}
        <ProfileListField
          name="schools"
          addLabel={f('addSchool')}
          max={100}
          newRow={{ name: '', kind: 'kindergarten' }}
          renderRow={(row) => (
            <>
              <Form.Item name={[row, 'name']} rules={nameRules} style={{ flex: '1 1 140px', minWidth: 0 }}>
                <Input maxLength={100} placeholder={f('schoolName')} aria-label={f('schoolName')} />
              </Form.Item>
              <Form.Item name={[row, 'kind']} style={{ flex: '0 0 120px' }}>
                <Select
                  aria-label={f('schoolKind')}
                  options={SCHOOL_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`communityProfile.schoolKinds.${kind}`),
                  }))}
                />
              </Form.Item>
            </>
          )}
        />

        {section('facilities')}
        <ProfileListField
          name="facilities"
          addLabel={f('addFacility')}
          max={100}
          newRow={{ name: '', areaM2: null }}
          renderRow={(row) => (
            <>
              <Form.Item name={[row, 'name']} rules={nameRules} style={{ flex: '1 1 140px', minWidth: 0 }}>
                <Input maxLength={100} placeholder={f('facilityName')} aria-label={f('facilityName')} />
              </Form.Item>
              <Form.Item name={[row, 'areaM2']} style={{ flex: '0 0 120px' }}>
                <InputNumber
                  min={0}
                  max={1_000_000}
                  placeholder={f('facilityArea')}
                  aria-label={f('facilityArea')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </>
          )}
        />

        {section('districts')}
        <ProfileListField
          name="businessDistricts"
          addLabel={f('addDistrict')}
          max={50}
          newRow=""
          renderRow={(row) => (
            <Form.Item name={row} rules={nameRules} style={{ flex: 1, minWidth: 0 }}>
              <Input maxLength={100} placeholder={f('districtName')} aria-label={f('districtName')} />
            </Form.Item>
          )}
        />

        {section('notes')}
        <Form.Item name="notes" label={f('notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Drawer>
  );
};
