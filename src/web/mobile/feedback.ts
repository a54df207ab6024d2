import type { ToastShowProps } from 'antd-mobile';

// Toasts and confirmations load on first use: their animations (react-spring) are a tenth of the phone's
// first download, and nobody sees one before tapping something.
const load = () => import('./feedbackParts');

export const showToast = (props: ToastShowProps): void => {
  void load().then(({ Toast }) => Toast.show(props));
};

export const confirm = async (props: { content: string; confirmText: string; cancelText: string }) => {
  const { Dialog } = await load();
  return Dialog.confirm(props);
};
