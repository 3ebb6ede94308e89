import type { TableScreen } from '../table-screen'
import { FindingsCheck, FindingsSummary } from './findings-summary'
import { ReviewToolbar } from './review-toolbar'

/** Search, filters and the review: the toolbar, and the findings once the account is checked. */
export function ReviewArea({ screen }: { screen: TableScreen }) {
  const { accountTotal, findings, params, review } = screen
  return (
    <>
      {(accountTotal !== 0 || screen.filtering) && (
        <ReviewToolbar
          text={screen.search.text}
          onText={screen.search.setText}
          filters={params}
          onFilters={(next) => screen.setParams({ ...next, page: 1 })}
          types={screen.types}
          extra={
            !findings &&
            !screen.onWholeAccount &&
            !!accountTotal && (
              <FindingsCheck total={accountTotal} onCheck={review.asked ? null : review.ask} />
            )
          }
          onClear={screen.clearFilters}
        />
      )}
      {accountTotal !== 0 && findings && (
        <FindingsSummary
          findings={findings}
          total={accountTotal ?? 0}
          active={params.finding}
          onPick={screen.pickFindings}
        />
      )}
    </>
  )
}
