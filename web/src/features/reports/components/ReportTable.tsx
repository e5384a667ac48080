import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportRow } from '@/lib/contract'
import { formatNumber } from '@/lib/format'
import { columnsOf, isNumericColumn, sortRows, type SortDirection } from '../api/table'
import { useLabel } from '@/lib/labels'

/** Generic over the server's columns: every field of the rows is a sortable column. */
export function ReportTable({ rows, testId }: { rows: readonly ReportRow[]; testId: string }): JSX.Element {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const columns = columnsOf(rows)
  const [sort, setSort] = useState<{ column: string; direction: SortDirection } | null>(null)
  const sorted = sort ? sortRows(rows, sort.column, sort.direction) : rows
  const numeric = new Set(columns.filter((c) => isNumericColumn(rows, c)))

  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.column === column
              const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
              return (
                <th key={column} scope="col" aria-sort={ariaSort} className={numeric.has(column) ? 'num' : ''}>
                  <button
                    type="button"
                    className="sort"
                    title={t('reports.sortBy', { column: label('column', column) })}
                    onClick={() => {
                      setSort({ column, direction: active && sort.direction === 'desc' ? 'asc' : 'desc' })
                    }}
                  >
                    {label('column', column)} <span aria-hidden="true">{active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => {
                const value = row[column]
                return (
                  <td key={column} className={numeric.has(column) ? 'num' : ''}>
                    {typeof value === 'number' ? formatNumber(value, 2, i18n.resolvedLanguage) : value === null || value === undefined ? '–' : column === 'scope' ? label('scope', String(value)) : String(value)}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
