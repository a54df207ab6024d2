import type { DeepStrings } from '../../i18n/messages';
import type { zhCN } from './i18n';

// The English labels, loaded only when a user chooses English (they stay out of the first load).
export const en: DeepStrings<typeof zhCN> = {
  menu: 'Help',
  shortcut: 'What each feature is for and how to use it',
  title: 'Help',
  description: 'What each feature is for and its usual steps; the Help link above each page title leads here',
  link: 'Help',
  what: 'What it is for',
  how: 'How to use it',
  entries: {
    residents: {
      what: 'Register and find elderly, children and people in hardship; ID and mobile numbers are masked in lists.',
      how: 'Filter by name, last 4 of ID or mobile, compound, grid or group; to import, download the template, check the file, then import (all rows or none); a full view needs a reason and is audited.',
    },
    populationStats: {
      what: 'Registered population by age band, group, compound and grid, on a chosen date.',
      how: 'Choose the date and scope; each number opens its list of residents.',
    },
    communityProfile: {
      what: 'The community profile of the year: population, resources, strengths and problems, for applications.',
      how: 'Fill in each part and save; population figures come from the registry.',
    },
    activities: {
      what: 'Plan and publish activities and groups, with sign-up, waitlist, check-in, photos and attendance.',
      how: 'Create an activity with its time, place, places and sign-up close; once published residents sign up on the phone; check them in by QR code or by name; upload photos afterwards.',
    },
    volunteers: {
      what: 'Volunteers, teams, trainings, shifts, service hours, commendations and certificates.',
      how: 'Screen applications from the phone; add positions to an activity; approve hours after check-out (corrections need a reason); export certificates from a volunteer’s page.',
    },
    points: {
      what: 'Points accounts, the ledger and the rules; the ledger is never changed, corrections reverse.',
      how: 'Set points per hour in Rules (a new version applies to hours approved later); manual adjustments need a reason and are audited.',
    },
    shop: {
      what: 'The points shop: donated items, counter redemptions, pick-up and stock-takes.',
      how: 'Add an item with its donor, value and price in points; volunteers redeem on the phone or at the counter; points are deducted at pick-up and return after 7 days unclaimed.',
    },
    serviceFigures: {
      what: 'Activities, groups, person-times, people, cases and visits per period, by unit, brand and group.',
      how: 'Choose the period and unit, then export the workbook for applications and evaluations.',
    },
    projects: {
      what: 'Purchased service projects: purchaser, provider, budget and term, and their figures.',
      how: 'Activities, cases and visits can name a project; its figures count them.',
    },
    cases: {
      what: 'Casework from intake to closing; sensitive content is encrypted.',
      how: 'Open a case from a resident or the list; record each service; stages move forward only; full content is shown to the worker, supervisor and community staff.',
    },
    visits: {
      what: 'Visit plans and visits, with due and overdue ones at a glance.',
      how: 'Plan visits for a whole group with an interval; record each visit; the next due date follows.',
    },
    orgUnits: {
      what: 'The district, streets and communities, and each community’s grids and compounds.',
      how: 'Choose a unit in the tree to add units below it or keep its grids and compounds.',
    },
    users: {
      what: 'Accounts and roles for staff, social workers, volunteers and residents.',
      how: 'Create an account with its unit and role; reset a resident’s forgotten password here; a ban applies at once.',
    },
    providers: {
      what: 'The social work organisations that deliver projects.',
      how: 'Record their name, credit code and contact for projects to name.',
    },
    audit: {
      what: 'The trail of account, permission and sensitive-data actions; it cannot be changed.',
      how: 'Filter by action type, person and time; full views and exports are all recorded here.',
    },
  },
};
