import { useEffect, useId, useRef, useState, type JSX } from 'react'
import { DayPicker } from 'react-day-picker'
import { enUS, zhCN } from 'react-day-picker/locale'
import 'react-day-picker/style.css'
import { useTranslation } from 'react-i18next'
import { appLocale, formatDay, isoDate, parseIsoDate } from '@/lib/format'

interface DateFieldProps {
  label: string
  value: string
  min?: string
  max?: string
  onChange: (value: string) => void
  testId?: string
}

/** A date picker in the app's language: a button showing the day, a calendar (week starting per locale) below it. */
export function DateField({ label, value, min, max, onChange, testId }: DateFieldProps): JSX.Element {
  const { i18n } = useTranslation()
  const locale = appLocale(i18n.language)
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLSpanElement>(null)
  const selected = parseIsoDate(value)
  const labelId = useId()

  useEffect(() => {
    if (!open) {
      return
    }
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) {
        setOpen(false)
      }
    }
    document.addEventListener('mousedown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('mousedown', close)
      document.removeEventListener('keydown', close)
    }
  }, [open])

  return (
    <span className="date-field" ref={root}>
      <span id={labelId}>{label}</span>
      <button
        type="button"
        aria-labelledby={labelId}
        aria-description={value}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid={testId}
        data-value={value}
        onClick={() => {
          setOpen(!open)
        }}
      >
        {formatDay(value, locale)}
      </button>
      {open && (
        <div className="date-popover" role="dialog">
          <DayPicker
            mode="single"
            locale={locale === 'zh-CN' ? zhCN : enUS}
            selected={selected}
            defaultMonth={selected}
            required
            disabled={[...(min ? [{ before: parseIsoDate(min) }] : []), ...(max ? [{ after: parseIsoDate(max) }] : [])]}
            onSelect={(day) => {
              onChange(isoDate(day))
              setOpen(false)
            }}
          />
        </div>
      )}
    </span>
  )
}
