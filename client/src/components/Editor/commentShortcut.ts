/** Comments on the selected passage; handled by the comments panel, listed in the help. */
export const COMMENT_SHORTCUT = { aria: "Control+Alt+M", code: "KeyM" } as const;
