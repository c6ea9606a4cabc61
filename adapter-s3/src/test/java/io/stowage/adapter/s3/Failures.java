package io.stowage.adapter.s3;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Reads a failure the way an operator would: its whole printed trace, causes and suppressed included. */
final class Failures {

    private Failures() {
    }

    static String messages(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
