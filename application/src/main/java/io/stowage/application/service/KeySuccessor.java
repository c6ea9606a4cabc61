package io.stowage.application.service;

import java.util.Optional;

/**
 * The smallest string, in code point order, greater than every string that starts with a given prefix:
 * the prefix with its last code point raised by one (past the surrogates, which no key holds).
 */
final class KeySuccessor {

    private KeySuccessor() {
    }

    static Optional<String> of(String prefix) {
        int[] codePoints = prefix.codePoints().toArray();
        for (int last = codePoints.length - 1; last >= 0; last--) {
            if (codePoints[last] < Character.MAX_CODE_POINT) {
                int next = codePoints[last] + 1;
                if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
                    next = Character.MAX_SURROGATE + 1;
                }
                codePoints[last] = next;
                return Optional.of(new String(codePoints, 0, last + 1));
            }
        }
        return Optional.empty();
    }
}
