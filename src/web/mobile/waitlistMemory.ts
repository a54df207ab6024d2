// The place on the waitlist that sign-up answered, kept on this phone: the list of open activities
// says only "waitlisted", not where.
const KEY = 'jinlin.waitlistPositions';

type Positions = Record<string, number>;

const load = (): Positions => {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Positions) : {};
  } catch {
    return {};
  }
};

const store = (positions: Positions): void => {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(positions));
  } catch {
    // Not remembered; the page then shows "候补中" without the number.
  }
};

export const rememberWaitlistPosition = (activityId: string, position: number | null): void => {
  const positions = load();
  if (position === null) delete positions[activityId];
  else positions[activityId] = position;
  store(positions);
};

export const waitlistPosition = (activityId: string): number | undefined => load()[activityId];
