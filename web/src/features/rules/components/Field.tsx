import { useId, type JSX, type ReactNode } from 'react'
import { fieldDomId } from '../api/validation'

/** A labelled control with its server validation messages right under it (linked by aria-describedby). */
export function Field({
  label,
  path,
  errors,
  children,
}: {
  label: ReactNode
  path: string
  errors: readonly string[]
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode
}): JSX.Element {
  const errorId = useId()
  const id = fieldDomId(path)
  return (
    <div className={`field ${errors.length > 0 ? 'invalid' : ''}`} data-field={path}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': errors.length > 0, 'aria-describedby': errors.length > 0 ? errorId : undefined })}
      {errors.length > 0 && (
        <ul id={errorId} className="field-errors" data-testid="field-error">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
