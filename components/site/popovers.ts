/**
 * Behaviour of the inline cards behind citations and glossary terms (markup from
 * components/mdx/Popover.tsx). One set of listeners on the document serves every card, so a page
 * with hundreds of citations (the one-page book has over 400) hydrates nothing per card, and the
 * same code runs where there is no React tree at all (the book's islands, the single-file book).
 *
 * A card opens on mouse hover, keyboard focus or tap, can be entered to use its link, and closes
 * on Escape (returning focus to its trigger), on a press elsewhere, or when pointer and focus have
 * both left.
 */

const CLOSE_DELAY_MS = 180;
const closeTimers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
// A tap focuses the trigger (opening the card) before its click; the click must not close it.
const openBeforePress = new WeakMap<Element, boolean>();
const enhancedDocuments = new WeakSet<Document>();
let nextId = 0;
// Escape hands focus back to the trigger; that focus must not reopen the card.
let returningFocus = false;

const popOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('.pop') : null;
const triggerOf = (pop: Element) => pop.querySelector<HTMLElement>(':scope > .pop__trigger');
const cardOf = (pop: Element) => pop.querySelector<HTMLElement>(':scope > .pop__card');

/** Gives a card's trigger the attributes that say it opens a card. */
function prepare(pop: HTMLElement) {
  if (pop.dataset.popReady) return;
  const trigger = triggerOf(pop);
  const card = cardOf(pop);
  if (!trigger || !card) return;
  card.id ||= `pop-card-${++nextId}`;
  trigger.setAttribute('aria-controls', card.id);
  trigger.setAttribute('aria-expanded', 'false');
  pop.dataset.popReady = 'true';
}

function setOpen(pop: HTMLElement, open: boolean) {
  clearTimeout(closeTimers.get(pop));
  prepare(pop);
  if (open === pop.hasAttribute('data-open')) return;
  pop.toggleAttribute('data-open', open);
  triggerOf(pop)?.setAttribute('aria-expanded', String(open));
  const card = cardOf(pop);
  if (card) card.hidden = !open;
}

function closeSoon(pop: HTMLElement) {
  clearTimeout(closeTimers.get(pop));
  closeTimers.set(
    pop,
    setTimeout(() => setOpen(pop, false), CLOSE_DELAY_MS),
  );
}

function openPops(doc: Document) {
  return [...doc.querySelectorAll<HTMLElement>('.pop[data-open]')];
}

function listen(doc: Document) {
  doc.addEventListener('pointerover', (e) => {
    const pop = popOf(e.target);
    if (pop && e.pointerType === 'mouse' && !pop.contains(e.relatedTarget as Node | null))
      setOpen(pop, true);
  });
  doc.addEventListener('pointerout', (e) => {
    const pop = popOf(e.target);
    if (pop && e.pointerType === 'mouse' && !pop.contains(e.relatedTarget as Node | null))
      closeSoon(pop);
  });
  doc.addEventListener('focusin', (e) => {
    const pop = popOf(e.target);
    if (pop && !returningFocus) setOpen(pop, true);
  });
  doc.addEventListener('focusout', (e) => {
    const pop = popOf(e.target);
    if (pop && !pop.contains(e.relatedTarget as Node | null)) closeSoon(pop);
  });
  doc.addEventListener('pointerdown', (e) => {
    for (const pop of openPops(doc)) if (!pop.contains(e.target as Node)) setOpen(pop, false);
    const pop = popOf(e.target);
    if (pop && (e.target as Element).closest('.pop__trigger'))
      openBeforePress.set(pop, pop.hasAttribute('data-open'));
  });
  doc.addEventListener('click', (e) => {
    const trigger = (e.target as Element | null)?.closest?.('.pop__trigger');
    const pop = trigger && popOf(trigger);
    if (!pop) return;
    // A tap opens the card instead of jumping away; the card holds the link.
    e.preventDefault();
    const wasOpen = openBeforePress.get(pop) ?? false;
    openBeforePress.delete(pop);
    setOpen(pop, !(e.detail > 0 && wasOpen));
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const pop of openPops(doc)) {
      setOpen(pop, false);
      returningFocus = true;
      triggerOf(pop)?.focus({ preventScroll: true });
      returningFocus = false;
    }
  });
}

/** Makes every card in `root` work; safe to call again after new content arrives. */
export function popovers(root: ParentNode = document) {
  const doc = root instanceof Document ? root : (root as Node).ownerDocument;
  if (!doc) return;
  if (!enhancedDocuments.has(doc)) {
    enhancedDocuments.add(doc);
    listen(doc);
  }
  for (const pop of root.querySelectorAll<HTMLElement>('.pop')) prepare(pop);
}
