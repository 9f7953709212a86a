// What the review service tells its listeners (the Core pushes these to the renderer).

export type ReviewEvent = { type: 'inbox' } | { type: 'status'; articleId: string };
