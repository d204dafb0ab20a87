import { JobStatus, type JobStatusName } from '../jobs/enums';
import type { JobsSummary } from '../jobs/JobsSummary';
import { percent } from '../jobs/summaryInsights';
import { formatCount, formatTime } from './format';
import { CHIP_ORDER, statusLook } from './status';

/** Teams' chart colour names (Chart.* elements), one per status, in the card's status colours. */
const CHART_COLOR: Record<JobStatusName, string> = {
  failed: 'attention',
  inProgress: 'categoricalBlue',
  finishedWithException: 'warning',
  finished: 'good',
};

const DAY_LABEL = 'd LLL';

/**
 * The summary card's charts, Teams' Chart.* elements (not in Adaptive Cards 1.5: clients without them
 * show `fallback`, the same numbers in words). https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/charts-in-adaptive-cards
 */
export interface SummaryCharts {
  donut: { title: string; data: { legend: string; value: number; color: string }[]; fallback: string };
  /** Empty data: no trend (a range of fewer than 3 or more than 31 days). */
  trend: {
    title: string;
    xAxisTitle: string;
    data: { legend: string; color: string; values: { x: string; y: number }[] }[];
    fallback: string;
  };
}

/** Pure: the status split of the range as a donut, and failures and successes per day as grouped bars. */
export function summaryCharts(summary: JobsSummary, zone: string): SummaryCharts {
  const shown = CHIP_ORDER.filter((name) => summary.byStatus[name] > 0);
  const share = (name: JobStatusName) => (summary.totalCount > 0 ? ` (${percent(summary.byStatus[name] / summary.totalCount)})` : '');
  const days = summary.daily ?? [];
  const label = (startTime: string) => formatTime(startTime, zone, DAY_LABEL);
  const series = (legend: string, color: string, count: (day: (typeof days)[number]) => number) => ({
    legend,
    color,
    values: days.map((day) => ({ x: label(day.startTime), y: count(day) })),
  });
  return {
    donut: {
      title: 'Jobs by status',
      data: shown.map((name) => ({ legend: statusLook(JobStatus[name]).word, value: summary.byStatus[name], color: CHART_COLOR[name] })),
      fallback: shown.map((name) => `${statusLook(JobStatus[name]).word} ${formatCount(summary.byStatus[name])}${share(name)}`).join(' · '),
    },
    trend: {
      title: 'Failed and finished per day',
      xAxisTitle: `Day (${zone})`,
      data:
        days.length === 0
          ? []
          : [series('Failed', CHART_COLOR.failed, (day) => day.failed), series('Finished', CHART_COLOR.finished, (day) => day.finished)],
      fallback: `Failed / finished per day: ${days.map((day) => `${label(day.startTime)} ${day.failed}/${day.finished}`).join(' · ')}`,
    },
  };
}
