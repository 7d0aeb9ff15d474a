/**
 * Real-time playback of a recorded episode inside a three.js render loop:
 * a clock the loop reads through a ref (so a new episode never rebuilds the
 * scene), and Play/Pause with a scrub slider. The arena and the humanoid
 * views share it.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';

interface Clock {
  playing: boolean;
  frame: number;
  startMs: number | null;
}

export interface EpisodePlayback {
  /** The frame to draw at timeMs, for n frames dt seconds apart; while playing it advances and moves the slider. */
  frameAt(timeMs: number, n: number, dt: number): number;
  /** Restart the clock from the current frame (a new episode arrived). */
  restart(): void;
  playing: boolean;
  toggle(): void;
  scrub(frame: number): void;
  /** Callback ref for the slider, which the clock moves while playing. */
  attachSlider(el: HTMLInputElement | null): void;
}

export function useEpisodePlayback(): EpisodePlayback {
  const clock = useRef<Clock>({ playing: true, frame: 0, startMs: null });
  const slider = useRef<HTMLInputElement | null>(null);
  const [playing, setPlaying] = useState(true);
  const frameAt = useCallback((timeMs: number, n: number, dt: number) => {
    const c = clock.current;
    if (c.playing) {
      c.startMs ??= timeMs - c.frame * dt * 1000;
      c.frame = Math.floor((timeMs - c.startMs) / (dt * 1000)) % n;
      if (slider.current) slider.current.value = String(c.frame);
    }
    return Math.min(c.frame, n - 1);
  }, []);
  const restart = useCallback(() => {
    clock.current.startMs = null;
  }, []);
  const toggle = useCallback(() => {
    const c = clock.current;
    c.playing = !c.playing;
    c.startMs = null;
    setPlaying(c.playing);
  }, []);
  const scrub = useCallback((frame: number) => {
    clock.current.playing = false;
    clock.current.frame = frame;
    setPlaying(false);
  }, []);
  const attachSlider = useCallback((el: HTMLInputElement | null) => {
    slider.current = el;
  }, []);
  return { frameAt, restart, playing, toggle, scrub, attachSlider };
}

/** Play/Pause and the scrub slider (test ids `<name>-play`, `<name>-scrub`), then any extra controls. */
export function PlaybackControls({ name, frames, playback, label, children }: { name: string; frames: number; playback: EpisodePlayback; label: string; children?: ReactNode }) {
  const { playing, toggle, scrub, attachSlider } = playback;
  return (
    <div className="arena-controls">
      <button type="button" data-testid={`${name}-play`} onClick={toggle} disabled={!frames}>{playing ? 'Pause' : 'Play'}</button>
      <input
        ref={attachSlider} type="range" min={0} max={Math.max(0, frames - 1)} defaultValue={0} aria-label={label}
        data-testid={`${name}-scrub`} disabled={!frames} onChange={(e) => scrub(Number(e.target.value))}
      />
      {children}
    </div>
  );
}
