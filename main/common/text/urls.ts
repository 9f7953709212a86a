// Which links an article may carry: the web, mail and phone, nowhere else (no javascript:,
// data:, file:…). The article model keeps only these, and every serializer (HTML, DOCX) checks
// again, so a link that slipped in some other way is written as plain text.

/** Whether a link's URL (leading and trailing white space ignored) goes to the web, mail or a phone. */
export const isSafeUrl = (url: string): boolean => /^(https?:|mailto:|tel:)/i.test(url.trim());
