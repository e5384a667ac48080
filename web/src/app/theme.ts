import { useEffect, useState } from 'react'

export type Theme = 'dark' | 'light'

const key = 'realtime.theme'

function initialTheme(): Theme {
  const stored = localStorage.getItem(key)
  if (stored === 'dark' || stored === 'light') {
    return stored
  }
  return 'dark'
}

/** Dark by default (wallboards on a TV), light on request; remembered per browser. */
export function useTheme(): [Theme, () => void] {
  const [theme, setTheme] = useState<Theme>(initialTheme)
  useEffect(() => {
    document.documentElement.dataset.theme = theme
    localStorage.setItem(key, theme)
  }, [theme])
  return [theme, () => {
    setTheme((t) => (t === 'dark' ? 'light' : 'dark'))
  }]
}
