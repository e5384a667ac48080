import type { JSX } from 'react'
import { highlights, type EvidenceMark } from '../api/highlight'

export function HighlightedText({ text, marks }: { text: string; marks: readonly EvidenceMark[] }): JSX.Element {
  return (
    <>
      {highlights(text, marks).map((part, index) => {
        if (part.kind === null) {
          return <span key={index}>{part.text}</span>
        }
        const label = part.labels.join('; ')
        return (
          <mark key={index} className={`ev ev-${part.kind}`} title={label} aria-label={`${part.text} (${label})`} data-testid={`evidence-${part.kind}`}>
            {part.text}
          </mark>
        )
      })}
    </>
  )
}
