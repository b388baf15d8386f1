package io.github.dockertutor.dockercli;

/**
 * {@code --restart no|always|unless-stopped|on-failure[:MAX]}, checked as docker checks it.
 *
 * @param name       the policy
 * @param maxRetries for on-failure, how many restarts at most; 0 for no limit
 */
public record RestartPolicy(String name, int maxRetries) {
    public static RestartPolicy parse(String text) throws ParseException {
        String[] parts = text.split(":", -1);
        String name = parts[0];
        if (parts.length > 2) {
            throw ParseException.of("parse.restart.format", text);
        }
        switch (name) {
            case "", "no", "always", "unless-stopped" -> {
                if (parts.length > 1) {
                    throw ParseException.of("parse.restart.retries", name);
                }
                return new RestartPolicy(name.isEmpty() ? "no" : name, 0);
            }
            case "on-failure" -> {
                int retries = 0;
                if (parts.length > 1) {
                    String digits = parts[1];
                    if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
                        throw ParseException.of("parse.restart.format", text);
                    }
                    retries = Integer.parseInt(digits);
                }
                return new RestartPolicy(name, retries);
            }
            default -> throw ParseException.of("parse.restart.unknown", name);
        }
    }

    @Override
    public String toString() {
        return maxRetries > 0 ? name + ":" + maxRetries : name;
    }
}
