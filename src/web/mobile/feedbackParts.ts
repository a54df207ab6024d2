// The parts feedback.ts loads on first use.
export { Dialog, Toast } from 'antd-mobile';
