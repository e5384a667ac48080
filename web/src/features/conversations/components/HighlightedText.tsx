import type { JSX } from 'react'
import { segment, strongest, type EvidenceMark } from '../api/highlight'

export function HighlightedText({ text, marks }: { text: string; marks: readonly EvidenceMark[] }): JSX.Element {
  const parts = segment(text, marks)
  return (
    <>
      {parts.map((part, index) => {
        const kind = strongest(part.marks)
        if (kind === null) {
          return <span key={index}>{part.text}</span>
        }
        const label = part.marks.map((m) => m.label).join('; ')
        return (
          <mark key={index} className={`ev ev-${kind}`} title={label} aria-label={`${part.text} (${label})`} data-testid={`evidence-${kind}`}>
            {part.text}
          </mark>
        )
      })}
    </>
  )
}
