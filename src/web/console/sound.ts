// Three short beeps made with Web Audio (no sound files). Browsers start audio only after a user gesture,
// so the login click, or any later click or key press, unlocks it.

declare global {
  interface Window {
    /** Safari before 14.1. */
    webkitAudioContext?: typeof AudioContext;
  }
}

let audio: AudioContext | null = null;

/** Creates or resumes the audio context; called from user gestures. */
export function unlockAudio(): void {
  try {
    const Ctx = window.AudioContext ?? window.webkitAudioContext;
    if (!Ctx) return;
    audio ??= new Ctx();
    if (audio.state === 'suspended') void audio.resume();
  } catch {
    audio = null;
  }
}

/** Unlocks audio on the first click or key press anywhere on the page. */
export function unlockAudioOnGesture(): void {
  document.addEventListener('pointerdown', unlockAudio, { capture: true });
  document.addEventListener('keydown', unlockAudio, { capture: true });
}

/** Rings three beeps, when the browser lets the page play sound. */
export function beep(): void {
  if (!audio) unlockAudio();
  if (!audio || audio.state !== 'running') return;
  const start = audio.currentTime;
  for (let i = 0; i < 3; i += 1) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = 880;
    const t = start + i * 0.28;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.25, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.2);
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + 0.22);
  }
}
