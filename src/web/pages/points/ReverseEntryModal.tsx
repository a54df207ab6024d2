import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import type { LedgerEntry } from './api';
import { useReverseEntry } from './usePoints';

type Values = { reason: string };

// 冲正: the ledger keeps the entry and appends its opposite, so the warning spells out the amount.
export const ReverseEntryModal = ({ entry, onClose }: { entry: LedgerEntry | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const reverse = useReverseEntry();
  const saveThenClose = useSaveThenClose(form, onClose);
  const opposite = entry ? -entry.amount : 0;
  return (
    <FormModal
      form={form}
      open={!!entry}
      title={t('points.ledger.reverseTitle')}
      okText={t('points.ledger.reverseOk')}
      okButtonProps={{ danger: true }}
      pending={reverse.isPending}
      destroyOnHidden
      // The next opening (for another item) starts from empty fields, not from this one's.
      afterClose={() => form.resetFields()}
      onClose={onClose}
    >
      {entry ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('points.ledger.reverseHint', {
            reason: entry.reason,
            amount: opposite > 0 ? `+${opposite}` : `−${Math.abs(opposite)}`,
          })}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="reverse-entry"
        onFinish={(values) =>
          entry &&
          reverse.mutate(
            { entryId: entry.id, reason: values.reason.trim() },
            saveThenClose(t('points.ledger.reversed')),
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('points.ledger.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('points.ledger.reason') }),
            },
            { max: 200 },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={200}
            showCount
            placeholder={t('points.ledger.reversePlaceholder')}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
