// Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows and VIQR by our own tables; the byte
// encodings (CP1258, VISCII, TCVN 5712 VN1) are decoded by main/core/language/bytes.ts.

export { convertLegacy, convertRun, type ConvertedRun } from './convert.ts';
export { detectLegacy, DETECT_THRESHOLD, type LegacyDetection } from './detect.ts';
export { legacyEncodingOfFont, firstFontFamily, fontFamilyOfStyle, LEGACY_ENCODINGS, type LegacyEncoding } from './fonts.ts';
export { convertRuns, convertLegacyTree, type FontRun, type ConvertedRuns, type TreeNode } from './runs.ts';
export { decodeTcvn3, TCVN3 } from './tcvn3.ts';
export { decodeVni } from './vni.ts';
export { decodeViqr } from './viqr.ts';
