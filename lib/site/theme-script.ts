/**
 * Runs before first paint (inlined in <head>) so the page never flashes the wrong theme:
 * a stored choice wins, otherwise the system preference.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem('theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme='light'}})()`;
