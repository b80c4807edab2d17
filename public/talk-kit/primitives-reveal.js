/*
 * Primitives figures in reveal.js. Put a figure in a slide as an iframe with data-primitives:
 *
 *   <section><iframe data-primitives src="https://…/embed/monolith-to-platform/?controls=0"></iframe></section>
 *
 * and register the plugin: Reveal.initialize({ plugins: [PrimitivesReveal] }).
 * The plugin adds one fragment per figure step, so the deck's own keys (and clickers) step the
 * figure, and the deck moves on after the last step. If the speaker clicks into the figure, its
 * steps keep the fragments in step, and its edges and unused keys go back to the deck.
 */
(function () {
  function figureIn(slide) {
    return slide ? slide.querySelector('iframe[data-primitives]') : null;
  }
  function post(iframe, message) {
    if (iframe && iframe.contentWindow) iframe.contentWindow.postMessage(message, '*');
  }
  function fragmentsOf(slide) {
    return slide.querySelectorAll('.fragment[data-primitives-step]');
  }
  function currentStep(slide) {
    return slide.querySelectorAll('.fragment[data-primitives-step].visible').length + 1;
  }

  var PrimitivesReveal = {
    id: 'primitives',
    init: function (deck) {
      var slides = deck.getSlidesElement();
      function sync() {
        var slide = deck.getCurrentSlide();
        var iframe = figureIn(slide);
        // After reveal.js has posted slide:start (a reset), move to the step the fragments show.
        if (iframe) setTimeout(function () { post(iframe, { type: 'primitives:goto', step: currentStep(slide) }); }, 0);
      }
      window.addEventListener('message', function (e) {
        var data = e.data;
        if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
        var iframe = Array.prototype.find.call(slides.querySelectorAll('iframe[data-primitives]'), function (f) {
          return f.contentWindow === e.source;
        });
        if (!iframe) return;
        var slide = iframe.closest('section');
        if (data.type === 'primitives:ready' && fragmentsOf(slide).length === 0) {
          for (var i = 2; i <= Math.min(Number(data.steps) || 1, 200); i++) {
            var f = document.createElement('span');
            f.className = 'fragment';
            f.setAttribute('data-primitives-step', String(i));
            f.setAttribute('aria-hidden', 'true');
            slide.appendChild(f);
          }
          deck.sync();
          if (slide === deck.getCurrentSlide()) sync();
        } else if (data.type === 'primitives:step' && data.cause === 'user' && slide === deck.getCurrentSlide()) {
          // Only the speaker's own moves inside the figure: echoes of the deck's gotos would
          // pull the fragments back when the clicker is pressed quickly.
          if (currentStep(slide) !== data.step) deck.navigateFragment(Number(data.step) - 2);
        } else if (data.type === 'primitives:edge' && slide === deck.getCurrentSlide()) {
          iframe.blur();
          window.focus();
          if (data.edge === 'end') deck.next();
          else deck.prev();
        } else if (data.type === 'primitives:key') {
          if (data.key === 'b' || data.key === 'B' || data.key === '.') deck.togglePause();
          else if (data.key === 'o' || data.key === 'O') deck.toggleOverview();
        }
      });
      deck.on('fragmentshown', function (e) {
        var step = e.fragment.getAttribute('data-primitives-step');
        if (step) post(figureIn(deck.getCurrentSlide()), { type: 'primitives:goto', step: Number(step) });
      });
      deck.on('fragmenthidden', function (e) {
        var step = e.fragment.getAttribute('data-primitives-step');
        if (step) post(figureIn(deck.getCurrentSlide()), { type: 'primitives:goto', step: Number(step) - 1 });
      });
      deck.on('slidechanged', sync);
      deck.on('ready', sync);
    },
  };
  window.PrimitivesReveal = PrimitivesReveal;
})();
