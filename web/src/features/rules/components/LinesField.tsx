import type { JSX, ReactNode } from 'react'
import { Field } from './Field'

/** A list of strings edited as a textarea, one entry per line (blank lines are dropped on save). */
export function LinesField({
  label,
  path,
  errors,
  lines,
  onChange,
  rows = 4,
  help,
}: {
  label: ReactNode
  path: string
  errors: readonly string[]
  lines: readonly string[] | null | undefined
  onChange: (lines: string[]) => void
  rows?: number
  help?: string
}): JSX.Element {
  return (
    <Field label={label} path={path} errors={errors}>
      {(props) => (
        <>
          {help && <p className="muted field-help">{help}</p>}
          <textarea
            {...props}
            rows={rows}
            data-testid={`lines-${path}`}
            value={(lines ?? []).join('\n')}
            onChange={(e) => {
              onChange(e.target.value.split('\n'))
            }}
          />
        </>
      )}
    </Field>
  )
}
