package io.github.dockertutor.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read-only docker listings a {@code command} check asks for, reduced to one canonical form
 * each, so that any spelling that shows the same thing counts: {@code docker image ls} is
 * {@code docker images}, {@code docker container ls --all} is {@code docker ps -a},
 * {@code docker logs -f --tail 5 my-web} is {@code docker logs my-web}.
 */
final class ListingCommand {
    /** Options that take a value, by command: their value is not the command's argument. */
    private static final Set<String> LOGS_VALUED = Set.of("--tail", "-n", "--since", "--until");
    private static final Set<String> INSPECT_VALUED = Set.of("-f", "--format", "--type");
    private static final Set<String> LS_VALUED = Set.of("-f", "--filter", "--format", "-n", "--last");

    private ListingCommand() {
    }

    /**
     * The canonical forms a typed command counts as: {@code docker images}, {@code docker ps},
     * {@code docker ps -a}, {@code docker logs NAME}, {@code docker inspect X} (one per target);
     * empty when it is none of these.
     */
    static List<String> canonical(String command) {
        List<String> words = new ArrayList<>(List.of(command.strip().split("\\s+")));
        if (words.isEmpty() || !words.get(0).equals("docker")) {
            return List.of();
        }
        words.remove(0);
        if (words.size() >= 2 && (words.get(0).equals("container") || words.get(0).equals("image"))) {
            String group = words.remove(0);
            String verb = words.get(0);
            if (verb.equals("ls") || verb.equals("list")) {
                words.set(0, group.equals("image") ? "images" : "ps");
            } else if (!(verb.equals("logs") && group.equals("container")) && !verb.equals("inspect")) {
                return List.of();
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        String verb = words.remove(0);
        return switch (verb) {
            case "images" -> List.of("docker images");
            case "ps" -> List.of(showsAll(words) ? "docker ps -a" : "docker ps");
            case "logs" -> targets(words, LOGS_VALUED).stream().limit(1).map(t -> "docker logs " + t).toList();
            case "inspect" -> targets(words, INSPECT_VALUED).stream().map(t -> "docker inspect " + t).toList();
            default -> List.of();
        };
    }

    /** Whether a typed command shows what {@code expected} (itself a listing) shows. */
    static boolean satisfies(String typed, String expected) {
        Optional<String> wanted = canonical(expected).stream().findFirst();
        return wanted.isPresent() && canonical(typed).contains(wanted.get());
    }

    private static boolean showsAll(List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--all") || option.equals("--all=true")) {
                return true;
            }
            if (LS_VALUED.contains(option)) {
                i++;
            } else if (option.startsWith("-") && !option.startsWith("--") && option.contains("a")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> targets(List<String> words, Set<String> valued) {
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (valued.contains(word)) {
                i++;
            } else if (!word.startsWith("-")) {
                targets.add(word);
            }
        }
        return targets;
    }
}
