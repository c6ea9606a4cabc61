package io.stowage.bootstrap;

import io.stowage.domain.error.StorageException;
import io.stowage.domain.identity.Role;
import io.stowage.domain.identity.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of {@code stowage token}: {@code --user <id>} (required unless the role is anon or
 * service_role), {@code --role <anon|authenticated|service_role>} (default authenticated) and
 * {@code --expires <n><s|m|h|d>} (default 1h). Each option as {@code --name value} or {@code --name=value}.
 */
record TokenOptions(Optional<UserId> user, Role role, Duration expires) {

    static final String USAGE = "usage: stowage token --user <id> [--role authenticated|anon|service_role]"
            + " [--expires 1h (s, m, h or d)]";
    private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,8})([smhd])");

    TokenOptions {
        if (user.isEmpty() && role == Role.AUTHENTICATED) {
            throw new IllegalArgumentException("--user is required for a token of role authenticated; " + USAGE);
        }
    }

    /** @throws IllegalArgumentException with a one-line message naming the bad option */
    static TokenOptions parse(List<String> args) {
        Optional<UserId> user = Optional.empty();
        Role role = Role.AUTHENTICATED;
        Duration expires = Duration.ofHours(1);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size() && List.of("--user", "--role", "--expires").contains(arg)) {
                value = args.get(++i);
            } else if (List.of("--user", "--role", "--expires").contains(arg)) {
                throw new IllegalArgumentException(arg + " needs a value; " + USAGE);
            } else {
                throw new IllegalArgumentException("unknown option '" + arg + "'; " + USAGE);
            }
            switch (name) {
                case "--user" -> user = Optional.of(user(value));
                case "--role" -> role = role(value);
                case "--expires" -> expires = duration(value);
                default -> throw new IllegalArgumentException("unknown option '" + name + "'; " + USAGE);
            }
        }
        return new TokenOptions(user, role, expires);
    }

    private static UserId user(String value) {
        try {
            return new UserId(value);
        } catch (StorageException e) {
            throw new IllegalArgumentException("--user must be a non-blank user id of at most 255 characters without"
                    + " control characters");
        }
    }

    private static Role role(String value) {
        for (Role role : Role.values()) {
            if (role.claim().equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("--role must be one of authenticated, anon, service_role, not '" + value + "'");
    }

    private static Duration duration(String value) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--expires must be a positive number with a unit s, m, h or d"
                    + " (30m, 1h, 7d), not '" + value + "'");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
