/** A suggestion shown as a change: what stays, what goes, what comes in. */
export interface SuggestionDiff {
  before: string;
  deleted: string;
  inserted: string;
  after: string;
}

/**
 * The smallest whole-word change from `quote` to `proposed`: the common beginning and end are
 * kept as they are, so a one-word suggestion in a long passage reads as that word replaced.
 */
export function suggestionDiff(quote: string, proposed: string): SuggestionDiff {
  const a = quote.split(/(\s+)/);
  const b = proposed.split(/(\s+)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  ) {
    end++;
  }
  return {
    before: a.slice(0, start).join(""),
    deleted: a.slice(start, a.length - end).join(""),
    inserted: b.slice(start, b.length - end).join(""),
    after: a.slice(a.length - end).join(""),
  };
}
