/**
 * Runs before first paint (inlined in <head>) so the page never flashes the wrong theme:
 * an embed page's ?theme= wins (a speaker's choice for one slide, not stored), then a stored
 * choice, then the system preference. It also marks the page as scripted (html.js).
 */
export const themeScript = `(function(){var d=document.documentElement;d.classList.add('js');try{var e=location.pathname.indexOf('/embed/')>=0,q=e&&/[?&]theme=(light|dark)(&|$)/.exec(location.search),t=q?q[1]:localStorage.getItem('theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.dataset.theme=t;if(e&&/[?&]bg=transparent(&|$)/.test(location.search))d.classList.add('embed-transparent')}catch(x){d.dataset.theme='light'}})()`;
