package io.github.dockertutor.render;

/**
 * Shares a table's columns among its columns. Every column gets its natural width when all fit;
 * otherwise each first gets its longest word (so words are not split) and the rest goes to the
 * columns that lack the most. Only when even the words do not fit are they split.
 */
final class ColumnWidths {
    /** The narrowest a column may get: one CJK character. */
    static final int MIN_COLUMN = 2;

    private ColumnWidths() {
    }

    /**
     * Widths summing to at most {@code available}, or null when not even {@link #MIN_COLUMN} per
     * column fits. {@code natural} is each column's widest cell, {@code longestWord} its widest
     * unbreakable run.
     */
    static int[] fit(int[] natural, int[] longestWord, int available) {
        int n = natural.length;
        int[] widths = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = Math.max(1, natural[i]);
            total += widths[i];
        }
        if (total <= available) {
            return widths;
        }
        if (available < MIN_COLUMN * n) {
            return null;
        }
        int words = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = Math.max(MIN_COLUMN, Math.min(longestWord[i], natural[i]));
            words += widths[i];
        }
        if (words > available) {
            return evenShares(natural, available);
        }
        // hand out what is left one column at a time, to the column missing the largest share of its text
        for (int left = available - words; left > 0; left--) {
            int neediest = -1;
            double worst = 0;
            for (int i = 0; i < n; i++) {
                double missing = (natural[i] - widths[i]) / (double) Math.max(1, natural[i]);
                if (natural[i] > widths[i] && missing > worst) {
                    worst = missing;
                    neediest = i;
                }
            }
            if (neediest < 0) {
                break;
            }
            widths[neediest]++;
        }
        return widths;
    }

    /** Narrow columns keep their width; the wide ones split what is left evenly. */
    private static int[] evenShares(int[] natural, int available) {
        int n = natural.length;
        int[] widths = new int[n];
        boolean[] settled = new boolean[n];
        for (int i = 0; i < n; i++) {
            widths[i] = Math.max(MIN_COLUMN, natural[i]);
        }
        int remaining = available;
        int open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            int share = remaining / open;
            for (int i = 0; i < n; i++) {
                if (!settled[i] && widths[i] <= share) {
                    settled[i] = true;
                    remaining -= widths[i];
                    open--;
                    changed = true;
                }
            }
        }
        if (open == 0) {
            return widths;
        }
        int share = remaining / open;
        int extra = remaining % open;
        for (int i = 0; i < n; i++) {
            if (!settled[i]) {
                widths[i] = share + (extra-- > 0 ? 1 : 0);
            }
        }
        return widths;
    }
}
