package io.stowage.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stowage.domain.error.InvalidRequest;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checksum's and ContentType's hand-written checks accept exactly what their former regexes accepted:
 * random strings drawn from the characters at the edges of each rule, compared with the regex form.
 */
class ValueRulesEquivalenceTest {

    private static final Pattern HEX64 = Pattern.compile("^[0-9a-f]{64}$");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+");

    private static boolean regexContentType(String value) {
        String stripped = value.strip();
        if (value.isBlank() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || stripped.length() > 255
                || stripped.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            return false;
        }
        int semicolon = stripped.indexOf(';');
        String essence = (semicolon < 0 ? stripped : stripped.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        int slash = essence.indexOf('/');
        return slash > 0 && TOKEN.matcher(essence.substring(0, slash)).matches()
                && TOKEN.matcher(essence.substring(slash + 1)).matches();
    }

    private static boolean accepts(Runnable construction) {
        try {
            construction.run();
            return true;
        } catch (InvalidRequest refused) {
            return false;
        }
    }

    private static String random(Random random, String alphabet, int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static void compare(String alphabet, int minLength, int maxLength, Predicate<String> reference, Predicate<String> actual) {
        Random random = new Random(20261122);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = random(random, alphabet, minLength, maxLength);
            boolean expected = reference.test(text);
            assertEquals(expected, actual.test(text), () -> "disagree on [" + text + "]");
            accepted += expected ? 1 : 0;
        }
        assertEquals(true, accepted > 100, "the sample must reach the accepting side too, got " + accepted);
    }

    @Test
    void checksumAcceptsWhatTheRegexAccepted() {
        String alphabet = "0123456789abcdef".repeat(40) + "/:`gAF \n";
        compare(alphabet, 63, 65, text -> HEX64.matcher(text).matches(),
                text -> accepts(() -> new Checksum(text)));
        String hex = "0123456789abcdef".repeat(4);
        for (char edge : "/:`gAF\n ".toCharArray()) {
            for (int at : new int[] {0, 31, 63}) {
                String bad = hex.substring(0, at) + edge + hex.substring(at + 1);
                assertEquals(false, accepts(() -> new Checksum(bad)), bad);
            }
        }
    }

    @Test
    void contentTypeAcceptsWhatTheRegexAccepted() {
        String alphabet = "aZ09/;/; \t!#$&^_.+-~@*\"(\u007f\u001f\u00e9\u00a0\u2003=xX";
        compare(alphabet, 0, 10, ValueRulesEquivalenceTest::regexContentType,
                text -> accepts(() -> new ContentType(text)));
    }
}
