let context: AudioContext | null = null

/** A short two-tone chime; the browser only allows it after a user gesture (the sound toggle is one). */
export function playCriticalChime(): void {
  try {
    context ??= new AudioContext()
    const now = context.currentTime
    for (const [offset, frequency] of [[0, 880], [0.18, 660]] as const) {
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      oscillator.frequency.value = frequency
      gain.gain.setValueAtTime(0.0001, now + offset)
      gain.gain.exponentialRampToValueAtTime(0.2, now + offset + 0.02)
      gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.16)
      oscillator.connect(gain).connect(context.destination)
      oscillator.start(now + offset)
      oscillator.stop(now + offset + 0.17)
    }
  } catch {
    // No audio device (headless, kiosk without speakers): the visual flash still shows.
  }
}
