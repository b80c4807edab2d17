/*
 * Primitives figures in reveal.js. Put a figure in a slide as an iframe with data-primitives and
 * its number of steps:
 *
 *   <section>
 *     <iframe data-primitives data-primitives-steps="8"
 *             src="https://…/embed/monolith-to-platform/?controls=0"></iframe>
 *   </section>
 *
 * and register the plugin: Reveal.initialize({ plugins: [PrimitivesReveal] }).
 *
 * The slide gets one fragment per step after the first, so the deck's keys and clickers step the
 * figure and the deck moves on after the last step. The fragments are made as the deck starts,
 * from data-primitives-steps, so a deck reloaded at #/1/0/3 opens the figure at step 5; without
 * the attribute they are made when the figure says how many steps it has.
 *
 * The deck's fragments decide the step: the figure shows one step more than the slide has
 * visible fragments, after anything that can move the fragments or reset the figure. (reveal.js
 * posts 'slide:start' to the iframe, which resets it, whenever it shows the slide again: closing
 * the overview, Home or End on the figure's own slide, a resize sync, a lazy iframe's load.)
 * So arriving forwards shows step 1, arriving backwards the last step, and the overview, jumps
 * and reloads keep the step the fragments hold.
 *
 * If the speaker clicks into the figure, its steps move the fragments, and its edges and the
 * keys it does not use go back to the deck. One figure per slide.
 */
(function () {
  var MAX_STEPS = 200;
  var FIGURES = 'iframe[data-primitives]';
  var STEPS = '.fragment[data-primitives-step]';

  function post(iframe, message) {
    if (iframe && iframe.contentWindow) iframe.contentWindow.postMessage(message, '*');
  }
  function slideOf(iframe) {
    return iframe.closest('section');
  }
  function stepOf(slide) {
    return slide.querySelectorAll(STEPS + '.visible').length + 1;
  }
  function declaredSteps(iframe) {
    var n = parseInt(iframe.getAttribute('data-primitives-steps'), 10);
    return n >= 1 ? n : 0;
  }

  /** Gives the slide one fragment per step after the first; says whether anything changed. */
  function makeFragments(slide, steps) {
    var have = slide.querySelectorAll(STEPS);
    var want = Math.min(steps, MAX_STEPS) - 1;
    for (var i = want; i < have.length; i++) have[i].remove();
    for (var s = have.length + 2; s <= want + 1; s++) {
      var f = document.createElement('span');
      f.className = 'fragment';
      f.setAttribute('data-primitives-step', String(s));
      f.setAttribute('aria-hidden', 'true');
      slide.appendChild(f);
    }
    return have.length !== want;
  }

  var PrimitivesReveal = {
    id: 'primitives',
    init: function (deck) {
      var slides = deck.getSlidesElement();
      // Read before reveal.js rewrites it, for figures whose fragments come only with 'ready'.
      var startHash = location.hash;
      var pending = 0;
      var following = false;

      function figures() {
        return Array.prototype.filter.call(slides.querySelectorAll(FIGURES), slideOf);
      }
      function syncNow() {
        pending = 0;
        figures().forEach(function (iframe) {
          post(iframe, { type: 'primitives:goto', step: stepOf(slideOf(iframe)) });
        });
      }
      // A task later, so the goto lands after any 'slide:start' reveal.js posts in this one.
      function sync() {
        if (!following && !pending) pending = setTimeout(syncNow, 0);
      }

      figures().forEach(function (iframe) {
        var steps = declaredSteps(iframe);
        if (steps) makeFragments(slideOf(iframe), steps);
        iframe.addEventListener('load', sync);
      });

      window.addEventListener('message', function (e) {
        var data = e.data;
        if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
        var iframe = figures().find(function (f) {
          return f.contentWindow === e.source;
        });
        if (!iframe) return;
        var slide = slideOf(iframe);
        var current = slide === deck.getCurrentSlide();
        if (data.type === 'primitives:ready') {
          if (makeFragments(slide, Number(data.steps) || 1)) {
            deck.sync();
            // The deck started before these fragments existed: go to the one its address named.
            var at = deck.getConfig().hash && deck.location;
            at = at && deck.location.getIndicesFromHash(startHash);
            var here = deck.getIndices(slide);
            var same = at && at.h === here.h && (at.v || 0) === (here.v || 0);
            if (current && same && at.f !== undefined) deck.slide(at.h, at.v, at.f);
          }
          sync();
        } else if (data.type === 'primitives:step' && data.cause === 'user' && current) {
          // Only the speaker's own moves inside the figure: echoes of the deck's gotos would
          // pull the fragments back when the clicker is pressed quickly.
          if (stepOf(slide) !== data.step) {
            following = true;
            deck.navigateFragment(Number(data.step) - 2);
            following = false;
          }
        } else if (data.type === 'primitives:edge' && current) {
          iframe.blur();
          window.focus();
          if (data.edge === 'end') deck.next();
          else deck.prev();
        } else if (data.type === 'primitives:key') {
          if (data.key === 'b' || data.key === 'B' || data.key === '.') deck.togglePause();
          else if (data.key === 'o' || data.key === 'O') deck.toggleOverview();
        }
      });

      [
        'ready',
        'beforeslidechange', // slide() re-posts 'slide:start' even when the slide stays the same
        'slidechanged',
        'fragmentshown',
        'fragmenthidden',
        'overviewshown',
        'overviewhidden',
        'sync',
        'resumed',
      ].forEach(function (type) {
        deck.on(type, sync);
      });
      // On touch screens reveal.js may start embedded content again when a touch ends.
      deck.getRevealElement().addEventListener('touchend', sync);
    },
  };
  window.PrimitivesReveal = PrimitivesReveal;
})();
