// A board of 10 × 100 tasks would build some 30 000 Fluent components (badges, avatar groups, icons,
// visually hidden sentences) before its first paint, for cards nobody can see yet: measured, that was four
// fifths of the time to draw it. So a card far below its column's fold shows only its title (which keeps
// its height, its drag handle and its place in the list), and its full face from the moment it comes within
// one column height of view. One IntersectionObserver per column watches its cards; a card that was seen
// keeps its face.
import { createContext, useContext, useEffect, useState } from 'react';

export class CardsInView {
  #observer: IntersectionObserver | undefined;
  readonly #waiting = new Map<Element, () => void>();

  /** The column's scrolling list: cards are "in view" when they are within one list height of its fold. */
  watchWithin(list: HTMLElement | null): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (!list) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const seen = this.#waiting.get(entry.target);
          this.#forget(entry.target);
          seen?.();
        }
      },
      { root: list, rootMargin: '0px 0px 25% 0px' },
    );
    for (const card of this.#waiting.keys()) this.#observer.observe(card);
  }

  /** Calls `seen` once, when the card comes near view; the answer stops watching. */
  watch(card: Element, seen: () => void): () => void {
    this.#waiting.set(card, seen);
    this.#observer?.observe(card);
    return () => this.#forget(card);
  }

  #forget(card: Element) {
    this.#waiting.delete(card);
    this.#observer?.unobserve(card);
  }
}

/** Where there is no IntersectionObserver (or no column around the card) every card shows its face. */
export const CardsInViewContext = createContext<CardsInView | null>(null);

export function newCardsInView(): CardsInView | null {
  return typeof IntersectionObserver === 'undefined' ? null : new CardsInView();
}

/** Whether the card has come near view yet; `card` is its element once mounted. */
export function useSeen(card: Element | null): boolean {
  const watcher = useContext(CardsInViewContext);
  const [seen, setSeen] = useState(watcher === null);
  useEffect(() => {
    if (seen || !watcher || !card) return;
    return watcher.watch(card, () => setSeen(true));
  }, [seen, watcher, card]);
  return seen;
}
