// The sample plan with a workshop to present, for presenter mode's tests and screenshots.
import fs from 'node:fs';
import { sampleFile } from './harness.mjs';

const stamp = { by: 'Clara Jensen', at: '2027-01-05T09:00:00Z', team: 'marketing' };
const mqlTermId = 'embddbrwjh2e';  // the sample plan's "MQL"

export const kickOffAgenda = [
  { id: 'welcome', title: 'Welcome: one goal for marketing and sales', minutes: 10, link: 'view:growth',
    notes: 'FY2027: €18.0M new ARR, €7.5M of it marketing-sourced. Walk the funnel back from the goal.' },
  { id: 'mql', title: 'Agree what an MQL is', minutes: 20, link: mqlTermId,
    notes: 'Both definitions side by side. Leave with one sentence both teams sign.' },
  { id: 'sla', title: 'The SLA: who promises what', minutes: 25, link: 'view:sla',
    notes: 'Follow-up within 24 hours, 40 MQLs a week. What happens when a promise slips?' },
  { id: 'campaigns', title: 'Q1 campaigns and who follows up', minutes: 15, link: 'view:campaigns', notes: '' },
  { id: 'wrap', title: 'Decisions, parking lot and actions', minutes: 5, link: 'view:review',
    notes: 'Read back the decisions. Every action gets an owner and a date.' },
];

// `agenda` replaces the kick-off agenda (e.g. items of one minute, to see a timebox end).
export function planWithWorkshop(agenda = kickOffAgenda) {
  const plan = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  plan.workshops = [{ id: 'wkshpkickoff', title: 'SLA kick-off', date: '2027-01-12', agenda, created: stamp, modified: stamp }];
  return JSON.stringify(plan);
}
