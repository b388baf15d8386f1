package io.github.dockertutor.dockercli;

import java.util.Collection;
import java.util.Optional;

/**
 * The word a learner most likely meant: the one known word within two typing slips (a letter
 * missing, added, changed, or two swapped), as {@code --nmae} for {@code --name} or {@code biuld}
 * for {@code build}. None when two words are equally near: a guess would mislead more than it helps.
 */
public final class Spelling {
    private static final int MAX_SLIPS = 2;

    private Spelling() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        // a short word is within two slips of too many others: allow one slip per three letters
        int allowed = Math.min(MAX_SLIPS, Math.max(1, typed.length() / 3));
        for (String word : known) {
            int distance = slips(typed, word);
            if (distance == 0 || distance > allowed) {
                continue;
            }
            if (distance < bestDistance) {
                best = word;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && !word.equals(best)) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int slips(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
