import { type FormInstance, Modal, type ModalProps } from 'antd';
import { useTranslation } from 'react-i18next';

type FormModalProps = Omit<ModalProps, 'onOk' | 'onCancel' | 'confirmLoading'> & {
  form: FormInstance;
  /** The save is under way: the OK button spins. */
  pending: boolean;
  onClose: () => void;
};

// A dialog around one form: OK submits the form (so its rules run first), 取消 closes, 保存 unless
// told otherwise.
export const FormModal = ({ form, pending, onClose, okText, cancelText, ...modal }: FormModalProps) => {
  const { t } = useTranslation();
  return (
    <Modal
      {...modal}
      okText={okText ?? t('common.save')}
      cancelText={cancelText ?? t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
    />
  );
};
