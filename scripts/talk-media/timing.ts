// Two things pptxgenjs does not write, added to its slide XML:
// - unique shape ids: it numbers a video after its relationship ids, which can equal the id of
//   a picture on the same slide, and then a timing that names the video names the picture too;
// - a video's timing. Without one, PowerPoint plays a video only when the video itself is
//   clicked. This adds what PowerPoint writes for a video that plays "On Click" in the slide's
//   click sequence, and a slide transition "After 0 s", which PowerPoint starts once that click
//   sequence has played: one click plays the transition, then the next step's slide follows.

/** Numbers every shape of a slide 1, 2, 3… in document order (1 is the shape tree itself). */
export function uniqueShapeIds(slideXml: string): string {
  let n = 0;
  return slideXml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++n}"`);
}

/** The shape id of the (first) video on a slide; null when none. */
export function videoShapeId(slideXml: string): number | null {
  const at = slideXml.indexOf('<a:videoFile');
  if (at < 0) return null;
  const m = /<p:cNvPr id="(\d+)"/.exec(slideXml.slice(slideXml.lastIndexOf('<p:cNvPr ', at), at));
  return m ? Number(m[1]) : null;
}

export function clickToPlayTimingXml(spid: number, durationMs: number): string {
  const target = `<p:tgtEl><p:spTgt spid="${spid}"/></p:tgtEl>`;
  const slide = '<p:tgtEl><p:sldTgt/></p:tgtEl>';
  return (
    '<p:timing><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot">' +
    '<p:childTnLst><p:seq concurrent="1" nextAc="seek">' +
    '<p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>' +
    '<p:par><p:cTn id="3" fill="hold"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst>' +
    '<p:childTnLst>' +
    '<p:par><p:cTn id="4" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>' +
    '<p:par><p:cTn id="5" presetID="1" presetClass="mediacall" presetSubtype="0" fill="hold" ' +
    'nodeType="clickEffect"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>' +
    `<p:cmd type="call" cmd="playFrom(0.0)"><p:cBhvr><p:cTn id="6" dur="${Math.round(durationMs)}" fill="hold"/>` +
    `${target}</p:cBhvr></p:cmd>` +
    '</p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par>' +
    '</p:childTnLst></p:cTn>' +
    `<p:prevCondLst><p:cond evt="onPrev" delay="0">${slide}</p:cond></p:prevCondLst>` +
    `<p:nextCondLst><p:cond evt="onNext" delay="0">${slide}</p:cond></p:nextCondLst>` +
    '</p:seq><p:video><p:cMediaNode vol="80000"><p:cTn id="7" fill="hold" display="0">' +
    '<p:stCondLst><p:cond delay="indefinite"/></p:stCondLst></p:cTn>' +
    `${target}</p:cMediaNode></p:video>` +
    '</p:childTnLst></p:cTn></p:par></p:tnLst></p:timing>'
  );
}

/**
 * The slide with unique shape ids, its video played by the next click and the slide advanced
 * when it ends (unchanged but for the ids when it has no video).
 */
export function withClickToPlay(slideXml: string, durationMs: number): string {
  const xml = uniqueShapeIds(slideXml);
  const spid = videoShapeId(xml);
  if (spid === null || xml.includes('<p:timing>') || xml.includes('<p:transition')) return xml;
  const added = `<p:transition advTm="0"/>${clickToPlayTimingXml(spid, durationMs)}`;
  // The schema's order: cSld, clrMapOvr, transition, timing.
  const close = '</p:clrMapOvr>';
  const after = xml.lastIndexOf(close);
  if (after < 0) return xml.replace('</p:sld>', `${added}</p:sld>`);
  return xml.slice(0, after + close.length) + added + xml.slice(after + close.length);
}
