// Imported first by jsdom tests that render slate-react: slate-dom decides when it loads whether
// the browser has `beforeinput` (jsdom lacks getTargetRanges). Chromium has it, so give jsdom
// one too, and let React know the tests drive it with act().

(InputEvent.prototype as unknown as { getTargetRanges: () => StaticRange[] }).getTargetRanges = () => [];
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
