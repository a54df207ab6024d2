// The meetings module's face to the other modules: the deliberation figures for reporting.
export { type MeetingFigures, type MeetingFilter, meetingFigures, meetingFiguresByUnit } from './figures';
